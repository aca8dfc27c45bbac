package org.ipnetwork.directory.backend.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;

/** The code lists: counts from the bundled taxonomy files. */
class TaxonomyApiIT extends FixtureApi {

  @Test
  void everyListWithLabelsInBothLanguages() {
    TaxonomiesView t =
        http()
            .get()
            .uri("/api/v1/taxonomies?lang=en")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(TaxonomiesView.class)
            .returnResult()
            .getResponseBody();
    assertThat(t.continents()).hasSize(6);
    assertThat(t.continents().stream().mapToInt(c -> c.countries().size()).sum()).isEqualTo(63);
    TaxonomiesView.Entry europe =
        t.continents().stream().filter(c -> c.code().equals("EU")).findFirst().orElseThrow();
    assertThat(europe.label()).isEqualTo("Europe");
    assertThat(europe.countries())
        .filteredOn(c -> c.code().equals("DE"))
        .singleElement()
        .satisfies(
            de -> {
              assertThat(de.label()).isEqualTo("Germany");
              assertThat(de.zh()).isEqualTo("德国");
              assertThat(de.en()).isEqualTo("Germany");
            });
    assertThat(t.services()).hasSize(16);
    assertThat(t.industries()).hasSize(20);
    assertThat(t.orgTypes()).hasSize(14);
    assertThat(t.kinds()).hasSize(3);
    assertThat(t.languages()).hasSize(43);
    assertThat(t.services().get(0).countries()).isNull();
  }

  @Test
  void theFacetsInDisplayOrderWithTheirParents() {
    http()
        .get()
        .uri("/api/v1/taxonomies")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.facets[*].parameter")
        .isEqualTo(
            java.util.List.of(
                "continent",
                "country",
                "region",
                "industry",
                "service",
                "kind",
                "orgType",
                "language"))
        .jsonPath("$.facets[0]")
        .value(
            top ->
                assertThat(asMap(top))
                    .containsEntry("parameter", "continent")
                    .containsEntry("parent", null))
        .jsonPath("$.facets[1].parent")
        .isEqualTo("continent")
        .jsonPath("$.facets[4]")
        .value(
            flat ->
                assertThat(asMap(flat))
                    .containsEntry("parameter", "service")
                    .containsEntry("parent", null));
  }

  @SuppressWarnings("unchecked")
  private static java.util.Map<String, Object> asMap(Object json) {
    return (java.util.Map<String, Object>) json;
  }
}
