package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;

/**
 * Distance filter and sort. From Munich (慕尼黑; GeoNames 48.1374, 11.5755): fx-01 Munich 0.1 km,
 * fx-12 Frankfurt 304.0 km, fx-14 Düsseldorf 486.5 km, fx-11 Cologne 455.8 km (a draft), fx-02
 * Berlin 504.3 km; everything else is farther.
 */
class GeoSearchIT extends FixtureApi {

  @Test
  void nearACityByNameSortsByDistanceWithinTheRadius() {
    SearchResponse r = search("near=Munich&radius=500km&sort=distance");
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.hits())
        .extracting(SearchResponse.Hit::id)
        .containsExactly("fx-01", "fx-12", "fx-14");
    assertThat(r.hits().get(0).distanceKm()).isCloseTo(0.0, within(0.2));
    assertThat(r.hits().get(1).distanceKm()).isCloseTo(304.0, within(0.5));
    assertThat(r.hits().get(2).distanceKm()).isCloseTo(486.5, within(0.5));
  }

  @Test
  void nearACityByItsChineseNameIsTheSameCity() {
    SearchResponse latin = search("near=Munich&radius=500km&sort=distance");
    SearchResponse chinese = search("near=慕尼黑&radius=500km&sort=distance");
    assertThat(chinese.hits())
        .extracting(SearchResponse.Hit::id)
        .containsExactlyElementsOf(latin.hits().stream().map(SearchResponse.Hit::id).toList());
    assertThat(chinese.hits().get(1).distanceKm()).isCloseTo(304.0, within(0.5));
  }

  @Test
  void nearCoordinatesUseTheDefaultRadiusOf100Km() {
    SearchResponse r = search("near=48.1374,11.5755");
    assertThat(r.hits()).extracting(SearchResponse.Hit::id).containsExactly("fx-01");
    assertThat(r.facets().get("country"))
        .singleElement()
        .satisfies(b -> assertThat(b.count()).isEqualTo(1));
  }

  @Test
  void withoutNearThereIsNoDistance() {
    assertThat(search("country=DE").hits()).allSatisfy(h -> assertThat(h.distanceKm()).isNull());
  }

  @Test
  void hitsCarryTheirVerificationDate() {
    SearchResponse r = search("country=DE&sort=verified");
    assertThat(r.hits().get(0).id()).isEqualTo("fx-14");
    assertThat(r.hits().get(0).lastVerified()).isEqualTo("2026-05-20");
    assertThat(r.hits().get(r.hits().size() - 1).lastVerified()).isNull(); // fx-02
  }
}
