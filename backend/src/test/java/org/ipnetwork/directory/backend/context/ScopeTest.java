package org.ipnetwork.directory.backend.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.json.JsonpUtils;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

class ScopeTest {

  private static final Taxonomies TAXONOMIES = Taxonomies.bundled();

  private static Scope stored(Map<String, List<String>> scope) {
    return Scope.fromStored(scope, TAXONOMIES);
  }

  private static Listing listing(String country, String industry) {
    return new Listing(
        "x",
        Kind.PROVIDER,
        null,
        null,
        new Location(country, null, null, null, null),
        List.of(),
        List.of(industry),
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void noScopeSeesEverything() {
    assertThat(Scope.NONE.unscoped()).isTrue();
    assertThat(Scope.NONE.inside(Facet.COUNTRY, "DE")).isTrue();
    assertThat(Scope.NONE.filters()).isEmpty();
    assertThat(Scope.NONE.admits(listing("DE", "software"))).isTrue();
    assertThat(stored(Map.of())).isSameAs(Scope.NONE);
  }

  @Test
  void aContinentLetsInItsCountriesOnly() {
    Scope asia = stored(Map.of("continent", List.of("AS")));
    assertThat(asia.inside(Facet.CONTINENT, "AS")).isTrue();
    assertThat(asia.inside(Facet.CONTINENT, "EU")).isFalse();
    assertThat(asia.inside(Facet.COUNTRY, "VN")).isTrue();
    assertThat(asia.inside(Facet.COUNTRY, "DE")).isFalse();
    assertThat(asia.inside(Facet.SERVICE, "patent")).isTrue();
  }

  @Test
  void aCountryLetsInItsContinentAsTheWayToIt() {
    Scope vietnam = stored(Map.of("country", List.of("VN")));
    assertThat(vietnam.inside(Facet.CONTINENT, "AS")).isTrue();
    assertThat(vietnam.inside(Facet.CONTINENT, "EU")).isFalse();
    assertThat(vietnam.inside(Facet.COUNTRY, "TH")).isFalse();
  }

  @Test
  void aValueOutsideIsA400NamingTheParameter() {
    Scope asia = stored(Map.of("continent", List.of("AS")));
    asia.requireInside(Facet.COUNTRY, "VN");
    assertThatThrownBy(() -> asia.requireInside(Facet.COUNTRY, "DE"))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("country"));
  }

  @Test
  void oneTermsFilterPerScopedFacetWithTheCodesInTheirStoredOrder() {
    Scope scope =
        stored(Map.of("industry", List.of("biomedicine", "new_energy"), "country", List.of("VN")));
    assertThat(scope.filters())
        .extracting(q -> JsonpUtils.toJsonString(q, ElasticsearchClients.jsonMapper()))
        .containsExactly(
            "{\"terms\":{\"location.country\":[\"VN\"]}}",
            "{\"terms\":{\"industries\":[\"biomedicine\",\"new_energy\"]}}");
  }

  @Test
  void aListingIsAdmittedWhenEveryScopedFacetMatches() {
    Scope scope =
        stored(Map.of("continent", List.of("AS"), "industry", List.of("new_energy", "software")));
    assertThat(scope.admits(listing("VN", "software"))).isTrue();
    assertThat(scope.admits(listing("DE", "software"))).isFalse();
    assertThat(scope.admits(listing("VN", "biomedicine"))).isFalse();
  }

  @Test
  void aStoredFacetThatIsNoFacetIsRefused() {
    assertThatThrownBy(() -> stored(Map.of("city", List.of("Berlin"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("city");
  }
}
