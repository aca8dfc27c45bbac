package org.ipnetwork.directory.backend.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.ipnetwork.directory.testsupport.FaultyProxy;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fast failure over real HTTP, with the shared test node behind a proxy that can hold requests as a
 * node stopped with SIGSTOP does: every request is answered 503 problem+json with Retry-After well
 * before a 5 s client timeout, the breaker opens and closes again when the node is back; and a
 * client with more slow searches in flight than its share is answered 429 for the excess while
 * another client is served. Budgets are wider than in production (2 s, breaker of 4 calls): the
 * build machine is shared, and a normal search must not time out here.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "directory.rate-limit.anonymous-per-minute=1000000",
      "directory.rate-limit.partner-ip-per-minute=1000000",
      "directory.rate-limit.trust-forwarded-for=true",
      "directory.elasticsearch.request-timeout=2s",
      "directory.resilience.health-timeout=1s",
      "directory.resilience.breaker.window=4",
      "directory.resilience.breaker.minimum-calls=4",
      "directory.resilience.breaker.open-for=2s",
      "directory.resilience.breaker.half-open-calls=2",
      "directory.resilience.searches.per-client=2"
    })
class FastFailIT {

  private static final Logger log = LoggerFactory.getLogger(FastFailIT.class);

  /** What a client that gives up after 5 s would have waited; every answer must come sooner. */
  private static final Duration WELL_BEFORE_CLIENT_TIMEOUT = Duration.ofSeconds(4);

  private static final FaultyProxy NODE = FaultyProxy.inFrontOf(TestElasticsearch.uri());

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Autowired CircuitBreaker breaker;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    registry.add("directory.elasticsearch.urls", () -> NODE.uri().toString());
    registry.add("directory.sample.resource", () -> "fixture/listings.ndjson");
  }

  @AfterAll
  static void closeProxy() {
    NODE.close();
  }

  /** The node answers again (after another test held it, it may still be catching up). */
  @BeforeEach
  void nodeAnswers() throws Exception {
    NODE.resume();
    int status = 0;
    for (int i = 0; i < 60 && status != 200; i++) {
      breaker.reset();
      status = get("/api/v1/search?q=patent", "192.0.2.1").statusCode();
      if (status != 200) {
        Thread.sleep(500);
      }
    }
    assertThat(status).isEqualTo(200);
    breaker.reset();
  }

  private HttpResponse<String> get(String path, String client) throws IOException {
    try {
      return http.send(request(path, client), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private CompletableFuture<HttpResponse<String>> getAsync(String path, String client) {
    return http.sendAsync(request(path, client), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path, String client) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("X-Forwarded-For", client)
        .timeout(Duration.ofSeconds(30))
        .build();
  }

  private static void assertUnavailable(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(503);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.headers().firstValue("Retry-After")).isPresent();
    assertThat(r.body())
        .contains("\"type\":\"https://ip-directory.example/problems/search-unavailable\"")
        .contains("\"status\":503")
        .doesNotContain("\"hits\"");
  }

  @Test
  void aStalledNodeIsAnswered503BeforeAClientTimeoutAndTheBreakerClosesWhenItIsBack()
      throws Exception {
    NODE.stall();
    List<String> paths =
        List.of(
            "/api/v1/search?q=patent",
            "/api/v1/search?country=DE",
            "/api/v1/suggest?q=law&lang=en",
            "/api/v1/facets/country/values?q=ger",
            "/api/v1/map?country=DE&precision=2",
            "/api/v1/listings/fx-12?lang=en",
            "/api/v1/search?q=trademark",
            "/api/v1/search?q=商标");
    List<Long> millis = new ArrayList<>();
    for (String path : paths) {
      long start = System.nanoTime();
      HttpResponse<String> r = get(path, "192.0.2.1");
      long took = (System.nanoTime() - start) / 1_000_000;
      millis.add(took);
      assertUnavailable(r);
      assertThat(Duration.ofMillis(took)).isLessThan(WELL_BEFORE_CLIENT_TIMEOUT);
    }
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    // Refused by the open breaker: nothing sent to the node.
    assertThat(get("/api/v1/search?q=patent", "192.0.2.1").body()).contains("not asked again");

    long start = System.nanoTime();
    HttpResponse<String> ready = get("/actuator/health/readiness", "192.0.2.1");
    long readinessMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).contains("\"breaker\":\"open\"");
    assertThat(Duration.ofMillis(readinessMillis)).isLessThan(WELL_BEFORE_CLIENT_TIMEOUT);
    log.info("Stalled node: answers in {} ms, readiness in {} ms", millis, readinessMillis);

    NODE.resume();
    long back = System.nanoTime();
    int status = 0;
    for (int i = 0; i < 120 && status != 200; i++) {
      status = get("/api/v1/search?q=patent", "192.0.2.1").statusCode();
      if (status != 200) {
        Thread.sleep(250);
      }
    }
    assertThat(status).isEqualTo(200);
    log.info("Node back: 200 again after {} ms", (System.nanoTime() - back) / 1_000_000);
    for (int i = 0; i < 4 && breaker.getState() != CircuitBreaker.State.CLOSED; i++) {
      get("/api/v1/search?q=patent", "192.0.2.1");
    }
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(get("/actuator/health/readiness", "192.0.2.1").body())
        .contains("\"breaker\":\"closed\"");
  }

  @Test
  void aClientOverItsShareOfSlowSearchesIsRefusedWhileAnotherIsServed() throws Exception {
    NODE.stallMatching("zzslowzz");
    try {
      // Two addresses of one /64: one client.
      CompletableFuture<HttpResponse<String>> first =
          getAsync("/api/v1/search?q=zzslowzz", "2001:db8:7:1::a");
      CompletableFuture<HttpResponse<String>> second =
          getAsync("/api/v1/search?q=zzslowzz", "2001:db8:7:1::b");
      // Each search sends its page and its facet counts: two requests held per search.
      for (int i = 0; i < 200 && NODE.held() < 4; i++) {
        Thread.sleep(10);
      }
      assertThat(NODE.held()).isEqualTo(4);

      HttpResponse<String> excess = get("/api/v1/search?q=zzslowzz", "2001:db8:7:1::c");
      assertThat(excess.statusCode()).isEqualTo(429);
      assertThat(excess.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(excess.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(excess.body())
          .contains("\"type\":\"https://ip-directory.example/problems/rate-limited\"")
          .contains("\"code\":\"concurrent_searches\"");

      HttpResponse<String> other = get("/api/v1/search?q=patent", "198.51.100.7");
      assertThat(other.statusCode()).isEqualTo(200);
      assertThat(NODE.held()).isEqualTo(4);

      NODE.resume();
      first.join();
      second.join();
      // The slots are given back when the answers are written.
      assertThat(get("/api/v1/search?q=patent", "2001:db8:7:1::d").statusCode()).isEqualTo(200);
    } finally {
      NODE.resume();
    }
  }
}
