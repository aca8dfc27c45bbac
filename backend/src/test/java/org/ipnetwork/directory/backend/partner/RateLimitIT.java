package org.ipnetwork.directory.backend.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.partner.IssuedKey;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Per-address limits, small enough to reach in a test; X-Forwarded-For is not trusted here. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "directory.rate-limit.anonymous-per-minute=4",
      "directory.rate-limit.partner-ip-per-minute=6"
    })
class RateLimitIT {

  @LocalServerPort int port;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    registry.add("directory.elasticsearch.urls", () -> TestElasticsearch.uri().toString());
    registry.add("directory.sample.resource", () -> "fixture/listings.ndjson");
  }

  private WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }

  /** Statuses of {@code n} searches, each claiming another forwarded address. */
  private List<WebTestClient.ResponseSpec> burst(int n, String key) {
    List<WebTestClient.ResponseSpec> responses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int claimed = i;
      responses.add(
          http()
              .get()
              .uri("/api/v1/search")
              .headers(
                  h -> {
                    h.set("X-Forwarded-For", "198.51.100." + claimed);
                    if (key != null) {
                      h.set("X-Partner-Key", key);
                    }
                  })
              .exchange());
    }
    return responses;
  }

  private static List<Integer> statuses(List<WebTestClient.ResponseSpec> responses) {
    return responses.stream().map(r -> r.returnResult(String.class).getStatus().value()).toList();
  }

  @Test
  void anAnonymousAddressIsLimitedWhateverItClaimsToForward() {
    List<WebTestClient.ResponseSpec> responses = burst(10, null);
    List<Integer> statuses = statuses(responses);
    assertThat(statuses.subList(0, 4)).containsOnly(200);
    assertThat(statuses).contains(429);
    responses
        .get(statuses.lastIndexOf(429))
        .expectHeader()
        .value("Retry-After", v -> assertThat(Long.parseLong(v)).isGreaterThanOrEqualTo(1))
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://ip-directory.example/problems/rate-limited");
    // Health checks are not part of the public API and are never limited.
    http().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
  }

  @Test
  void partnerTrafficFromOneAddressIsLimitedToo() {
    PartnerAdmin admin =
        new PartnerAdmin(
            new PartnerStore(TestElasticsearch.clients().client()),
            Taxonomies.bundled(),
            Clock.systemUTC(),
            new SecureRandom());
    admin.ensureIndex();
    IssuedKey issued = admin.add(new NewPartner(null, "Big park", List.of(), Map.of(), 10_000));
    List<Integer> statuses = statuses(burst(12, issued.key()));
    assertThat(statuses.subList(0, 6)).containsOnly(200);
    assertThat(statuses).contains(429);
  }
}
