package org.ipnetwork.directory.backend.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.samskivert.mustache.Mustache;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.page.KeyProblemPage;
import org.ipnetwork.directory.backend.ratelimit.RateLimitProperties;
import org.ipnetwork.directory.backend.ratelimit.RateLimiter;
import org.ipnetwork.directory.backend.web.SecurityHeaders;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.partner.Partner;
import org.ipnetwork.directory.partner.PartnerKeys;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mustache.autoconfigure.MustacheResourceTemplateLoader;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The hand-off to the search: the partner's scope on the exchange, and nothing for others. */
class PartnerFilterTest {

  private static final String KEY = PartnerKeys.generate(new SecureRandom());
  private static final String DAMAGED_KEY = PartnerKeys.generate(new SecureRandom());

  private final Partner partner =
      new Partner(
          "chamber",
          "Chamber",
          PartnerKeys.hash(KEY),
          PartnerKeys.prefix(KEY),
          List.of("https://chamber.example"),
          Map.of("continent", List.of("AS"), "industry", List.of("new_energy", "biomedicine")),
          100,
          true,
          Instant.EPOCH,
          Instant.EPOCH,
          Instant.EPOCH,
          null,
          null,
          null);

  /** A record whose scope names a facet this server does not know (written by hand, say). */
  private final Partner damaged =
      new Partner(
          "damaged",
          "Damaged",
          PartnerKeys.hash(DAMAGED_KEY),
          PartnerKeys.prefix(DAMAGED_KEY),
          List.of(),
          Map.of("city", List.of("Berlin")),
          100,
          true,
          Instant.EPOCH,
          Instant.EPOCH,
          Instant.EPOCH,
          null,
          null,
          null);

  private final PartnerFilter filter =
      new PartnerFilter(
          new KeyProblemPage(
              Mustache.compiler()
                  .withLoader(
                      new MustacheResourceTemplateLoader("classpath:/templates/", ".mustache")),
              new UiStrings()),
          new PartnerLookup(
              new TtlCache<>(
                  Duration.ofSeconds(30),
                  10,
                  System::nanoTime,
                  hash ->
                      Mono.just(
                          List.of(partner, damaged).stream()
                              .filter(p -> p.keyHash().equals(hash))
                              .findFirst())),
              new TtlCache<>(Duration.ofSeconds(30), 10, System::nanoTime, o -> Mono.just(false)),
              Clock.systemUTC()),
          new RateLimiter(new RateLimitProperties(100, 100, false, 100, Duration.ofMinutes(1))),
          new UsageCounter(
              new ElasticsearchGateway(null, Duration.ofSeconds(1)), Duration.ofMinutes(1)),
          new RateLimitProperties(100, 100, false, 100, Duration.ofMinutes(1)),
          Taxonomies.bundled(),
          JsonMapper.builder().build());

  private final AtomicReference<ServerWebExchange> passed = new AtomicReference<>();
  private final WebFilterChain chain =
      exchange -> {
        passed.set(exchange);
        return Mono.empty();
      };

  private MockServerWebExchange run(MockServerHttpRequest.BaseBuilder<?> request) {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(request.remoteAddress(new InetSocketAddress("192.0.2.9", 1)));
    filter.filter(exchange, chain).block();
    return exchange;
  }

  @Test
  void aPartnersScopeGoesOnTheExchangeForTheSearch() {
    run(MockServerHttpRequest.get("/api/v1/search").header("X-Partner-Key", KEY));
    assertThat(passed.get()).isNotNull();
    Scope scope = passed.get().getAttribute(Scope.ATTRIBUTE);
    assertThat(scope.fixed())
        .containsOnly(
            Map.entry(Facet.CONTINENT, Set.of("AS")),
            Map.entry(Facet.INDUSTRY, Set.of("new_energy", "biomedicine")));
    assertThat(passed.get().<Object>getAttribute(SecurityHeaders.FRAME_ANCESTORS))
        .isEqualTo(Set.of("https://chamber.example"));
  }

  @Test
  void aStoredScopeOnAnUnknownFacetFailsClosed() {
    MockServerWebExchange exchange =
        run(MockServerHttpRequest.get("/api/v1/search").header("X-Partner-Key", DAMAGED_KEY));
    assertThat(passed.get()).isNull();
    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
  }

  @Test
  void anonymousRequestsAreUnscoped() {
    run(MockServerHttpRequest.get("/api/v1/search"));
    assertThat(passed.get()).isNotNull();
    assertThat(passed.get().<Object>getAttribute(Scope.ATTRIBUTE)).isNull();
  }

  @Test
  void anUnknownKeyNeverReachesTheSearch() {
    MockServerWebExchange exchange =
        run(
            MockServerHttpRequest.get("/api/v1/search")
                .queryParam("key", PartnerKeys.generate(new SecureRandom())));
    assertThat(passed.get()).isNull();
    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void otherRoutesAreLeftAlone() {
    MockServerWebExchange exchange =
        run(MockServerHttpRequest.get("/actuator/health").header("X-Partner-Key", "junk"));
    assertThat(passed.get()).isSameAs(exchange);
    assertThat(exchange.getResponse().getHeaders().getVary()).isEmpty();
  }

  @Test
  void keyProblemsCarryACodeAndCorsForTheRequestingOrigin() {
    MockServerWebExchange exchange =
        run(
            MockServerHttpRequest.get("/api/v1/search")
                .header("Origin", "https://anywhere.example")
                .queryParam("key", PartnerKeys.generate(new SecureRandom())));
    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(exchange.getResponse().getHeaders().getAccessControlAllowOrigin())
        .isEqualTo("https://anywhere.example");
    assertThat(exchange.getResponse().getBodyAsString().block())
        .contains("\"code\":\"partner_key_unknown\"");

    exchange =
        run(
            MockServerHttpRequest.get("/api/v1/search")
                .header("Origin", "https://elsewhere.example")
                .queryParam("key", KEY));
    assertThat(passed.get()).isNull();
    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(exchange.getResponse().getHeaders().getAccessControlAllowOrigin())
        .isEqualTo("https://elsewhere.example");
    assertThat(exchange.getResponse().getBodyAsString().block())
        .contains("\"code\":\"origin_not_allowed\"");
  }

  @Test
  void theFrameExplainsABadKeyInAPageAnyOriginMayFrame() {
    MockServerWebExchange exchange =
        run(
            MockServerHttpRequest.get("/embed/v1/frame")
                .queryParam("key", PartnerKeys.generate(new SecureRandom()))
                .queryParam("lang", "en"));
    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            exchange
                .getResponse()
                .getHeaders()
                .getContentType()
                .isCompatibleWith(MediaType.TEXT_HTML))
        .isTrue();
    assertThat(exchange.<Object>getAttribute(SecurityHeaders.FRAME_ANCESTORS))
        .isEqualTo(List.of("*"));
    String html = exchange.getResponse().getBodyAsString().block();
    assertThat(html).contains("data-problem=\"partner_key_unknown\"").contains("snippet");
    assertThat(html.indexOf("lang=\"en\"")).isLessThan(html.indexOf("lang=\"zh-CN\""));
  }

  @Test
  void theFrameOnAPageOfAnotherOriginNamesIt() {
    MockServerWebExchange exchange =
        run(
            MockServerHttpRequest.get("/embed/v1/frame/listing/x-1")
                .header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Dest", "iframe")
                .header("Referer", "https://elsewhere.example/members/")
                .queryParam("key", KEY));
    assertThat(passed.get()).isNull();
    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(exchange.getResponse().getBodyAsString().block())
        .contains("data-problem=\"origin_not_allowed\"")
        .contains("https://elsewhere.example");
  }

  @Test
  void theFrameOnThePartnersPageAndItsOwnNavigationsPass() {
    run(
        MockServerHttpRequest.get("/embed/v1/frame")
            .header("Sec-Fetch-Site", "cross-site")
            .header("Sec-Fetch-Dest", "iframe")
            .header("Referer", "https://chamber.example/")
            .queryParam("key", KEY));
    assertThat(passed.get()).isNotNull();
    passed.set(null);
    run(
        MockServerHttpRequest.get("/embed/v1/frame")
            .header("Sec-Fetch-Site", "same-origin")
            .header("Sec-Fetch-Dest", "iframe")
            .header("Referer", "http://localhost/embed/v1/frame?key=x")
            .queryParam("key", KEY));
    assertThat(passed.get()).isNotNull();
  }

  @Test
  void onlyTheFramesPagesAreFramePaths() {
    assertThat(SecurityHeaders.framePath("/embed/v1/frame")).isTrue();
    assertThat(SecurityHeaders.framePath("/embed/v1/frame/listing/de-berlin-1")).isTrue();
    assertThat(SecurityHeaders.framePath("/embed/v1/frame/listing/")).isFalse();
    assertThat(SecurityHeaders.framePath("/embed/v1/frame/listing/a/b")).isFalse();
    assertThat(SecurityHeaders.framePath("/embed/v1/frame/other")).isFalse();
    assertThat(SecurityHeaders.framePath("/embed/v1/widget.js")).isFalse();
  }
}
