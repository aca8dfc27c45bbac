package org.ipnetwork.directory.backend.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/**
 * On the InstantSearch routes the key may come as Algolia's clients send theirs, and preflights may
 * ask for POST with their headers; nowhere else.
 */
class AlgoliaKeyTest {

  private static final String QUERIES = "/api/v1/instantsearch/1/indexes/*/queries";

  @Test
  void theAlgoliaKeyIsReadOnTheInstantSearchRoutesOnly() {
    assertThat(
            PartnerFilter.key(
                MockServerHttpRequest.post(QUERIES + "?x-algolia-api-key=from-url").build()))
        .isEqualTo("from-url");
    assertThat(
            PartnerFilter.key(
                MockServerHttpRequest.post(QUERIES)
                    .header("x-algolia-api-key", "from-header")
                    .build()))
        .isEqualTo("from-header");
    assertThat(
            PartnerFilter.key(
                MockServerHttpRequest.post(QUERIES + "?x-algolia-api-key=algolia")
                    .header(PartnerFilter.KEY_HEADER, "own")
                    .build()))
        .isEqualTo("own");
    assertThat(
            PartnerFilter.key(
                MockServerHttpRequest.get("/api/v1/search?x-algolia-api-key=k")
                    .header("x-algolia-api-key", "k")
                    .build()))
        .isNull();
  }

  @Test
  void preflightsMayAskForPostOnTheInstantSearchRoutesOnly() {
    assertThat(Cors.acceptable(preflight(QUERIES, "content-type, x-algolia-api-key"))).isTrue();
    assertThat(Cors.acceptable(preflight(QUERIES, "x-custom"))).isFalse();
    assertThat(Cors.acceptable(preflight("/api/v1/search", "content-type"))).isFalse();
    assertThat(Cors.acceptable(preflight("/api/v1/search", ""))).isFalse();
  }

  private static MockServerHttpRequest preflight(String path, String headers) {
    MockServerHttpRequest.BaseBuilder<?> b =
        MockServerHttpRequest.options(path)
            .header(HttpHeaders.ORIGIN, "https://partner.example")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.POST.name());
    if (!headers.isEmpty()) {
      b.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, headers);
    }
    return b.build();
  }
}
