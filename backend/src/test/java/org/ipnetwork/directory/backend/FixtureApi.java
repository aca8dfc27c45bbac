package org.ipnetwork.directory.backend;

import java.time.Duration;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the API's integration tests: the real application over real HTTP, on the shared test
 * node, with the hand-counted fixture in src/test/resources/fixture/listings.ndjson (14 listings,
 * 13 published) loaded by the ordinary start-up path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class FixtureApi {

  @LocalServerPort int port;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    registry.add("directory.elasticsearch.urls", () -> TestElasticsearch.uri().toString());
    registry.add("directory.sample.resource", () -> "fixture/listings.ndjson");
    // Every IT of this context shares one client address; the limits have their own IT.
    registry.add("directory.rate-limit.anonymous-per-minute", () -> "1000000");
    registry.add("directory.rate-limit.partner-ip-per-minute", () -> "1000000");
  }

  /** {@code GET /api/v1/search?query}, expected to succeed. */
  protected SearchResponse search(String query) {
    return http()
        .get()
        .uri("/api/v1/search?" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(SearchResponse.class)
        .returnResult()
        .getResponseBody();
  }

  /** The port the application listens on, for requests over plain sockets. */
  protected int serverPort() {
    return port;
  }

  protected WebTestClient http() {
    // A loaded build machine may take more than the default 5 s over a first search.
    return WebTestClient.bindToServer()
        .baseUrl("http://localhost:" + port)
        .responseTimeout(Duration.ofSeconds(30))
        .build();
  }
}
