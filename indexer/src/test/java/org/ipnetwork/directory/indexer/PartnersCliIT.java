package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipnetwork.directory.partner.PartnerKeys;
import org.ipnetwork.directory.partner.PartnerStore;
import org.junit.jupiter.api.Test;

/** {@code indexer partners …} on the real node: keys printed once, stored only as hashes. */
class PartnersCliIT {

  private static final Pattern KEY = Pattern.compile("key \\(shown once, store it now\\): (\\S+)");

  private static IndexerFixtures.Run partners(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "partners";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--es-url";
    all[args.length + 2] = IndexerFixtures.url();
    return IndexerFixtures.run(all);
  }

  private static String key(IndexerFixtures.Run run) {
    Matcher m = KEY.matcher(run.out());
    assertThat(m.find()).as(run.out()).isTrue();
    return m.group(1);
  }

  @Test
  void addPrintsTheKeyOnceWithSnippetsAndListNeverShowsIt() {
    IndexerFixtures.Run add =
        partners(
            "add",
            "--id",
            "chamber-one",
            "--name",
            "Chamber One",
            "--origin",
            "https://www.chamber-one.example",
            "--scope",
            "continent=AS",
            "--scope",
            "industry=new_energy,robotics",
            "--limit",
            "120",
            "--host",
            "directory.example.org");
    assertThat(add.exitCode()).as(add.err()).isZero();
    String key = key(add);
    assertThat(add.out())
        .contains("https://directory.example.org/embed/v1/widget.js")
        .contains("data-key=\"" + key + "\"")
        .contains("/embed/v1/frame?key=" + key);

    IndexerFixtures.Run list = partners("list");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out())
        .contains("chamber-one")
        .contains(PartnerKeys.prefix(key))
        .contains("https://www.chamber-one.example")
        .doesNotContain(key)
        .doesNotContain(PartnerKeys.hash(key));

    var stored = new PartnerStore(IndexerFixtures.client()).findByKeyHash(PartnerKeys.hash(key));
    assertThat(stored).get().satisfies(p -> assertThat(p.id()).isEqualTo("chamber-one"));
  }

  @Test
  void rotateReplacesTheKeyAndRevokeRemovesIt() {
    String first = key(partners("add", "--id", "chamber-two", "--name", "Chamber Two"));
    IndexerFixtures.Run rotate = partners("rotate", "chamber-two");
    assertThat(rotate.exitCode()).as(rotate.err()).isZero();
    String second = key(rotate);
    assertThat(second).isNotEqualTo(first);
    PartnerStore store = new PartnerStore(IndexerFixtures.client());
    assertThat(store.findByKeyHash(PartnerKeys.hash(first))).isEmpty();
    assertThat(store.findByKeyHash(PartnerKeys.hash(second))).isPresent();

    assertThat(partners("revoke", "chamber-two").exitCode()).isZero();
    assertThat(store.findByKeyHash(PartnerKeys.hash(second))).isEmpty();
    assertThat(partners("list").out()).contains("(revoked)");
  }

  @Test
  void badInputIsRefusedWithAReason() {
    IndexerFixtures.Run unknownCode =
        partners("add", "--name", "Bad scope", "--scope", "country=XX");
    assertThat(unknownCode.exitCode()).isEqualTo(1);
    assertThat(unknownCode.err()).contains("partners:").contains("XX");

    IndexerFixtures.Run missing = partners("rotate", "no-such-partner");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no-such-partner");
  }

  @Test
  void rotateWithAGraceKeepsTheOldKeyAndListAndShowSayUntilWhen() {
    String first = key(partners("add", "--id", "chamber-grace", "--name", "Chamber Grace"));
    IndexerFixtures.Run rotate =
        partners(
            "rotate", "chamber-grace", "--grace", "24h", "--base-url", "http://localhost:8080");
    assertThat(rotate.exitCode()).as(rotate.err()).isZero();
    String second = key(rotate);
    assertThat(rotate.out())
        .contains("<script src=\"http://localhost:8080/embed/v1/widget.js\"")
        .contains("The old key (" + PartnerKeys.prefix(first) + "…) works until");
    PartnerStore store = new PartnerStore(IndexerFixtures.client());
    assertThat(store.findByKeyHash(PartnerKeys.hash(first))).isPresent();
    assertThat(store.findByKeyHash(PartnerKeys.hash(second))).isPresent();
    assertThat(partners("list").out()).contains(PartnerKeys.prefix(first) + " (until ");
    IndexerFixtures.Run show = partners("show", "chamber-grace");
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out())
        .contains("key prefix:   " + PartnerKeys.prefix(second))
        .contains("previous key: " + PartnerKeys.prefix(first) + " (until ")
        .doesNotContain(second)
        .doesNotContain(PartnerKeys.hash(second));

    IndexerFixtures.Run atOnce = partners("rotate", "chamber-grace", "--grace", "0");
    assertThat(atOnce.exitCode()).as(atOnce.err()).isZero();
    assertThat(atOnce.out()).contains("The old key no longer works.");
    assertThat(store.findByKeyHash(PartnerKeys.hash(second))).isEmpty();
    assertThat(store.findByKeyHash(PartnerKeys.hash(key(atOnce)))).isPresent();
  }

  @Test
  void aBadGraceOrBaseUrlIsRefusedBeforeAnythingChanges() {
    String first = key(partners("add", "--id", "chamber-bad-grace", "--name", "Chamber"));
    for (String grace : new String[] {"24", "1w", "-1h", "31d"}) {
      IndexerFixtures.Run bad = partners("rotate", "chamber-bad-grace", "--grace", grace);
      assertThat(bad.exitCode()).as(grace).isEqualTo(1);
      assertThat(bad.err()).contains("partners:").contains("--grace");
    }
    IndexerFixtures.Run badUrl =
        partners("rotate", "chamber-bad-grace", "--base-url", "https://x.example/path");
    assertThat(badUrl.exitCode()).isEqualTo(1);
    assertThat(badUrl.err()).contains("partners:").contains("not a base URL");
    IndexerFixtures.Run both =
        partners("add", "--name", "Both", "--host", "x.example", "--base-url", "https://x.example");
    assertThat(both.exitCode()).isEqualTo(1);
    assertThat(both.err()).contains("--host or --base-url");
    assertThat(new PartnerStore(IndexerFixtures.client()).findByKeyHash(PartnerKeys.hash(first)))
        .isPresent();

    IndexerFixtures.Run https =
        partners("add", "--name", "Https", "--base-url", "HTTPS://Dir.Example:443/");
    assertThat(https.exitCode()).as(https.err()).isZero();
    assertThat(https.out()).contains("src=\"https://dir.example/embed/v1/frame?key=");
  }

  @Test
  void usagePrintsEveryDayZeroFilled() {
    partners("add", "--id", "chamber-usage", "--name", "Chamber Usage");
    IndexerFixtures.Run usage = partners("usage", "chamber-usage", "--days", "3");
    assertThat(usage.exitCode()).as(usage.err()).isZero();
    assertThat(usage.out().lines().toList())
        .hasSize(4)
        .first()
        .isEqualTo("date\trequests\trejected");
    assertThat(usage.out().lines().skip(1)).allMatch(l -> l.endsWith("\t0\t0"));
    IndexerFixtures.Run tooMany = partners("usage", "chamber-usage", "--days", "400");
    assertThat(tooMany.exitCode()).isEqualTo(1);
    assertThat(tooMany.err()).contains("days");
  }
}
