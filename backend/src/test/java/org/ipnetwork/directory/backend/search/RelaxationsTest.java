package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipnetwork.directory.taxonomy.Region;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

class RelaxationsTest {

  private final Relaxations relaxations = new Relaxations(Taxonomies.bundled());

  @Test
  void aCountryWidensToTheSmallestNeighbourhoodWithSomeoneElse() {
    assertThat(relaxations.around("MO")).map(Region::code).contains("gba");
    assertThat(relaxations.around("BN").map(Region::code).orElseThrow())
        .isIn("asean", "south_eastern_asia");
    // Regional IP systems are no neighbourhood.
    assertThat(relaxations.around("DE").orElseThrow().kind()).isNotEqualTo(Region.Kind.IP_SYSTEM);
  }
}
