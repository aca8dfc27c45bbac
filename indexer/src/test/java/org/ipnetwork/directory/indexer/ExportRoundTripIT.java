package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipnetwork.directory.listing.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported CSV imports as itself: nothing changes, every listing stays equal. */
class ExportRoundTripIT {

  @TempDir Path dir;

  @Test
  void exportCsvThenImportItIsUnchanged() throws Exception {
    IndexerFixtures.resetIndex();
    String url = IndexerFixtures.url();
    Path source =
        IndexerFixtures.write(
            dir,
            "source.csv",
            "id,kind,name_zh,name_en,org_type,country,city,phone,website,email,services,languages,"
                + "lat,lon,description_en,host_organisation,covered_countries,verified_by,"
                + "last_verified\n"
                + "a,provider,甲,\"=Alpha, \"\"Law\"\"\",law_firm,DE,München,089 1234 5678,"
                + "alpha.example.de,info@alpha.example.de,patent|trademark,de|en,48.1,11.5,"
                + "\"-minus first\nsecond line\",,,staff,2025-01-02\n"
                + "b,workstation,乙工作站,,chamber_of_commerce,FR,Paris,+33 1 23 45 67 89,,,"
                + "litigation,fr,,,,@host,FR|BE,,\n"
                + "c,provider,,Gamma,patent_agency,US,,,,,,,,,,,,,\n");
    assertThat(
            IndexerFixtures.run(
                    "import", source.toString(), "--es-url", url, "--report", dir.toString())
                .exitCode())
        .isZero();
    List<Listing> before = IndexerFixtures.indexed();

    Path exported = dir.resolve("export.csv");
    IndexerFixtures.Run export =
        IndexerFixtures.run("export", "-o", exported.toString(), "--es-url", url);
    assertThat(export.exitCode()).as(export.err()).isZero();
    String text = Files.readString(exported);
    assertThat(text).contains("'=Alpha").contains("'@host").contains("'-minus first");
    assertThat(text).contains(",+498912345678,"); // a plain number cannot run

    IndexerFixtures.Run reimport =
        IndexerFixtures.run(
            "import", exported.toString(), "--es-url", url, "--report", dir.toString());
    assertThat(reimport.exitCode()).as(reimport.err()).isZero();
    assertThat(reimport.err()).contains("created 0, updated 0, unchanged 3, rejected 0, failed 0");
    assertThat(IndexerFixtures.indexed()).isEqualTo(before);
  }

  @Test
  void exportFiltersAndNdjsonIsCanonical() throws Exception {
    IndexerFixtures.resetIndex();
    String url = IndexerFixtures.url();
    Path source =
        IndexerFixtures.write(
            dir,
            "s.csv",
            "id,kind,name_en,org_type,country,updated_at\n"
                + "de,provider,D,law_firm,DE,2025-01-01T00:00:00Z\n"
                + "fr,provider,F,law_firm,FR,2025-06-01T00:00:00Z\n"
                + "ws,workstation,W,chamber_of_commerce,FR,2025-06-01T00:00:00Z\n");
    assertThat(
            IndexerFixtures.run(
                    "import", source.toString(), "--es-url", url, "--report", dir.toString())
                .exitCode())
        .isZero();
    Path out = dir.resolve("fr.ndjson");
    IndexerFixtures.Run r =
        IndexerFixtures.run(
            "export",
            "-o",
            out.toString(),
            "--es-url",
            url,
            "--country",
            "法国",
            "--kind",
            "provider",
            "--updated-since",
            "2025-03-01");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines)
        .singleElement()
        .asString()
        .contains("\"id\":\"fr\"")
        .contains("\"location\":{\"country\":\"FR\"}");

    IndexerFixtures.resetIndex();
    IndexerFixtures.Run back =
        IndexerFixtures.run("import", out.toString(), "--es-url", url, "--report", dir.toString());
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(IndexerFixtures.indexed()).extracting(Listing::id).containsExactly("fr");
  }
}
