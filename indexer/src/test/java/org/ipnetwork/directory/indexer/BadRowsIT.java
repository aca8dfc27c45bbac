package org.ipnetwork.directory.indexer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ipnetwork.directory.indexer.IndexerFixtures.indexed;
import static org.ipnetwork.directory.indexer.IndexerFixtures.reportLines;
import static org.ipnetwork.directory.indexer.IndexerFixtures.resetIndex;
import static org.ipnetwork.directory.indexer.IndexerFixtures.run;

import co.elastic.clients.elasticsearch.indices.IndexSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipnetwork.directory.listing.Listing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad rows are reported one line per problem; good rows go in all the same. */
class BadRowsIT {

  @TempDir Path dir;

  @BeforeEach
  void reset() throws IOException {
    resetIndex();
  }

  @Test
  void badRowsAreReportedByLineAndFieldAndGoodRowsAreIndexed() throws IOException {
    Path file =
        IndexerFixtures.write(
            dir,
            "mixed.csv",
            "id,kind,name_en,org_type,country,phone,email,lat,lon\n"
                + "ok-1,provider,Good One,law_firm,DE,,,,\n"
                + "bad-1,provider,Bad One,law_firm,Atlantis,,,,\n"
                + "\"ok-2\",provider,\"Good,\nTwo\",law_firm,FR,,,,\n"
                + "bad-2,spaceship,,law_firm,DE,call me,x@,95,10\n");
    Path reports = Files.createDirectories(dir.resolve("reports"));
    IndexerFixtures.Run r =
        run(
            "import",
            file.toString(),
            "--es-url",
            IndexerFixtures.url(),
            "--report",
            reports.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    String f = file.toString();
    assertThat(reportLines(reports))
        .containsExactly(
            f + ",3,bad-1,rejected,country,not a country of the network: Atlantis",
            f + ",6,bad-2,rejected,kind,unknown kinds value: spaceship",
            f
                + ",6,bad-2,rejected,name_en,a name in Chinese (name_zh) or English (name_en) is"
                + " required",
            f + ",6,bad-2,rejected,lat,latitude out of range -90..90: 95.0",
            f + ",6,bad-2,rejected,email,not an e-mail address: x@",
            f + ",6,bad-2,rejected,phone,not a phone number: call me");
    assertThat(r.err())
        .contains(f + ":3: rejected: country: not a country of the network: Atlantis");
    assertThat(r.err()).contains("read 4, created 2, updated 0, unchanged 0, rejected 2, failed 0");
    assertThat(indexed()).extracting(Listing::id).containsExactly("ok-1", "ok-2");
  }

  @Test
  void cellsThatAreNotUtf8AreRejectedByLineIdAndFieldNotStoredAsReplacementCharacters()
      throws IOException {
    // Row 3 is "München" saved as Latin-1 (ü = 0xFC), row 4 has GBK bytes (柏林 = B0 D8 C1 D6).
    byte[] csv =
        concat(
            "id,kind,name_en,name_zh,org_type,country\nok-1,provider,Good,,law_firm,DE\n",
            "bad-latin1,provider,M",
            new byte[] {(byte) 0xFC},
            "nchen Law,,law_firm,DE\nbad-gbk,provider,Berlin,",
            new byte[] {(byte) 0xB0, (byte) 0xD8, (byte) 0xC1, (byte) 0xD6},
            ",law_firm,DE\nok-2,provider,Also good,,law_firm,FR\n");
    Path file = Files.write(dir.resolve("encodings.csv"), csv);
    Path reports = Files.createDirectories(dir.resolve("reports"));
    IndexerFixtures.Run r =
        run(
            "import",
            file.toString(),
            "--es-url",
            IndexerFixtures.url(),
            "--report",
            reports.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    String f = file.toString();
    String why = // quoted in the report: it holds commas
        "\"not valid UTF-8 (bytes in another encoding, e.g. GBK or Latin-1):"
            + " save the file as UTF-8 and import it again\"";
    assertThat(reportLines(reports))
        .containsExactly(
            f + ",3,bad-latin1,rejected,name_en," + why, f + ",4,bad-gbk,rejected,name_zh," + why);
    assertThat(indexed()).extracting(Listing::id).containsExactly("ok-1", "ok-2");
  }

  /**
   * One row in a hundred poisoned, five ways in turn (Latin-1 and GBK bytes, an unknown country and
   * kind, a broken e-mail address): every poisoned row is reported with its line, id and field, and
   * every good row is indexed. The suite runs 5,000 rows; figure R6 (docs/reliability.md) runs
   * {@code -Dpoison.rows=20000}.
   */
  @Test
  void onePercentOfPoisonedRowsIsReportedRowByRowAndNoGoodRowIsLost() throws IOException {
    int rows = Integer.getInteger("poison.rows", 5000);
    String[][] poisons = {
      {"name_en", "M\u00fcnchen"}, // written in Latin-1 below
      {"name_zh", "\u67cf\u6797"}, // written in GBK below
      {"country", "Atlantis"},
      {"kind", "spaceship"},
      {"email", "x@"},
    };
    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
    csv.writeBytes("id,kind,name_en,name_zh,org_type,country,email\n".getBytes(UTF_8));
    java.util.Set<String> good = new java.util.TreeSet<>();
    java.util.Map<String, String> poisoned = new java.util.TreeMap<>(); // "line,id" -> field
    for (int i = 0; i < rows; i++) {
      String id = "row-" + i;
      String[] cells = {id, "provider", "Firm " + i, "", "law_firm", "DE", ""};
      java.nio.charset.Charset charset = UTF_8;
      if (i % 100 == 50) {
        String[] poison = poisons[(i / 100) % poisons.length];
        int column =
            java.util.List.of("id", "kind", "name_en", "name_zh", "org_type", "country", "email")
                .indexOf(poison[0]);
        cells[column] = poison[1];
        charset =
            poison[0].equals("name_en")
                ? java.nio.charset.StandardCharsets.ISO_8859_1
                : poison[0].equals("name_zh") ? java.nio.charset.Charset.forName("GBK") : UTF_8;
        poisoned.put((i + 2) + "," + id, poison[0]);
      } else {
        good.add(id);
      }
      csv.writeBytes((String.join(",", cells) + "\n").getBytes(charset));
    }
    Path file = Files.write(dir.resolve("poisoned.csv"), csv.toByteArray());
    Path reports = Files.createDirectories(dir.resolve("reports"));
    IndexerFixtures.Run r =
        run(
            "import",
            file.toString(),
            "--es-url",
            IndexerFixtures.url(),
            "--report",
            reports.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    java.util.Map<String, String> reported = new java.util.TreeMap<>();
    for (String line : reportLines(reports)) {
      String[] c = line.substring(file.toString().length() + 1).split(",", 5);
      assertThat(c[2]).as(line).isEqualTo("rejected");
      assertThat(reported.put(c[0] + "," + c[1], c[3])).as("one line per poisoned row").isNull();
    }
    assertThat(reported).isEqualTo(poisoned);
    java.util.Set<String> indexedIds = new java.util.TreeSet<>();
    indexed().forEach(l -> indexedIds.add(l.id()));
    assertThat(indexedIds).isEqualTo(good);
    System.out.printf(
        "R6: %d rows, %d poisoned: %d reported with line, id and field; %d of %d good rows"
            + " indexed%n",
        rows, poisoned.size(), reported.size(), indexedIds.size(), good.size());
  }

  private static byte[] concat(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object part : parts) {
      byte[] bytes =
          part instanceof String s
              ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8)
              : (byte[]) part;
      out.writeBytes(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void dryRunWritesNothing() throws IOException {
    Path file =
        IndexerFixtures.write(
            dir, "ok.csv", "id,kind,name_en,org_type,country\nok-1,provider,Good,law_firm,DE\n");
    IndexerFixtures.Run r = run("import", "--dry-run", file.toString(), "--report", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("dry run: 1 valid, 0 rejected");
    assertThat(IndexerFixtures.client().indices().exists(e -> e.index("listings")).value())
        .isFalse();
  }

  /**
   * An import refreshes the index less often while it writes (30 s by default, see ImportRefresh),
   * then puts the index's own interval back: the node's default when it had none, its own setting
   * when it had one.
   */
  @Test
  void anImportPutsTheIndexsOwnRefreshIntervalBack() throws IOException {
    Path file =
        IndexerFixtures.write(
            dir, "ok.csv", "id,kind,name_en,org_type,country\nok-1,provider,Good,law_firm,DE\n");
    Path reports = Files.createDirectories(dir.resolve("reports"));
    String[] args = {
      "import", file.toString(), "--es-url", IndexerFixtures.url(), "--report", reports.toString()
    };
    assertThat(run(args).exitCode()).isZero();
    assertThat(refreshInterval()).as("the node's default, as before").isNull();

    IndexerFixtures.client()
        .indices()
        .putSettings(p -> p.index("listings").settings(x -> x.refreshInterval(t -> t.time("5s"))));
    assertThat(run(args).exitCode()).isZero();
    assertThat(refreshInterval()).isEqualTo("5s");

    // What an import killed while it wrote leaves behind: the next one puts the default back.
    IndexerFixtures.client()
        .indices()
        .putSettings(p -> p.index("listings").settings(x -> x.refreshInterval(t -> t.time("30s"))));
    assertThat(run(args).exitCode()).isZero();
    assertThat(refreshInterval()).isNull();
    assertThat(indexed()).extracting(Listing::id).containsExactly("ok-1");
  }

  private static String refreshInterval() throws IOException {
    IndexSettings settings =
        IndexerFixtures.client()
            .indices()
            .getSettings(g -> g.index("listings"))
            .result()
            .values()
            .iterator()
            .next()
            .settings();
    IndexSettings index = settings.index() != null ? settings.index() : settings;
    return index.refreshInterval() == null ? null : index.refreshInterval().time();
  }

  @Test
  void usageErrorsExitWithTwo() throws IOException {
    assertThat(run("import").exitCode()).isEqualTo(2);
    assertThat(run("export", "--format", "pdf").exitCode()).isEqualTo(2);
    Path file =
        IndexerFixtures.write(
            dir, "ok.csv", "id,kind,name_en,org_type,country\nok-1,provider,Good,law_firm,DE\n");
    IndexerFixtures.Run rate = run("import", file.toString(), "--max-rate", "-5");
    assertThat(rate.exitCode()).isEqualTo(2);
    assertThat(rate.err()).contains("rate");
    assertThat(run("import", file.toString(), "--max-operations", "0").exitCode()).isEqualTo(2);
    IndexerFixtures.Run refresh = run("import", file.toString(), "--refresh-interval", "-1");
    assertThat(refresh.exitCode()).isEqualTo(2);
    assertThat(refresh.err()).contains("--refresh-interval");
  }
}
