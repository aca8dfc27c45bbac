package org.ipnetwork.directory.backend.partner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/**
 * CORS answers for partner pages. Only an origin a partner allows is ever echoed; there is no
 * {@code *} and no credentials (the API uses no cookies). Preflights are answered here and never
 * reach a handler.
 */
final class Cors {

  static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.HEAD);

  /** Request headers a partner page may send (lowercase, as browsers list them in preflights). */
  static final Set<String> HEADERS =
      Set.of(PartnerFilter.KEY_HEADER.toLowerCase(Locale.ROOT), "accept", "accept-language");

  /** Preflight answers may be reused by the browser for this many seconds. */
  static final long MAX_AGE_SECONDS = 600;

  private Cors() {}

  /** Every answer of the partner routes depends on the Origin header. */
  static void vary(ServerHttpResponse response) {
    List<String> vary = response.getHeaders().getVary();
    if (!vary.contains(HttpHeaders.ORIGIN)) {
      response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }
  }

  /** Lets the page at {@code origin} read this answer (including a 429's Retry-After). */
  static void allow(ServerHttpResponse response, String origin) {
    HttpHeaders h = response.getHeaders();
    h.setAccessControlAllowOrigin(origin);
    h.setAccessControlExposeHeaders(List.of(HttpHeaders.RETRY_AFTER));
  }

  /**
   * The InstantSearch routes also take POST (their multi-query) and the headers Algolia's clients
   * may send: the key and application id, {@code content-type} (JSON) and the language.
   */
  static final List<HttpMethod> INSTANTSEARCH_METHODS =
      List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST);

  static final Set<String> INSTANTSEARCH_HEADERS =
      Set.of(
          PartnerFilter.KEY_HEADER.toLowerCase(Locale.ROOT),
          "accept",
          "accept-language",
          "content-type",
          PartnerFilter.ALGOLIA_KEY,
          "x-algolia-application-id",
          "x-directory-lang");

  static final String INSTANTSEARCH_PATH = "/api/v1/instantsearch/";

  static boolean instantSearchPath(String path) {
    return path.startsWith(INSTANTSEARCH_PATH);
  }

  /** Whether the preflight asks only for what partner pages may do. */
  static boolean acceptable(ServerHttpRequest preflight) {
    boolean instantSearch = instantSearchPath(preflight.getPath().pathWithinApplication().value());
    HttpMethod method = preflight.getHeaders().getAccessControlRequestMethod();
    if (method == null || !(instantSearch ? INSTANTSEARCH_METHODS : METHODS).contains(method)) {
      return false;
    }
    Set<String> allowed = instantSearch ? INSTANTSEARCH_HEADERS : HEADERS;
    return preflight.getHeaders().getAccessControlRequestHeaders().stream()
        .map(h -> h.trim().toLowerCase(Locale.ROOT))
        .allMatch(allowed::contains);
  }

  /** The preflight answer for an allowed origin: 204 with what may follow. */
  static Mono<Void> preflight(ServerHttpRequest request, ServerHttpResponse response) {
    String origin = request.getHeaders().getOrigin();
    allow(response, origin);
    HttpHeaders h = response.getHeaders();
    h.setAccessControlAllowMethods(
        instantSearchPath(request.getPath().pathWithinApplication().value())
            ? INSTANTSEARCH_METHODS
            : METHODS);
    List<String> requested = request.getHeaders().getAccessControlRequestHeaders();
    if (!requested.isEmpty()) {
      h.setAccessControlAllowHeaders(requested);
    }
    h.setAccessControlMaxAge(MAX_AGE_SECONDS);
    h.add(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    h.add(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
    response.setStatusCode(HttpStatus.NO_CONTENT);
    return response.setComplete();
  }
}
