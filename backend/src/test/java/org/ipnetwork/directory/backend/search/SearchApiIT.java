package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Facet counts on the fixture, counted by hand from fixture/listings.ndjson. */
class SearchApiIT extends FixtureApi {

  private static Map<String, Long> counts(SearchResponse r, String facet) {
    return r.facets().get(facet).stream()
        .collect(
            java.util.stream.Collectors.toMap(
                SearchResponse.FacetBucket::code, SearchResponse.FacetBucket::count));
  }

  @Test
  void withoutFiltersEveryPublishedListingCounts() {
    SearchResponse r = search("");
    assertThat(r.total()).isEqualTo(13);
    assertThat(counts(r, "continent"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("EU", 7L, "AS", 4L, "SA", 1L, "NA", 1L));
    assertThat(counts(r, "kind"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("provider", 11L, "workstation", 1L, "mediation_centre", 1L));
  }

  @Test
  void choosingGermanyStillCountsTheOtherCountries() {
    SearchResponse r = search("country=DE");
    assertThat(r.total()).isEqualTo(5); // fx-01, 02, 03, 12, 14
    assertThat(r.hits()).extracting(h -> h.country().code()).containsOnly("DE");
    assertThat(counts(r, "country"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("DE", 5L, "FR", 2L, "VN", 2L, "JP", 1L, "BR", 1L, "US", 1L, "HK", 1L));
    assertThat(r.facets().get("country"))
        .filteredOn(SearchResponse.FacetBucket::selected)
        .extracting(SearchResponse.FacetBucket::code)
        .containsExactly("DE");
    assertThat(counts(r, "service"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "trademark",
                3L,
                "litigation",
                2L,
                "patent",
                1L,
                "search_fto",
                1L,
                "training",
                1L,
                "opposition",
                1L));
  }

  @Test
  void selectionsInTwoContinentBranchesAreOred() {
    SearchResponse r = search("continent=AS&continent=EU&country=VN&country=DE");
    assertThat(r.total()).isEqualTo(7);
    assertThat(r.hits()).extracting(h -> h.country().code()).containsOnly("VN", "DE");

    SearchResponse wholeAsiaPlusGermany = search("continent=AS&country=DE");
    assertThat(wholeAsiaPlusGermany.total()).isEqualTo(9);
    assertThat(wholeAsiaPlusGermany.facets().get("country"))
        .filteredOn(b -> b.code().equals("VN"))
        .singleElement()
        .satisfies(b -> assertThat(b.parent()).isEqualTo("AS"));
  }

  @Test
  void facetCountsApplyTheOtherFacetsSelections() {
    SearchResponse r = search("service=trademark&country=DE,FR");
    assertThat(r.total()).isEqualTo(4); // fx-01, fx-03, fx-04, fx-14
    assertThat(counts(r, "country"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("DE", 3L, "FR", 1L, "VN", 1L));
    assertThat(counts(r, "service")).containsEntry("trademark", 4L).containsEntry("patent", 2L);
  }

  @Test
  void chineseQueryFindsGermanTrademarkProvidersFirst() {
    SearchResponse r = search("q=德国 商标&lang=zh");
    assertThat(r.hits()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(r.hits().subList(0, 3))
        .extracting(SearchResponse.Hit::id)
        .containsExactlyInAnyOrder("fx-01", "fx-03", "fx-14");
    assertThat(r.hits().get(0).country().label()).isEqualTo("德国");
  }

  @Test
  void englishQueryMatchesAcrossTaxonomyLabels() {
    SearchResponse r = search("q=patent litigation Brazil&lang=en");
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits().get(0).id()).isEqualTo("fx-09");
    assertThat(r.hits().get(0).country().label()).isEqualTo("Brazil");
  }

  @Test
  void draftsAreNeverFound() {
    assertThat(search("q=Draft Kanzlei").hits())
        .extracting(SearchResponse.Hit::id)
        .doesNotContain("fx-11");
    assertThat(search("country=DE").hits())
        .extracting(SearchResponse.Hit::id)
        .doesNotContain("fx-11");
  }

  @Test
  void labelsFollowAcceptLanguageUnlessLangIsGiven() {
    SearchResponse en =
        http()
            .get()
            .uri("/api/v1/search?country=JP")
            .header("Accept-Language", "en-GB,en;q=0.9")
            .exchange()
            .expectBody(SearchResponse.class)
            .returnResult()
            .getResponseBody();
    assertThat(en.hits().get(0).country().label()).isEqualTo("Japan");
    assertThat(search("country=JP&lang=zh").hits().get(0).country().label()).isEqualTo("日本");
  }

  @Test
  void badParametersAreNamedInAProblem() {
    for (var c :
        List.of(
            List.of("country=XX", "country"),
            List.of("service=plumbing", "service"),
            List.of("size=51", "size"),
            List.of("size=abc", "size"),
            List.of("page=0", "page"),
            List.of("verified=maybe", "verified"),
            List.of("lang=fr", "lang"),
            List.of("q=" + "a".repeat(201), "q"),
            List.of("sort=popular", "sort"),
            List.of("sort=distance", "sort"),
            List.of("near=Nowhereville", "near"),
            List.of("near=91,10", "near"),
            List.of("near=Munich&radius=2001km", "radius"),
            List.of("near=Munich&radius=0", "radius"),
            List.of("near=Munich&radius=far", "radius"),
            List.of("radius=50km", "radius"),
            List.of("cursor=xyz", "cursor"),
            List.of("interpret=maybe", "interpret"))) {
      http()
          .get()
          .uri("/api/v1/search?" + c.get(0))
          .exchange()
          .expectStatus()
          .value(status -> assertThat(status).as(c.get(0)).isEqualTo(400))
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.parameter")
          .isEqualTo(c.get(1))
          .jsonPath("$.type")
          .isEqualTo("https://ip-directory.example/problems/invalid-parameter")
          .jsonPath("$.status")
          .isEqualTo(400);
    }
  }
}
