package org.ipnetwork.directory.backend.resilience;

import java.util.Optional;
import org.ipnetwork.directory.backend.ratelimit.ClientAddress;
import org.ipnetwork.directory.backend.ratelimit.RateLimitProperties;
import org.ipnetwork.directory.backend.search.TextTerms;
import org.ipnetwork.directory.backend.web.ProblemResponses;
import org.ipnetwork.directory.backend.web.ProblemTypes;
import org.ipnetwork.directory.backend.web.SecurityHeaders;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Concurrent searches ({@link SearchSlots}) on the routes that search the listings: {@code
 * /api/v1/search}, the InstantSearch routes, {@code /api/v1/facets/…/values}, {@code /api/v1/map}
 * and the frame's search page (and, through {@link #slotForPage}, the public page's first answer).
 * The rate limit counts requests; this bounds how many of them one client can have Elasticsearch
 * work on at once, and how many long texts (more than {@code costly-terms} terms, each several
 * times an ordinary search) all clients together. A client over its share is answered 429, a full
 * backend or a long text over the costly share 503, all with {@code Retry-After: 1}, at once: a
 * queue would only hold the connection while others' searches wait behind it. The client key is the
 * rate limiter's ({@link ClientAddress}: an IPv4 address, an IPv6 /64). Runs after the partner
 * filter, so a refused key or an exhausted rate limit takes no slot.
 */
@Component
public class SearchBulkhead implements WebFilter, Ordered {

  /** After the partner filter (-50), before the handlers. */
  static final int ORDER = -40;

  static final String RETRY_AFTER_SECONDS = "1";

  private final SearchSlots slots;
  private final int costlyTerms;
  private final RateLimitProperties rateLimit;
  private final ProblemResponses problems;

  SearchBulkhead(ResilienceProperties properties, RateLimitProperties rateLimit, JsonMapper json) {
    ResilienceProperties.Searches searches = properties.searches();
    this.slots = new SearchSlots(searches.perClient(), searches.total(), searches.costlyTotal());
    this.costlyTerms = searches.costlyTerms();
    this.rateLimit = rateLimit;
    this.problems = new ProblemResponses(json);
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!searchRoute(exchange.getRequest().getPath().pathWithinApplication().value())) {
      return chain.filter(exchange);
    }
    String client = ClientAddress.of(exchange.getRequest(), rateLimit.trustForwardedFor());
    return Mono.defer(
        () -> {
          boolean costly = costly(exchange);
          SearchSlots.Slot slot = slots.take(client, costly);
          if (slot.refusal() != null) {
            return refuse(exchange, slot.refusal());
          }
          Mono<Void> search = chain.filter(exchange).doFinally(s -> slot.release());
          return costly ? search.contextWrite(CostlySearch::mark) : search;
        });
  }

  /** A long text ({@link TextTerms#cost}); on the raw parameter, before it is validated. */
  private boolean costly(ServerWebExchange exchange) {
    return TextTerms.cost(exchange.getRequest().getQueryParams().getFirst("q")) > costlyTerms;
  }

  /**
   * A slot for a search that a page runs while it is written (the public page's first answer),
   * taken like a search route's; empty when this client or the backend has no slot free, and the
   * page then goes out without the answer rather than with a refusal. Run the action to free it.
   */
  public Optional<Runnable> slotForPage(ServerHttpRequest request, String q) {
    String client = ClientAddress.of(request, rateLimit.trustForwardedFor());
    SearchSlots.Slot slot = slots.take(client, TextTerms.cost(q) > costlyTerms);
    return slot.refusal() != null ? Optional.empty() : Optional.of(slot::release);
  }

  static boolean searchRoute(String path) {
    return path.equals("/api/v1/search")
        || path.startsWith("/api/v1/instantsearch/")
        || path.equals("/api/v1/map")
        || (path.startsWith("/api/v1/facets/") && path.endsWith("/values"))
        || path.equals(SecurityHeaders.FRAME_PATH);
  }

  private Mono<Void> refuse(ServerWebExchange exchange, SearchSlots.Refusal refusal) {
    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    return switch (refusal) {
      case CLIENT ->
          problems.write(
              exchange,
              HttpStatus.TOO_MANY_REQUESTS,
              ProblemTypes.RATE_LIMITED,
              "Too many searches at once",
              "Your address has too many searches in progress; wait for one to finish.",
              "concurrent_searches");
      case TOTAL ->
          problems.write(
              exchange,
              HttpStatus.SERVICE_UNAVAILABLE,
              ProblemTypes.SEARCH_UNAVAILABLE,
              "Search temporarily unavailable",
              "The directory is answering as many searches as it can; try again in a moment.",
              "busy");
      case COSTLY ->
          problems.write(
              exchange,
              HttpStatus.SERVICE_UNAVAILABLE,
              ProblemTypes.SEARCH_UNAVAILABLE,
              "Search temporarily unavailable",
              "As many long searches as the directory takes are in progress; try again in a"
                  + " moment, or with fewer words.",
              "busy_long_searches");
    };
  }
}
