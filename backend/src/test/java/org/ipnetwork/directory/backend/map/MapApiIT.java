package org.ipnetwork.directory.backend.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;

/** Map counts under the search filters. */
class MapApiIT extends FixtureApi {

  private MapView.Response map(String query) {
    return http()
        .get()
        .uri("/api/v1/map?" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(MapView.Response.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void countsByCountryAndTile() {
    MapView.Response r = map("precision=0");
    Map<String, Long> countries =
        r.countries().stream()
            .collect(Collectors.toMap(MapView.CountryCount::code, MapView.CountryCount::count));
    assertThat(countries)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("DE", 5L, "FR", 2L, "VN", 2L, "JP", 1L, "BR", 1L, "US", 1L, "HK", 1L));
    assertThat(r.countries())
        .filteredOn(c -> c.code().equals("DE"))
        .singleElement()
        .satisfies(de -> assertThat(de.lat()).isNotNull());
    assertThat(r.tiles())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.key()).isEqualTo("0/0/0");
              assertThat(t.count()).isEqualTo(13);
            });
  }

  @Test
  void theSearchFiltersApply() {
    MapView.Response r = map("service=trademark&precision=3");
    Map<String, Long> countries =
        r.countries().stream()
            .collect(Collectors.toMap(MapView.CountryCount::code, MapView.CountryCount::count));
    assertThat(countries).containsExactlyInAnyOrderEntriesOf(Map.of("DE", 3L, "FR", 1L, "VN", 1L));
    assertThat(r.tiles().stream().mapToLong(MapView.Tile::count).sum()).isEqualTo(5);
    // At zoom 3 Europe's trademark listings (Munich, Hamburg, Düsseldorf, Paris) share tile 3/4/2.
    assertThat(r.tiles())
        .filteredOn(t -> t.key().equals("3/4/2"))
        .singleElement()
        .satisfies(t -> assertThat(t.count()).isEqualTo(4));
  }

  @Test
  void zoomedInTilesAreNamedAfterTheNearestCity() {
    MapView.Response r = map("country=DE&precision=7");
    // At zoom 7 (tiles of 2.8°) each of the five German cities has a tile of its own.
    assertThat(r.tiles())
        .extracting(MapView.Tile::name)
        .containsExactlyInAnyOrder(
            "Munich", "Berlin", "Hamburg", "Frankfurt am Main", "Düsseldorf");
    assertThat(r.tiles())
        .filteredOn(t -> "Munich".equals(t.name()))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.nameZh()).isEqualTo("慕尼黑");
              assertThat(t.count()).isEqualTo(1);
            });
    // At a world zoom a tile is a region, not a city's neighbourhood: no name.
    assertThat(map("country=DE&precision=3").tiles())
        .allSatisfy(t -> assertThat(t.name()).isNull());
    http()
        .get()
        .uri("/api/v1/map?country=DE&precision=2")
        .exchange()
        .expectBody()
        .jsonPath("$.tiles[0].name")
        .doesNotExist();
  }

  @Test
  void precisionIsValidated() {
    for (String p : new String[] {"11", "-1", "x"}) {
      http()
          .get()
          .uri("/api/v1/map?precision=" + p)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.parameter")
          .isEqualTo("precision");
    }
  }
}
