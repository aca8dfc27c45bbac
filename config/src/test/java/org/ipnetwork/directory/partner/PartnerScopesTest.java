package org.ipnetwork.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

class PartnerScopesTest {

  private final Taxonomies taxonomies = Taxonomies.bundled();

  @Test
  void knownCodesAreKeptSortedAndDistinct() {
    Map<String, List<String>> scope =
        PartnerScopes.validate(
            Map.of("country", List.of("US", "CA", "US"), "service", Set.of("patent")), taxonomies);
    assertThat(scope)
        .containsExactly(
            Map.entry("country", List.of("CA", "US")), Map.entry("service", List.of("patent")));
  }

  @Test
  void noScopeMeansTheWholeDirectory() {
    assertThat(PartnerScopes.validate(null, taxonomies)).isEmpty();
    assertThat(PartnerScopes.validate(Map.of(), taxonomies)).isEmpty();
  }

  @Test
  void everyFacetOfTheSearchCanBeFixed() {
    Map<String, List<String>> everything = new java.util.TreeMap<>();
    for (Facet facet : Facet.all()) {
      everything.put(
          facet.parameter(), List.of(facet.taxonomy(taxonomies).terms().iterator().next().code()));
    }
    assertThat(PartnerScopes.validate(everything, taxonomies).keySet())
        .containsExactlyInAnyOrder(
            "country", "continent", "region", "industry", "service", "kind", "orgType", "language");
  }

  @Test
  void unknownFacetsAndCodesAreRefusedByName() {
    assertThatThrownBy(() -> PartnerScopes.validate(Map.of("city", List.of("x")), taxonomies))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("city");
    assertThatThrownBy(() -> PartnerScopes.validate(Map.of("country", List.of("XX")), taxonomies))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XX");
    assertThatThrownBy(() -> PartnerScopes.validate(Map.of("continent", List.of("US")), taxonomies))
        .hasMessageContaining("continent");
    assertThatThrownBy(() -> PartnerScopes.validate(Map.of("country", List.of()), taxonomies))
        .hasMessageContaining("no codes");
  }
}
