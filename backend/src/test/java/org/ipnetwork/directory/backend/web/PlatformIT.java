package org.ipnetwork.directory.backend.web;

import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Health groups, security answers and headers. */
class PlatformIT extends FixtureApi {

  @Test
  void readinessIncludesElasticsearchAndIsUp() {
    http()
        .get()
        .uri("/actuator/health/readiness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.elasticsearch.status")
        .isEqualTo("UP");
    http()
        .get()
        .uri("/actuator/health/liveness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.elasticsearch")
        .doesNotExist();
  }

  @Test
  void aWriteToTheReadOnlyApiIsAProblem405() {
    http()
        .post()
        .uri("/api/v1/search")
        .exchange()
        .expectStatus()
        .isEqualTo(405)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://ip-directory.example/problems/method-not-allowed")
        .jsonPath("$.status")
        .isEqualTo(405);
  }

  @Test
  void theWorkplaceApiWithoutASignInIsAProblem401() {
    http()
        .get()
        .uri("/api/v1/admin/listings")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://ip-directory.example/problems/unauthorized")
        .jsonPath("$.status")
        .isEqualTo(401);
  }

  @Test
  void responsesCarrySecurityHeaders() {
    http()
        .get()
        .uri("/api/v1/search")
        .exchange()
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff")
        .expectHeader()
        .exists("X-Frame-Options");
  }
}
