package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an import, run it again: exactly the input's listings are indexed. */
class ResumeIT {

  private static final int ROWS = 4000;

  @TempDir Path dir;

  @Test
  void rerunAfterKillIndexesEveryListingExactlyOnce() throws Exception {
    IndexerFixtures.resetIndex();
    Path file = dir.resolve("big.csv");
    Set<String> expected = new TreeSet<>();
    StringBuilder csv = new StringBuilder("id,kind,name_en,org_type,country,services\n");
    for (int i = 0; i < ROWS; i++) {
      // Every third row has no id: its id is derived, and must come out the same on the rerun.
      String id = i % 3 == 0 ? "" : "row-" + i;
      csv.append(id).append(",provider,Firm number ").append(i).append(",law_firm,DE,patent\n");
      if (!id.isEmpty()) {
        expected.add(id);
      }
    }
    Files.writeString(file, csv);

    Process first = startImport(file);
    while (first.isAlive() && countOrZero() == 0) {
      Thread.sleep(20);
    }
    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    long afterKill = countOrZero();
    assertThat(afterKill).as("killed mid-import").isLessThan(ROWS);

    Process second = startImport(file);
    assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).isZero();

    List<Listing> indexed = IndexerFixtures.indexed();
    assertThat(indexed).hasSize(ROWS);
    Set<String> ids = new TreeSet<>();
    indexed.forEach(l -> ids.add(l.id()));
    assertThat(ids).hasSize(ROWS).containsAll(expected);
    // What the killed run had sent is unchanged now, the rest is created: nothing is written twice.
    java.util.regex.Matcher summary =
        java.util.regex.Pattern.compile(
                "read (\\d+), created (\\d+), updated 0, unchanged (\\d+), rejected 0, failed 0")
            .matcher(Files.readString(dir.resolve("second.log")));
    assertThat(summary.find()).isTrue();
    assertThat(Long.parseLong(summary.group(1))).isEqualTo(ROWS);
    assertThat(Long.parseLong(summary.group(2)) + Long.parseLong(summary.group(3))).isEqualTo(ROWS);
    assertThat(Long.parseLong(summary.group(3))).isGreaterThanOrEqualTo(afterKill);
  }

  /** The CLI in a JVM of its own, slowed by small bulk requests so that the kill lands inside. */
  private Process startImport(Path file) throws IOException {
    String name = Files.exists(dir.resolve("first.log")) ? "second" : "first";
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
    cmd.add(IndexerCli.class.getName());
    cmd.addAll(
        List.of(
            "import",
            file.toString(),
            "--es-url",
            IndexerFixtures.url(),
            "--report",
            dir.toString(),
            "--max-operations",
            "20",
            "--max-concurrent-requests",
            "1"));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(new File(dir.toFile(), name + ".log"))
        .start();
  }

  private static long countOrZero() throws IOException {
    if (!IndexerFixtures.client().indices().existsAlias(a -> a.name(ListingIndex.ALIAS)).value()) {
      return 0;
    }
    return IndexerFixtures.count();
  }
}
