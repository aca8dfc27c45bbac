package org.ipnetwork.directory.backend.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With Elasticsearch away, searches answer 503 with Retry-After, never an empty result. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnavailableIT {

  @LocalServerPort int port;

  @DynamicPropertySource
  static void deadCluster(DynamicPropertyRegistry registry) throws IOException {
    int dead;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      dead = s.getLocalPort();
    }
    registry.add("directory.elasticsearch.urls", () -> "http://127.0.0.1:" + dead);
  }

  private WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }

  @Test
  void searchAnswers503WithRetryAfter() {
    http()
        .get()
        .uri("/api/v1/search?q=patent")
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .valueEquals("Retry-After", "5")
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://ip-directory.example/problems/search-unavailable")
        .jsonPath("$.hits")
        .doesNotExist();
  }

  @Test
  void notReadyButAlive() {
    http().get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
    http().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
  }
}
