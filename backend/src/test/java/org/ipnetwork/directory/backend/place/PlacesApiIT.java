package org.ipnetwork.directory.backend.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ipnetwork.directory.backend.FixtureApi;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** {@code GET /api/v1/places}: the cities offered for near=, and what their value finds. */
class PlacesApiIT extends FixtureApi {

  private PlacesResponse places(String query) {
    return http()
        .get()
        .uri("/api/v1/places?" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(PlacesResponse.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void aChinesePrefixGivesTheCityInChineseWithAValueForNear() {
    PlacesResponse.Place munich = places("q=慕尼&lang=zh").places().get(0);
    assertThat(munich.name()).isEqualTo("慕尼黑");
    assertThat(munich.nameZh()).isEqualTo("慕尼黑");
    assertThat(munich.nameEn()).isEqualTo("Munich");
    assertThat(munich.country()).isEqualTo(new PlacesResponse.Country("DE", "德国"));
    assertThat(munich.lat()).isCloseTo(48.137, within(0.01));
    assertThat(munich.lon()).isCloseTo(11.575, within(0.01));
    assertThat(munich.value()).isEqualTo("Munich,DE");

    SearchResponse near = search("near=Munich,DE&radius=50km&sort=distance");
    assertThat(near.hits()).extracting(SearchResponse.Hit::id).containsExactly("fx-01");
  }

  @Test
  void aLatinPrefixInEnglishAndAtMostEight() {
    PlacesResponse mun = places("q=Muni&lang=en");
    assertThat(mun.places().get(0).name()).isEqualTo("Munich");
    assertThat(mun.places().get(0).country().label()).isEqualTo("Germany");
    assertThat(places("q=s&lang=en").places()).hasSize(8);
  }

  @Test
  void withoutAChineseNameTheLatinOneIsShown() {
    PlacesResponse.Place york = places("q=York&lang=zh").places().get(0);
    assertThat(york.nameZh()).isNull();
    assertThat(york.name()).isEqualTo(york.nameEn());
  }

  @Test
  void emptyTextGivesNothingAndLongTextIsRefused() {
    assertThat(places("q=").places()).isEmpty();
    assertThat(places("lang=zh").places()).isEmpty();
    http()
        .get()
        .uri("/api/v1/places?q=" + "x".repeat(51))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.parameter")
        .isEqualTo("q");
  }
}
