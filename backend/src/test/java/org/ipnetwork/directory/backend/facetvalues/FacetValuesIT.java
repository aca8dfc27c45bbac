package org.ipnetwork.directory.backend.facetvalues;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipnetwork.directory.backend.FixtureApi;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Searching inside a facet's values, with counts under the other facets' selections. */
class FacetValuesIT extends FixtureApi {

  private FacetValues.Response values(String path) {
    return http()
        .get()
        .uri("/api/v1/facets/" + path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(FacetValues.Response.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void chineseAndEnglishFragmentsFindVietnam() {
    FacetValues.Response zh = values("country/values?q=越&lang=zh");
    assertThat(zh.facet()).isEqualTo("country");
    assertThat(zh.values())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("VN");
              assertThat(v.label()).isEqualTo("越南");
              assertThat(v.count()).isEqualTo(2); // fx-06, fx-07
              assertThat(v.parent()).isEqualTo("AS");
            });
    assertThat(values("country/values?q=viet&lang=en").values())
        .extracting(SearchResponse.FacetBucket::code, SearchResponse.FacetBucket::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("VN", "Vietnam"));
  }

  @Test
  void countsApplyTheOtherFacetsButNotTheOwnSelection() {
    FacetValues.Response r = values("country/values?q=viet&country=DE&service=trademark");
    assertThat(r.values())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.count()).isEqualTo(1); // fx-06 only offers trademarks in VN
              assertThat(v.selected()).isFalse();
            });
    assertThat(values("country/values?q=德&service=trademark").values())
        .singleElement()
        .satisfies(v -> assertThat(v.count()).isEqualTo(3)); // fx-01, fx-03, fx-14
  }

  @Test
  void valuesWithoutListingsCountZeroAndPrefixMatchesComeFirst() {
    FacetValues.Response r = values("service/values?q=trade&lang=en");
    // trademark and trade_secret by label prefix; opposition ("trademark opposition") and
    // search_fto ("trademark search") by synonym prefix; all are prefix matches, so by count.
    assertThat(r.values())
        .extracting(SearchResponse.FacetBucket::code)
        .containsExactly("trademark", "opposition", "trade_secret", "search_fto");
  }

  @Test
  void anUnknownFacetIsNotFound() {
    http()
        .get()
        .uri("/api/v1/facets/colour/values?q=red")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void badInputIsNamed() {
    for (var c :
        java.util.List.of(
            java.util.List.of("country/values?q=" + "x".repeat(51), "q"),
            java.util.List.of("country/values?service=plumbing", "service"))) {
      http()
          .get()
          .uri("/api/v1/facets/" + c.get(0))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.parameter")
          .isEqualTo(c.get(1));
    }
  }
}
