package org.ipnetwork.directory.backend.partner;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipnetwork.directory.backend.FixtureApi;
import org.ipnetwork.directory.partner.IssuedKey;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerKeys;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.partner.PartnerUsage;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Partners as their pages see them: keys, CORS, limits, headers and usage, over real HTTP on the
 * real node. Partners are made through {@link PartnerAdmin}, as the CLI will.
 */
class PartnerApiIT extends FixtureApi {

  private static final String SITE = "https://www.chamber.example";
  private static final String PROBLEMS = "https://ip-directory.example/problems/";

  private final ElasticsearchClient es = TestElasticsearch.clients().client();
  private final PartnerAdmin admin =
      new PartnerAdmin(
          new PartnerStore(es), Taxonomies.bundled(), Clock.systemUTC(), new SecureRandom());

  @Autowired UsageCounter usage;

  private IssuedKey partner(int requestsPerMinute) {
    admin.ensureIndex();
    return admin.add(
        new NewPartner(
            "it-" + UUID.randomUUID().toString().substring(0, 8),
            "Chamber of commerce",
            List.of(SITE),
            Map.of("continent", List.of("AS")),
            requestsPerMinute));
  }

  private WebTestClient.ResponseSpec search(String key, String origin) {
    return http()
        .get()
        .uri("/api/v1/search?q=patent")
        .headers(
            h -> {
              if (key != null) {
                h.set("X-Partner-Key", key);
              }
              if (origin != null) {
                h.setOrigin(origin);
              }
            })
        .exchange();
  }

  private static void isProblem(WebTestClient.ResponseSpec response, int status, String type) {
    response
        .expectStatus()
        .isEqualTo(status)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(PROBLEMS + type)
        .jsonPath("$.status")
        .isEqualTo(status);
  }

  @Test
  void aPartnerKeyWorksAsHeaderAndAsQueryParameter() {
    IssuedKey issued = partner(100);
    search(issued.key(), null).expectStatus().isOk();
    http().get().uri("/api/v1/search?key=" + issued.key()).exchange().expectStatus().isOk();
  }

  @Test
  void anUnknownKeyIsA401Problem() {
    isProblem(search(PartnerKeys.generate(new SecureRandom()), null), 401, "unauthorized");
    isProblem(search("not-a-key", null), 401, "unauthorized");
  }

  @Test
  void revokedRotatedAndDisabledKeysAreRefused() {
    IssuedKey revoked = partner(100);
    admin.revoke(revoked.partner().id());
    isProblem(search(revoked.key(), null), 401, "unauthorized");

    IssuedKey rotated = partner(100);
    IssuedKey fresh = admin.rotate(rotated.partner().id());
    isProblem(search(rotated.key(), null), 401, "unauthorized");
    search(fresh.key(), null).expectStatus().isOk();

    IssuedKey disabled = partner(100);
    admin.setEnabled(disabled.partner().id(), false);
    isProblem(search(disabled.key(), null), 403, "forbidden");
  }

  @Test
  void aPreflightFromAnAllowedOriginIsAnsweredWithThatOrigin() {
    IssuedKey issued = partner(100);
    for (String uri : List.of("/api/v1/search?q=x&key=" + issued.key(), "/api/v1/search?q=x")) {
      http()
          .options()
          .uri(uri)
          .header("Origin", SITE)
          .header("Access-Control-Request-Method", "GET")
          .header("Access-Control-Request-Headers", "x-partner-key")
          .exchange()
          .expectStatus()
          .isNoContent()
          .expectHeader()
          .valueEquals("Access-Control-Allow-Origin", SITE)
          .expectHeader()
          .values("Vary", v -> assertThat(String.join(",", v)).contains("Origin"))
          .expectHeader()
          .value("Access-Control-Allow-Methods", m -> assertThat(m).contains("GET"))
          .expectHeader()
          .value(
              "Access-Control-Allow-Headers", h -> assertThat(h).containsIgnoringCase("partner"));
    }
  }

  @Test
  void aPreflightFromAnUnknownOriginIsRefused() {
    IssuedKey issued = partner(100);
    for (String uri : List.of("/api/v1/search?key=" + issued.key(), "/api/v1/search")) {
      WebTestClient.ResponseSpec response =
          http()
              .options()
              .uri(uri)
              .header("Origin", "https://elsewhere.example")
              .header("Access-Control-Request-Method", "GET")
              .exchange();
      response.expectHeader().doesNotExist("Access-Control-Allow-Origin");
      isProblem(response, 403, "forbidden");
    }
  }

  @Test
  void aRequestFromAnAllowedOriginMayReadTheAnswer() {
    IssuedKey issued = partner(100);
    search(issued.key(), SITE)
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("Access-Control-Allow-Origin", SITE)
        .expectHeader()
        .values("Vary", v -> assertThat(String.join(",", v)).contains("Origin"));
    // Errors of the search itself stay readable by the partner's page.
    http()
        .get()
        .uri("/api/v1/search?size=abc")
        .header("X-Partner-Key", issued.key())
        .header("Origin", SITE)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .valueEquals("Access-Control-Allow-Origin", SITE);
  }

  /**
   * The refusal itself is readable from the refused origin (it tells nothing but the problem), so
   * that the widget can say what is wrong; the search answer never is.
   */
  @Test
  void aRequestFromAnotherOriginIsA403ProblemTheWidgetCanRead() {
    IssuedKey issued = partner(100);
    String evil = "https://www.chamber.example.evil";
    for (WebTestClient.ResponseSpec response :
        List.of(
            search(issued.key(), evil),
            http()
                .get()
                .uri("/api/v1/search?q=patent&key=" + issued.key())
                .header("Origin", evil)
                .exchange())) {
      response.expectHeader().valueEquals("Access-Control-Allow-Origin", evil);
      isProblem(response, 403, "forbidden");
    }
    search(issued.key(), evil).expectBody().jsonPath("$.code").isEqualTo("origin_not_allowed");
  }

  @Test
  void keyProblemsCarryACodeAndCorsForAnyOrigin() {
    String page = "https://unregistered.example";
    WebTestClient.ResponseSpec unknown = search(PartnerKeys.generate(new SecureRandom()), page);
    unknown.expectHeader().valueEquals("Access-Control-Allow-Origin", page);
    unknown.expectBody().jsonPath("$.code").isEqualTo("partner_key_unknown");
    search("not-a-key", page).expectBody().jsonPath("$.code").isEqualTo("partner_key_unknown");

    IssuedKey revoked = partner(100);
    admin.revoke(revoked.partner().id());
    search(revoked.key(), SITE)
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.code")
        .isEqualTo("partner_key_unknown");

    IssuedKey disabled = partner(100);
    admin.setEnabled(disabled.partner().id(), false);
    WebTestClient.ResponseSpec off = search(disabled.key(), page);
    off.expectHeader().valueEquals("Access-Control-Allow-Origin", page);
    isProblem(off, 403, "forbidden");
    search(disabled.key(), page).expectBody().jsonPath("$.code").isEqualTo("partner_disabled");

    // Without a key nothing changes: no CORS for anyone.
    search(null, page).expectHeader().doesNotExist("Access-Control-Allow-Origin");
  }

  @Test
  void theFramesKeyProblemsAreHtmlPagesAnyOriginMayFrame() {
    String html =
        http()
            .get()
            .uri("/embed/v1/frame?lang=en&key=" + PartnerKeys.generate(new SecureRandom()))
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectHeader()
            .value("Content-Security-Policy", csp -> assertThat(csp).endsWith("frame-ancestors *"))
            .expectHeader()
            .doesNotExist("X-Frame-Options")
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(html).contains("data-problem=\"partner_key_unknown\"", "snippet");

    IssuedKey issued = partner(100);
    String refused =
        http()
            .get()
            .uri("/embed/v1/frame/listing/fx-06?lang=zh&key=" + issued.key())
            .header("Sec-Fetch-Site", "cross-site")
            .header("Sec-Fetch-Dest", "iframe")
            .header("Referer", "https://unregistered.example/")
            .exchange()
            .expectStatus()
            .isForbidden()
            .expectHeader()
            .value("Content-Security-Policy", csp -> assertThat(csp).endsWith("frame-ancestors *"))
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(refused).contains("origin_not_allowed", "https://unregistered.example");

    // From the partner's own page the detail page is framed by the partner's origins only.
    http()
        .get()
        .uri("/embed/v1/frame/listing/fx-06?lang=zh&key=" + issued.key())
        .header("Sec-Fetch-Site", "cross-site")
        .header("Sec-Fetch-Dest", "iframe")
        .header("Referer", SITE + "/")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .value(
            "Content-Security-Policy", csp -> assertThat(csp).endsWith("frame-ancestors " + SITE))
        .expectHeader()
        .doesNotExist("X-Frame-Options");
    // Anything else under the frame's path is not framable.
    http()
        .get()
        .uri("/embed/v1/frame/listing/fx-06/x?key=" + issued.key())
        .exchange()
        .expectHeader()
        .value(
            "Content-Security-Policy", csp -> assertThat(csp).endsWith("frame-ancestors 'none'"));
  }

  @Test
  void anonymousRequestsGetNoCorsHeaders() {
    search(null, null)
        .expectStatus()
        .isOk()
        .expectHeader()
        .doesNotExist("Access-Control-Allow-Origin");
    search(null, SITE)
        .expectStatus()
        .isOk()
        .expectHeader()
        .doesNotExist("Access-Control-Allow-Origin");
  }

  @Test
  void aBurstOverThePartnersLimitGets429WithRetryAfter() {
    IssuedKey issued = partner(3);
    List<Integer> statuses = new ArrayList<>();
    WebTestClient.ResponseSpec limited = null;
    for (int i = 0; i < 8; i++) {
      WebTestClient.ResponseSpec response = search(issued.key(), SITE);
      int status = response.returnResult(String.class).getStatus().value();
      statuses.add(status);
      if (status == HttpStatus.TOO_MANY_REQUESTS.value() && limited == null) {
        limited = response;
      }
    }
    assertThat(statuses.subList(0, 3)).containsOnly(200);
    assertThat(statuses).contains(429);
    assertThat(limited).isNotNull();
    limited
        .expectHeader()
        .value("Retry-After", v -> assertThat(Long.parseLong(v)).isGreaterThanOrEqualTo(1))
        .expectHeader()
        .valueEquals("Access-Control-Allow-Origin", SITE);
    isProblem(limited, 429, "rate-limited");
  }

  @Test
  void answersCarryTheSecurityHeaders() {
    for (WebTestClient.ResponseSpec response :
        List.of(search(null, null), search("not-a-key", null))) {
      response
          .expectHeader()
          .valueEquals("X-Content-Type-Options", "nosniff")
          .expectHeader()
          .valueEquals("X-Frame-Options", "DENY")
          .expectHeader()
          .valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
          .expectHeader()
          .value(
              "Content-Security-Policy",
              csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
    }
  }

  @Test
  void usageIsCountedPerPartnerPerDay() throws IOException {
    IssuedKey issued = partner(2);
    for (int i = 0; i < 4; i++) {
      search(issued.key(), null);
    }
    usage.flush().block();
    es.indices().refresh(r -> r.index(PartnerUsage.INDEX.alias()));
    List<PartnerUsage> days =
        es
            .search(
                s ->
                    s.index(PartnerUsage.INDEX.alias())
                        .query(q -> q.term(t -> t.field("partnerId").value(issued.partner().id()))),
                PartnerUsage.class)
            .hits()
            .hits()
            .stream()
            .map(Hit::source)
            .toList();
    assertThat(days).isNotEmpty();
    assertThat(days.stream().mapToLong(PartnerUsage::requests).sum()).isEqualTo(2);
    assertThat(days.stream().mapToLong(PartnerUsage::rejected).sum()).isEqualTo(2);
  }
}
