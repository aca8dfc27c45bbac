package org.ipnetwork.directory.indexer.staff;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import org.ipnetwork.directory.indexer.options.AdminOperation;
import org.ipnetwork.directory.indexer.options.ScopeArguments;
import org.ipnetwork.directory.staff.NewStaffAccount;
import org.ipnetwork.directory.staff.Passwords;
import org.ipnetwork.directory.staff.StaffAccount;
import org.ipnetwork.directory.staff.StaffAdmin;
import org.ipnetwork.directory.staff.StaffRole;
import org.ipnetwork.directory.staff.StaffStore;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code indexer staff …}: the accounts of the staff workplace, for the first admin and for when
 * the workplace cannot be reached. A password is never an argument (it would stay in the shell's
 * history and in the process list): it comes from {@value StaffPassword#ENVIRONMENT} or standard
 * input.
 */
@Command(
    name = "staff",
    mixinStandardHelpOptions = true,
    description = "Manages staff accounts of the workplace: add, list, disable, enable.",
    subcommands = {
      StaffCommand.Add.class,
      StaffCommand.ListStaff.class,
      StaffCommand.Disable.class,
      StaffCommand.Enable.class
    })
public final class StaffCommand {

  /** Shared by every sub-command: connection, then one account operation. */
  abstract static class Operation extends AdminOperation<StaffAdmin> {
    Operation() {
      super("staff");
    }

    @Override
    protected StaffAdmin admin(ElasticsearchClient client) {
      StaffAdmin admin =
          new StaffAdmin(
              new StaffStore(client), new Passwords(), Taxonomies.bundled(), Clock.systemUTC());
      admin.ensureIndex();
      return admin;
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds an enabled account.",
        "The password is read from the environment variable "
            + StaffPassword.ENVIRONMENT
            + " or, when it is not set, from standard input (first line; asked twice, without"
            + " echo, on a terminal). At least "
            + Passwords.MIN_LENGTH
            + " characters."
      })
  static final class Add extends Operation {
    @Option(names = "--email", required = true, description = "Sign-in address.")
    String email;

    @Option(names = "--name", required = true, description = "Display name.")
    String name;

    @Option(
        names = "--role",
        required = true,
        description = "One of: ${COMPLETION-CANDIDATES}.",
        paramLabel = "ROLE")
    StaffRole role;

    @Option(
        names = "--scope",
        paramLabel = "FACET=CODE,...",
        description =
            "Limit to part of the directory, e.g. country=DE or industry=robotics (repeatable);"
                + " not for ADMIN.")
    List<String> scope;

    private String password;

    @Override
    protected void prepare() {
      password = StaffPassword.read();
      Passwords.check(password);
    }

    @Override
    protected void run(StaffAdmin admin, PrintWriter out) {
      StaffAccount added =
          admin.add(new NewStaffAccount(email, name, role, ScopeArguments.parse(scope), password));
      out.println("added " + added.email() + " (" + added.role() + ")");
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists accounts (never a password or its hash).")
  static final class ListStaff extends Operation {
    @Override
    protected void run(StaffAdmin admin, PrintWriter out) {
      out.println("email\tname\trole\tenabled\tscope");
      for (StaffAccount a : admin.list()) {
        out.printf(
            "%s\t%s\t%s\t%s\t%s%n",
            a.email(), a.name(), a.role(), a.enabled(), a.scoped() ? a.scope() : "(all)");
      }
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Switches an account off; its open sessions end at their next request.")
  static final class Disable extends Operation {
    @Parameters(paramLabel = "EMAIL")
    String email;

    @Override
    protected void run(StaffAdmin admin, PrintWriter out) {
      out.println("disabled " + admin.setEnabled(email, false).email());
    }
  }

  @Command(
      name = "enable",
      mixinStandardHelpOptions = true,
      description = "Switches an account on.")
  static final class Enable extends Operation {
    @Parameters(paramLabel = "EMAIL")
    String email;

    @Override
    protected void run(StaffAdmin admin, PrintWriter out) {
      out.println("enabled " + admin.setEnabled(email, true).email());
    }
  }
}
