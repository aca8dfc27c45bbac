package org.ipnetwork.directory.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BackedUpIndicesTest {

  /**
   * An index (or index template) added under config/ without being backed up would be lost on a
   * restore.
   */
  @Test
  void everyIndexDefinitionIsBackedUpByItsAlias() throws IOException {
    List<String> defined;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/elasticsearch"))) {
      defined =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith("-index.json") || n.endsWith("-template.json"))
              .map(n -> n.substring(0, n.lastIndexOf('-')))
              .toList();
    }
    assertThat(defined).hasSizeGreaterThanOrEqualTo(7).contains("search-log");
    assertThat(BackedUpIndices.ALIASES).containsAll(defined).contains("listing-drafts");
  }

  @Test
  void snapshotsAreNamedByTheirTimeSoThatNamesSortByAge() {
    String earlier = Snapshots.nameAt(Instant.parse("2026-11-30T09:05:01.002Z"));
    String later = Snapshots.nameAt(Instant.parse("2026-11-30T16:12:25.123Z"));
    assertThat(earlier).isEqualTo("directory-20261130t090501002");
    assertThat(later).isEqualTo("directory-20261130t161225123");
    assertThat(earlier).isLessThan(later).isEqualTo(earlier.toLowerCase());
  }
}
