package org.ipnetwork.directory.backend.partner;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.ipnetwork.directory.backend.context.Caller;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.page.KeyProblemPage;
import org.ipnetwork.directory.backend.ratelimit.ClientAddress;
import org.ipnetwork.directory.backend.ratelimit.RateLimitProperties;
import org.ipnetwork.directory.backend.ratelimit.RateLimiter;
import org.ipnetwork.directory.backend.web.InternalErrorException;
import org.ipnetwork.directory.backend.web.ProblemResponses;
import org.ipnetwork.directory.backend.web.ProblemTypes;
import org.ipnetwork.directory.backend.web.SecurityHeaders;
import org.ipnetwork.directory.backend.web.ServiceUnavailableException;
import org.ipnetwork.directory.partner.Origins;
import org.ipnetwork.directory.partner.Partner;
import org.ipnetwork.directory.partner.PartnerKeys;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partner keys, CORS and rate limits of the public routes ({@code /api/v1/**}, {@code
 * /embed/v1/**}). In order: the client address's limit; without a key the request goes on as the
 * anonymous (same-origin) site, with no CORS headers; with a key the partner is looked up (unknown
 * or revoked → 401, disabled → 403), a browser {@code Origin} must be one the partner allows (else
 * 403; on the frame's pages, which browsers open without {@code Origin}, the embedding page's
 * origin is read by {@link FrameEmbedder}), the partner's own limit is taken (429), and the
 * partner's {@link Scope} is built, once per request, and put on the exchange for every endpoint to
 * enforce. The three key problems carry a {@code code} and CORS for the requesting origin so that
 * the widget can explain them; on the frame's pages they are an HTML page ({@link KeyProblemPage}).
 * A stored scope that cannot be read (a facet this server does not know) fails closed: 500, never
 * an unscoped answer.
 *
 * <p>Runs after Spring Security (whose header writer thus also covers the answers written here).
 */
@Component
class PartnerFilter implements WebFilter, Ordered {

  private static final Logger log = LoggerFactory.getLogger(PartnerFilter.class);

  static final String KEY_HEADER = "X-Partner-Key";
  static final String KEY_PARAMETER = "key";

  /** The key header and query parameter of Algolia's clients, on the InstantSearch routes. */
  static final String ALGOLIA_KEY = "x-algolia-api-key";

  /** After Spring Security's chain (-100), before the handlers. */
  static final int ORDER = -50;

  private final PartnerLookup lookup;
  private final RateLimiter limiter;
  private final UsageCounter usage;
  private final RateLimitProperties properties;
  private final Taxonomies taxonomies;
  private final ProblemResponses problems;
  private final KeyProblemPage keyProblemPage;

  PartnerFilter(
      KeyProblemPage keyProblemPage,
      PartnerLookup lookup,
      RateLimiter limiter,
      UsageCounter usage,
      RateLimitProperties properties,
      Taxonomies taxonomies,
      JsonMapper json) {
    this.lookup = lookup;
    this.limiter = limiter;
    this.usage = usage;
    this.properties = properties;
    this.taxonomies = taxonomies;
    this.problems = new ProblemResponses(json);
    this.keyProblemPage = keyProblemPage;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (!publicRoute(request.getPath().pathWithinApplication().value())) {
      return chain.filter(exchange);
    }
    Cors.vary(exchange.getResponse());
    String key = key(request);
    String address = ClientAddress.of(request, properties.trustForwardedFor());
    RateLimiter.Decision byAddress =
        key == null ? limiter.anonymous(address) : limiter.partnerTraffic(address);
    if (!byAddress.allowed()) {
      return tooManyRequests(exchange, byAddress, "Too many requests from your address.");
    }
    boolean preflight = CorsUtils.isPreFlightRequest(request);
    if (key == null) {
      return preflight ? preflightWithoutKey(exchange) : chain.filter(exchange);
    }
    if (!PartnerKeys.wellFormed(key)) {
      return unknownKey(exchange);
    }
    return lookup
        .byKey(key)
        .onErrorResume(
            ServiceUnavailableException.class,
            e -> unavailable(exchange).then(Mono.<Optional<Partner>>empty()))
        .onErrorResume(
            InternalErrorException.class,
            e -> internal(exchange, e).then(Mono.<Optional<Partner>>empty()))
        .flatMap(
            found ->
                found.isEmpty()
                    ? unknownKey(exchange)
                    : withPartner(exchange, chain, found.get(), preflight));
  }

  private Mono<Void> withPartner(
      ServerWebExchange exchange, WebFilterChain chain, Partner partner, boolean preflight) {
    if (!partner.enabled()) {
      return keyProblem(
          exchange,
          KeyProblemPage.Problem.PARTNER_DISABLED,
          ProblemTypes.FORBIDDEN,
          "Partner disabled",
          "This partner key is disabled; please contact the directory.");
    }
    String origin = exchange.getRequest().getHeaders().getOrigin();
    if (origin != null) {
      Optional<String> normalized = Origins.parse(origin);
      if (normalized.isEmpty() || !partner.allowedOrigins().contains(normalized.get())) {
        return keyProblem(
            exchange,
            KeyProblemPage.Problem.ORIGIN_NOT_ALLOWED,
            ProblemTypes.FORBIDDEN,
            "Origin not allowed",
            "Pages from " + origin + " may not use the directory with this key.");
      }
      Cors.allow(exchange.getResponse(), origin);
    } else if (framePath(exchange)) {
      Optional<String> embedding = FrameEmbedder.origin(exchange.getRequest());
      if (embedding.isPresent() && !partner.allowedOrigins().contains(embedding.get())) {
        return keyProblemPage.write(
            exchange, KeyProblemPage.Problem.ORIGIN_NOT_ALLOWED, embedding.get());
      }
    }
    if (preflight) {
      return Cors.acceptable(exchange.getRequest())
          ? Cors.preflight(exchange.getRequest(), exchange.getResponse())
          : preflightRefused(exchange);
    }
    RateLimiter.Decision decision = limiter.partner(partner);
    if (!decision.allowed()) {
      usage.rejected(partner.id());
      return tooManyRequests(exchange, decision, "This partner's request limit is used up.");
    }
    Scope scope;
    try {
      scope = Scope.fromStored(partner.scope(), taxonomies);
    } catch (IllegalArgumentException e) {
      return internal(
          exchange,
          new InternalErrorException("Partner " + partner.id() + ": " + e.getMessage(), e));
    }
    usage.served(partner.id());
    exchange.getAttributes().put(Scope.ATTRIBUTE, scope);
    exchange.getAttributes().put(Caller.ATTRIBUTE, new Caller(partner.id()));
    exchange
        .getAttributes()
        .put(SecurityHeaders.FRAME_ANCESTORS, new LinkedHashSet<>(partner.allowedOrigins()));
    return chain.filter(exchange);
  }

  /**
   * Browsers send preflights without the key header, so an origin is let through when some enabled
   * partner allows it; the real request is then checked against its own key.
   */
  private Mono<Void> preflightWithoutKey(ServerWebExchange exchange) {
    Optional<String> origin = Origins.parse(exchange.getRequest().getHeaders().getOrigin());
    if (origin.isEmpty() || !Cors.acceptable(exchange.getRequest())) {
      return preflightRefused(exchange);
    }
    return lookup
        .originInUse(origin.get())
        .onErrorResume(
            ServiceUnavailableException.class, e -> unavailable(exchange).then(Mono.empty()))
        .onErrorResume(InternalErrorException.class, e -> internal(exchange, e).then(Mono.empty()))
        .flatMap(
            inUse ->
                inUse
                    ? Cors.preflight(exchange.getRequest(), exchange.getResponse())
                    : originNotAllowed(exchange));
  }

  /** The staff workplace's API is not public: no partner key, CORS or scope of a partner there. */
  static boolean publicRoute(String path) {
    if (path.equals("/api/v1/admin") || path.startsWith("/api/v1/admin/")) {
      return false;
    }
    return path.equals("/api/v1")
        || path.startsWith("/api/v1/")
        || path.equals("/embed/v1")
        || path.startsWith("/embed/v1/");
  }

  /**
   * The header wins over the query parameter; blank counts as absent. On the InstantSearch routes
   * the key may also come the way Algolia's clients send theirs, as {@code x-algolia-api-key}
   * (header, or query parameter as algoliasearch's browser builds do); the application id they send
   * with it is ignored.
   */
  static String key(ServerHttpRequest request) {
    boolean algolia = Cors.instantSearchPath(request.getPath().pathWithinApplication().value());
    String header = first(request.getHeaders().getFirst(KEY_HEADER));
    if (header == null && algolia) {
      header = first(request.getHeaders().getFirst(ALGOLIA_KEY));
    }
    if (header != null) {
      return header;
    }
    String parameter = first(request.getQueryParams().getFirst(KEY_PARAMETER));
    if (parameter == null && algolia) {
      parameter = first(request.getQueryParams().getFirst(ALGOLIA_KEY));
    }
    return parameter;
  }

  private static String first(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private Mono<Void> unknownKey(ServerWebExchange exchange) {
    return keyProblem(
        exchange,
        KeyProblemPage.Problem.KEY_UNKNOWN,
        ProblemTypes.UNAUTHORIZED,
        "Unknown partner key",
        "The partner key is not known or has been revoked.");
  }

  /**
   * A key that cannot be used here, said so that the embedding page can tell its webmaster: the
   * frame gets an HTML page any origin may frame; the API a problem with a {@code code} member and
   * {@code Access-Control-Allow-Origin} for the requesting origin, so that the widget can read it.
   * Only these error answers get that header for any origin: they reveal nothing but the problem.
   */
  private Mono<Void> keyProblem(
      ServerWebExchange exchange,
      KeyProblemPage.Problem problem,
      URI type,
      String title,
      String detail) {
    String origin = exchange.getRequest().getHeaders().getOrigin();
    if (framePath(exchange) && !CorsUtils.isPreFlightRequest(exchange.getRequest())) {
      return keyProblemPage.write(
          exchange,
          problem,
          origin != null ? origin : FrameEmbedder.origin(exchange.getRequest()).orElse(null));
    }
    // A refused preflight stays unreadable, as before: only the real request's refusal is read.
    if (origin != null
        && Origins.parse(origin).isPresent()
        && !CorsUtils.isPreFlightRequest(exchange.getRequest())) {
      Cors.allow(exchange.getResponse(), origin);
    } else {
      exchange.getResponse().getHeaders().remove(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
    return problems.write(exchange, problem.status(), type, title, detail, problem.code());
  }

  /** The no-JS frame and its pages, which answer key problems in HTML. */
  static boolean framePath(ServerWebExchange exchange) {
    return SecurityHeaders.framePath(
        exchange.getRequest().getPath().pathWithinApplication().value());
  }

  private Mono<Void> originNotAllowed(ServerWebExchange exchange) {
    exchange.getResponse().getHeaders().remove(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    return problems.write(
        exchange,
        HttpStatus.FORBIDDEN,
        ProblemTypes.FORBIDDEN,
        "Origin not allowed",
        "Pages from this origin may not use the directory with this key.",
        KeyProblemPage.Problem.ORIGIN_NOT_ALLOWED.code());
  }

  private Mono<Void> preflightRefused(ServerWebExchange exchange) {
    exchange.getResponse().getHeaders().remove(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    return problems.write(
        exchange,
        HttpStatus.FORBIDDEN,
        ProblemTypes.FORBIDDEN,
        "Cross-origin request not allowed",
        "Only GET and HEAD with the partner key header may be sent from partner pages"
            + " (and POST to the InstantSearch routes).");
  }

  private Mono<Void> tooManyRequests(
      ServerWebExchange exchange, RateLimiter.Decision decision, String detail) {
    exchange
        .getResponse()
        .getHeaders()
        .set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
    return problems.write(
        exchange,
        HttpStatus.TOO_MANY_REQUESTS,
        ProblemTypes.RATE_LIMITED,
        "Too many requests",
        detail);
  }

  private Mono<Void> internal(ServerWebExchange exchange, InternalErrorException e) {
    log.error("Partner request refused: {}", e.getMessage(), e.getCause());
    return problems.write(
        exchange,
        HttpStatus.INTERNAL_SERVER_ERROR,
        ProblemTypes.INTERNAL,
        "Internal error",
        "Something went wrong on our side.");
  }

  private Mono<Void> unavailable(ServerWebExchange exchange) {
    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
    return problems.write(
        exchange,
        HttpStatus.SERVICE_UNAVAILABLE,
        ProblemTypes.SEARCH_UNAVAILABLE,
        "Search temporarily unavailable",
        "Partner keys cannot be checked right now.");
  }
}
