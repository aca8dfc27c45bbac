package org.ipnetwork.directory.indexer.partners;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.indexer.options.AdminOperation;
import org.ipnetwork.directory.indexer.options.ScopeArguments;
import org.ipnetwork.directory.partner.BaseUrl;
import org.ipnetwork.directory.partner.EmbedSnippets;
import org.ipnetwork.directory.partner.IssuedKey;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.Partner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerChanges;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.partner.PartnerUsage;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code indexer partners …}: staff manage the websites that embed the directory from the command
 * line, through the same {@link PartnerAdmin} as the workplace's partner screen. A key is printed
 * once, by {@code add} and {@code rotate}; only its hash is stored.
 */
@Command(
    name = "partners",
    mixinStandardHelpOptions = true,
    description = "Manages embedding partners: their keys, allowed origins, scope and rate limit.",
    subcommands = {
      PartnersCommand.Add.class,
      PartnersCommand.ListPartners.class,
      PartnersCommand.Show.class,
      PartnersCommand.Usage.class,
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
    protected void prepare() {
      snippets.baseUrl();
    }

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
      Instant now = Instant.now();
      out.println("id\tname\tkey prefix\tprevious key\tenabled\torigins\tscope\tlimit/min");
      for (Partner p : admin.list()) {
        out.printf(
            "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d%n",
            p.id(),
            p.name(),
            p.hasKey() ? p.keyPrefix() : "(revoked)",
            previousKey(p, now),
            p.enabled(),
            String.join(" ", p.allowedOrigins()),
            p.scope(),
            p.requestsPerMinute());
      }
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows one partner (never its key).")
  static final class Show extends Operation {
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    protected void run(PartnerAdmin admin, PrintWriter out) {
      Partner p = admin.get(id);
      out.println("id:           " + p.id());
      out.println("name:         " + p.name());
      out.println("key prefix:   " + (p.hasKey() ? p.keyPrefix() : "(revoked)"));
      out.println("previous key: " + previousKey(p, Instant.now()));
      out.println("enabled:      " + p.enabled());
      out.println("origins:      " + String.join(" ", p.allowedOrigins()));
      out.println("scope:        " + p.scope());
      out.println("limit/min:    " + p.requestsPerMinute());
      out.println("created:      " + p.created());
      out.println("updated:      " + p.updated());
      out.println("key issued:   " + p.keyRotated());
    }
  }

  @Command(
      name = "usage",
      mixinStandardHelpOptions = true,
      description = "Prints a partner's requests per UTC day, oldest first.")
  static final class Usage extends Operation {
    @Parameters(paramLabel = "ID")
    String id;

    @Option(
        names = "--days",
        paramLabel = "N",
        defaultValue = "30",
        description = "Days up to today, 1 to 366 (default: ${DEFAULT-VALUE}).")
    int days;

    @Override
    protected void run(PartnerAdmin admin, PrintWriter out) {
      out.println("date\trequests\trejected");
      for (PartnerUsage day : admin.usage(id, days)) {
        out.printf("%s\t%d\t%d%n", day.date(), day.requests(), day.rejected());
      }
    }
  }

  /** The previous key's prefix and until when it works, or "-". */
  private static String previousKey(Partner p, Instant now) {
    return p.previousKeyValid(now)
        ? p.previousKeyPrefix() + " (until " + p.previousKeyExpires() + ")"
        : "-";
  }

  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      description = "Issues a new key; the old one stops working, at once or after --grace.")
  static final class Rotate extends Operation {
    @Parameters(paramLabel = "ID")
    String id;

    @Option(
        names = "--grace",
        paramLabel = "DURATION",
        defaultValue = "0",
        description =
            "How long the old key goes on working: 0 (default), or minutes, hours or days such as"
                + " 30m, 24h, 7d; at most 30d.")
    String grace;

    @Mixin SnippetOptions snippets;

    private Duration graceDuration;

    @Override
    protected void prepare() {
      graceDuration = Grace.parse(grace);
      snippets.baseUrl();
    }

    @Override
    protected void run(PartnerAdmin admin, PrintWriter out) {
      IssuedKey issued = admin.rotate(id, graceDuration);
      printKey(out, issued, snippets);
      Partner p = issued.partner();
      out.println();
      out.println(
          p.previousKeyExpires() == null
              ? "The old key no longer works."
              : "The old key ("
                  + p.previousKeyPrefix()
                  + "…) works until "
                  + p.previousKeyExpires()
                  + ".");
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
        paramLabel = "HOST[:PORT]",
        description = "Public host of the directory, served over https, for the snippets.")
    String host;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        description =
            "Public base URL of the directory for the snippets, http or https with an optional"
                + " port, e.g. http://localhost:8080 (default: https://localhost:8080).")
    String baseUrl;

    @Option(
        names = "--lang",
        defaultValue = "zh",
        description = "Language of the snippets: zh or en (default: ${DEFAULT-VALUE}).")
    String lang;

    /** The base URL asked for; checked before connecting, so a bad one changes nothing. */
    BaseUrl baseUrl() {
      if (host != null && baseUrl != null) {
        throw new IllegalArgumentException("give --host or --base-url, not both");
      }
      if (baseUrl != null) {
        return BaseUrl.parse(baseUrl);
      }
      return BaseUrl.https(host == null ? "localhost:8080" : host);
    }
  }

  private static void printKey(PrintWriter out, IssuedKey issued, SnippetOptions options) {
    EmbedSnippets snippets = EmbedSnippets.of(options.baseUrl(), issued.key(), options.lang);
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
