package org.ipnetwork.directory.backend.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipnetwork.directory.backend.FixtureApi;
import org.ipnetwork.directory.backend.place.PlacesResponse;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.backend.suggest.SuggestResponse;
import org.ipnetwork.directory.backend.taxonomy.TaxonomiesView;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;

/**
 * Partner scope on every endpoint. A test-only filter plays the partner filter: it turns the header
 * {@code X-Test-Scope: country=DE,FR;service=trademark} into a {@link Scope}. Under {@code
 * country=DE,FR} the fixture has 7 published listings: DE fx-01, 02, 03, 12, 14 and FR fx-04, 05.
 */
class PartnerScopeIT extends FixtureApi {

  @TestConfiguration
  static class ScopeFromHeader {
    @Bean
    WebFilter testScopeFilter() {
      return (exchange, chain) -> {
        String header = exchange.getRequest().getHeaders().getFirst("X-Test-Scope");
        if (header != null) {
          Map<String, Set<String>> fixed = new HashMap<>();
          for (String part : header.split(";")) {
            String[] kv = part.split("=", 2);
            fixed.put(kv[0], Set.copyOf(Arrays.asList(kv[1].split(","))));
          }
          exchange
              .getAttributes()
              .put(Scope.ATTRIBUTE, Scope.fromStored(fixed, Taxonomies.bundled()));
        }
        return chain.filter(exchange);
      };
    }
  }

  private static final String EUROPE_WEST = "country=DE,FR";

  /** What this test reads of {@code /api/v1/facets/{facet}/values}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record FacetValues(List<SearchResponse.FacetBucket> values) {}

  /** What this test reads of {@code /api/v1/map}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record MapCounts(List<CountryCount> countries) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CountryCount(String code, long count) {}

  private WebTestClient.ResponseSpec get(String scope, String uri) {
    return http().get().uri(uri).header("X-Test-Scope", scope).exchange();
  }

  private SearchResponse search(String scope, String query) {
    return get(scope, "/api/v1/search?" + query)
        .expectStatus()
        .isOk()
        .expectBody(SearchResponse.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void searchAndItsFacetsStayInsideTheScope() {
    SearchResponse r = search(EUROPE_WEST, "size=50");
    assertThat(r.total()).isEqualTo(7);
    assertThat(r.facets().get("country"))
        .extracting(SearchResponse.FacetBucket::code, SearchResponse.FacetBucket::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("DE", 5L),
            org.assertj.core.groups.Tuple.tuple("FR", 2L));
    assertThat(r.facets().get("continent"))
        .extracting(SearchResponse.FacetBucket::code)
        .containsExactly("EU");
    // Unscoped, the same application still sees everything.
    assertThat(
            http()
                .get()
                .uri("/api/v1/search")
                .exchange()
                .expectBody(SearchResponse.class)
                .returnResult()
                .getResponseBody()
                .total())
        .isEqualTo(13);
  }

  @Test
  void valuesOutsideTheScopeAreRefused() {
    for (var c :
        java.util.List.of(
            java.util.List.of(EUROPE_WEST, "country=VN", "country"),
            java.util.List.of(EUROPE_WEST, "continent=AS", "continent"),
            java.util.List.of("service=trademark", "service=patent", "service"))) {
      get(c.get(0), "/api/v1/search?" + c.get(1))
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.parameter")
          .isEqualTo(c.get(2));
    }
  }

  @Test
  void aRecognisedCountryOutsideTheScopeDoesNotFilter() {
    SearchResponse r = search(EUROPE_WEST, "q=越南 商标");
    assertThat(r.interpretation().recognized())
        .extracting(SearchResponse.Recognized::code, SearchResponse.Recognized::filtered)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("VN", false),
            org.assertj.core.groups.Tuple.tuple("trademark", true));
    assertThat(r.hits())
        .extracting(SearchResponse.Hit::id)
        .containsExactlyInAnyOrder("fx-01", "fx-03", "fx-04", "fx-14");
  }

  @Test
  void listingsOutsideTheScopeAreNotFound() {
    get(EUROPE_WEST, "/api/v1/listings/fx-06").expectStatus().isNotFound();
    get(EUROPE_WEST, "/api/v1/listings/fx-04").expectStatus().isOk();
  }

  @Test
  void suggestionsStayInsideTheScope() {
    SuggestResponse nguyen =
        get(EUROPE_WEST, "/api/v1/suggest?q=Nguyen&lang=en")
            .expectBody(SuggestResponse.class)
            .returnResult()
            .getResponseBody();
    assertThat(nguyen.suggestions()).isEmpty();
    SuggestResponse viet =
        get(EUROPE_WEST, "/api/v1/suggest?q=viet&lang=en")
            .expectBody(SuggestResponse.class)
            .returnResult()
            .getResponseBody();
    assertThat(viet.suggestions()).isEmpty();
    SuggestResponse dupont =
        get(EUROPE_WEST, "/api/v1/suggest?q=Dupont&lang=en")
            .expectBody(SuggestResponse.class)
            .returnResult()
            .getResponseBody();
    assertThat(dupont.suggestions())
        .extracting(SuggestResponse.Suggestion::id)
        .containsExactly("fx-04");
  }

  @Test
  void placesStayInsideTheScope() {
    PlacesResponse places =
        get(EUROPE_WEST, "/api/v1/places?q=s&lang=en")
            .expectBody(PlacesResponse.class)
            .returnResult()
            .getResponseBody();
    assertThat(places.places())
        .isNotEmpty()
        .extracting(p -> p.country().code())
        .allMatch(c -> c.equals("DE") || c.equals("FR"));
  }

  @Test
  void facetValuesMapAndTaxonomiesStayInsideTheScope() {
    FacetValues vietnam =
        get(EUROPE_WEST, "/api/v1/facets/country/values?q=越")
            .expectBody(FacetValues.class)
            .returnResult()
            .getResponseBody();
    assertThat(vietnam.values()).isEmpty();
    FacetValues all =
        get(EUROPE_WEST, "/api/v1/facets/country/values")
            .expectBody(FacetValues.class)
            .returnResult()
            .getResponseBody();
    assertThat(all.values())
        .extracting(SearchResponse.FacetBucket::code)
        .containsExactly("DE", "FR");

    MapCounts map =
        get(EUROPE_WEST, "/api/v1/map")
            .expectBody(MapCounts.class)
            .returnResult()
            .getResponseBody();
    assertThat(
            map.countries().stream()
                .collect(Collectors.toMap(CountryCount::code, CountryCount::count)))
        .containsExactlyInAnyOrderEntriesOf(Map.of("DE", 5L, "FR", 2L));

    TaxonomiesView t =
        get(EUROPE_WEST, "/api/v1/taxonomies")
            .expectBody(TaxonomiesView.class)
            .returnResult()
            .getResponseBody();
    assertThat(t.continents()).extracting(TaxonomiesView.Entry::code).containsExactly("EU");
    assertThat(t.continents().get(0).countries())
        .extracting(TaxonomiesView.Entry::code)
        .containsExactly("DE", "FR");
  }
}
