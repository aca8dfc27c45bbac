package org.ipnetwork.directory.indexer.partners;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.indexer.options.AdminOperation;
import org.ipnetwork.directory.indexer.options.ScopeArguments;
import org.ipnetwork.directory.partner.EmbedSnippets;
import org.ipnetwork.directory.partner.IssuedKey;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.Partner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerChanges;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code indexer partners …}: staff manage the websites that embed the directory until the staff
 * pages exist. A key is printed once, by {@code add} and {@code rotate}; only its hash is stored.
 */
@Command(
    name = "partners",
    mixinStandardHelpOptions = true,
    description = "Manages embedding partners: their keys, allowed origins, scope and rate limit.",
    subcommands = {
      PartnersCommand.Add.class,
      PartnersCommand.ListPartners.class,
      PartnersCommand.Rotate.class,
      PartnersCommand.Revoke.class,
      PartnersCommand.Enable.class,
      PartnersCommand.Disable.class,
      PartnersCommand.Update.class
    })
public final class PartnersCommand {

  /** Shared by every sub-command: connection, then one partner operation. */
  abstract static class Operation extends AdminOperation<PartnerAdmin> {
    Operation() {
      super("partners");
    }

    @Override
    protected PartnerAdmin admin(ElasticsearchClient client) {
      PartnerAdmin admin =
          new PartnerAdmin(
              new PartnerStore(client),
              Taxonomies.bundled(),
              Clock.systemUTC(),
              new SecureRandom());
      admin.ensureIndex();
      return admin;
    }
  }

  /** Options that describe a partner, for add and update. */
  static final class Description {
    @Option(names = "--name", description = "Display name.")
    String name;

    @Option(
        names = "--origin",
        paramLabel = "ORIGIN",
        description = "Allowed page origin, e.g. https://www.chamber.example (repeatable).")
    List<String> origins;

    @Option(
        names = "--scope",
        paramLabel = "FACET=CODE,...",
        description =
            "Fixed filter, e.g. continent=AS or industry=new_energy,robotics (repeatable).")
    List<String> scope;

    @Option(names = "--limit", paramLabel = "N", description = "Requests per minute for the key.")
    Integer limit;

    Map<String, List<String>> scopeMap() {
      return ScopeArguments.parse(scope);
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Adds a partner; prints its key once.")
  static final class Add extends Operation {
    @Option(names = "--id", description = "Identifier ([a-z0-9-]); random when left out.")
    String id;

    @CommandLine.ArgGroup(exclusive = false)
    Description description = new Description();

    @Mixin SnippetOptions snippets;

    @Override
    protected void run(PartnerAdmin admin, PrintWriter out) {
      if (description.name == null) {
        throw new IllegalArgumentException("--name is required");
      }
      IssuedKey issued =
          admin.add(
              new NewPartner(
                  id,
                  description.name,
                  description.origins == null ? List.of() : description.origins,
                  description.scopeMap(),
                  description.limit == null ? 600 : description.limit));
      printKey(out, issued, snippets);
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists partners (never their keys).")
  static final class ListPartners extends Operation {
    @Override
    protected void run(PartnerAdmin admin, PrintWriter out) {
      out.println("id\tname\tkey prefix\tenabled\torigins\tscope\tlimit/min");
      for (Partner p : admin.list()) {
        out.printf(
            "%s\t%s\t%s\t%s\t%s\t%s\t%d%n",
            p.id(),
            p.name(),
            p.hasKey() ? p.keyPrefix() : "(revoked)",
            p.enabled(),
            String.join(" ", p.allowedOrigins()),
            p.scope(),
            p.requestsPerMinute());
      }
    }
  }

  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      description = "Issues a new key; the old one stops working.")
  static final class Rotate extends Operation {
    @Parameters(paramLabel = "ID")
    String id;

    @Mixin SnippetOptions snippets;

    @Override
    protected void run(PartnerAdmin admin, PrintWriter out) {
      printKey(out, admin.rotate(id), snippets);
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Removes the key and disables the partner.")
  static final class Revoke extends Operation {
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    protected void run(PartnerAdmin admin, PrintWriter out) {
      out.println("revoked " + admin.revoke(id).id());
    }
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Switches a partner on.")
  static final class Enable extends Operation {
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    protected void run(PartnerAdmin admin, PrintWriter out) {
      out.println("enabled " + admin.setEnabled(id, true).id());
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Switches a partner off (its key is kept).")
  static final class Disable extends Operation {
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    protected void run(PartnerAdmin admin, PrintWriter out) {
      out.println("disabled " + admin.setEnabled(id, false).id());
    }
  }

  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      description = "Changes name, origins, scope or limit; what is not given stays.")
  static final class Update extends Operation {
    @Parameters(paramLabel = "ID")
    String id;

    @CommandLine.ArgGroup(exclusive = false)
    Description description = new Description();

    @Override
    protected void run(PartnerAdmin admin, PrintWriter out) {
      Partner p =
          admin.update(
              id,
              new PartnerChanges(
                  description.name,
                  description.origins,
                  description.scope == null ? null : description.scopeMap(),
                  description.limit));
      out.println("updated " + p.id());
    }
  }

  /** Where the snippets printed with a new key point to. */
  static final class SnippetOptions {
    @Option(
        names = "--host",
        defaultValue = "localhost:8080",
        description = "Public host of the directory, for the snippets (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
        names = "--lang",
        defaultValue = "zh",
        description = "Language of the snippets: zh or en (default: ${DEFAULT-VALUE}).")
    String lang;
  }

  private static void printKey(PrintWriter out, IssuedKey issued, SnippetOptions options) {
    EmbedSnippets snippets = EmbedSnippets.of(options.host, issued.key(), options.lang);
    out.println("partner: " + issued.partner().id() + " (" + issued.partner().name() + ")");
    out.println("key (shown once, store it now): " + issued.key());
    out.println();
    out.println("Script widget:");
    out.println(snippets.script());
    out.println();
    out.println("No-JS iframe:");
    out.println(snippets.iframe());
  }
}
