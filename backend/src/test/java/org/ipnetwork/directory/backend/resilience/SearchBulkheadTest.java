package org.ipnetwork.directory.backend.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which routes take a search slot: those that search the listings, nothing else. */
class SearchBulkheadTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/search",
        "/api/v1/map",
        "/api/v1/facets/country/values",
        "/embed/v1/frame"
      })
  void searchRoutesTakeASlot(String path) {
    assertThat(SearchBulkhead.searchRoute(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/suggest",
        "/api/v1/listings/fx-01",
        "/api/v1/taxonomies",
        "/api/v1/facets/country",
        "/embed/v1/frame/listing/fx-01",
        "/actuator/health/readiness",
        "/api/v1/admin/listings"
      })
  void otherRoutesDoNot(String path) {
    assertThat(SearchBulkhead.searchRoute(path)).isFalse();
  }
}
