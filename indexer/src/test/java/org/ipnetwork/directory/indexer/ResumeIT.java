package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an import, run it again: exactly the input's listings are indexed. The
 * suite runs it once on 4,000 rows; the reliability figure R5 (docs/reliability.md) runs it three
 * times on 20,000 rows with {@code -Dresume.rows=20000 -Dresume.runs=3}, each killed at a random
 * point (the seed is printed, and {@code -Dresume.seed} replays it).
 */
class ResumeIT {

  private static final int ROWS = Integer.getInteger("resume.rows", 4000);
  private static final int RUNS = Integer.getInteger("resume.runs", 1);

  @TempDir Path dir;

  @Test
  void rerunAfterKillIndexesEveryListingExactlyOnce() throws Exception {
    long seed = Long.getLong("resume.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int run = 1; run <= RUNS; run++) {
      // Killed once this many listings are visible: anywhere between the first and 90 % of them.
      int killAt = 1 + random.nextInt(ROWS * 9 / 10);
      Path runDir = Files.createDirectories(dir.resolve("run-" + run));
      String figure = killAndResume(runDir, killAt);
      System.out.printf("R5 run %d of %d (seed %d): %s%n", run, RUNS, seed, figure);
    }
  }

  private String killAndResume(Path dir, int killAt) throws Exception {
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

    Process first = startImport(dir, file, "first");
    while (first.isAlive() && countOrZero() < killAt) {
      Thread.sleep(20);
    }
    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    long afterKill = countOrZero();
    assertThat(afterKill).as("killed mid-import").isLessThan(ROWS);

    Process second = startImport(dir, file, "second");
    assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
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
    return String.format(
        "killed with %d of %d indexed; after the rerun %d indexed, %d distinct ids, 0 missing,"
            + " 0 extra (%s created, %s unchanged)",
        afterKill, ROWS, indexed.size(), ids.size(), summary.group(2), summary.group(3));
  }

  /** The CLI in a JVM of its own, slowed by small bulk requests so that the kill lands inside. */
  private Process startImport(Path dir, Path file, String name) throws IOException {
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
