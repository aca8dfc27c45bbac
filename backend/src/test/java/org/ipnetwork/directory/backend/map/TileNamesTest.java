package org.ipnetwork.directory.backend.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipnetwork.directory.geo.City;
import org.junit.jupiter.api.Test;

/** Naming tiles after the nearest bundled city. */
class TileNamesTest {

  private final TileNames names = new TileNames();

  @Test
  void aCentroidInACityIsNamedAfterIt() {
    assertThat(names.name(7, 48.137, 11.575))
        .map(City::nameZh)
        .contains("慕尼黑"); // the fixture's Munich listing
    assertThat(names.name(8, 1.29, 103.85)).map(City::name).contains("Singapore");
  }

  @Test
  void aCityNamesItRatherThanItsDistrict() {
    // The fixture's Berlin and Hong Kong listings lie nearer Berlin-Mitte and Kowloon.
    assertThat(names.nearest(52.52, 13.405)).map(City::nameZh).contains("柏林");
    assertThat(names.nearest(22.319, 114.169)).map(City::name).contains("Hong Kong");
  }

  @Test
  void theNearerOfTwoCitiesNamesIt() {
    // Beyond 15 km of both: the nearer one names it, however large the other.
    var near = new City("Near", null, "XX", 10.0, 10.0, 50_000);
    var far = new City("Far", null, "XX", 10.0, 9.55, 5_000_000);
    assertThat(new TileNames(java.util.List.of(near, far)).nearest(10.0, 9.8))
        .map(City::name)
        .contains("Near");
  }

  @Test
  void farFromAnyCityOrAtAWorldZoomNothingIsNamed() {
    assertThat(names.nearest(-40, -30)).isEmpty(); // the South Atlantic
    assertThat(names.name(TileNames.MIN_PRECISION - 1, 48.137, 11.575)).isEmpty();
  }

  @Test
  void citiesAcrossTheAntimeridianAreFound() {
    var fiji = new City("Suva", null, "FJ", -18.14, 178.44, 93_000);
    var across = new City("Across", null, "XX", -18.14, -179.9, 50_000);
    TileNames few = new TileNames(java.util.List.of(fiji, across));
    assertThat(few.nearest(-18.14, 179.95)).map(City::name).contains("Across");
    assertThat(TileNames.km(0, 179.9, 0, -179.9)).isLessThan(25);
  }
}
