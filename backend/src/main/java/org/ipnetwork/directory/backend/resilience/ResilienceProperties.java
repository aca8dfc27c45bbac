package org.ipnetwork.directory.backend.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.ipnetwork.directory.backend.web.ServiceUnavailableException;
import org.ipnetwork.directory.backend.web.SlowSearchException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the backend fails fast and bounds its work when Elasticsearch is slow, stalled or busy. The
 * time budget of a public read is {@code directory.elasticsearch.request-timeout}; this holds the
 * rest.
 *
 * @param writeTimeout longest a write through the gateway (a correction report, partner usage) may
 *     take: longer than a read, since giving up does not undo a write that lands
 * @param healthTimeout longest the readiness check waits for the cluster before reporting DOWN
 * @param breaker the circuit breaker around the gateway's calls
 * @param searches the limits of concurrent searches and of the text a search sends
 */
@Validated
@ConfigurationProperties("directory.resilience")
public record ResilienceProperties(
    @DefaultValue("5s") @NotNull Duration writeTimeout,
    @DefaultValue("500ms") @NotNull Duration healthTimeout,
    @Valid @DefaultValue Breaker breaker,
    @Valid @DefaultValue Searches searches) {

  /**
   * The circuit breaker: open after {@code failureRate} % of the last {@code window} calls (at
   * least {@code minimumCalls} of them) timed out or found no node (5xx, 429, no connection; never
   * a refused input); while open every call is refused at once; after {@code openFor} it lets
   * {@code halfOpenCalls} calls through, and closes again when they succeed.
   *
   * @param failureRate percentage of failed calls that opens the breaker
   * @param window number of recent calls the rate is taken over
   * @param minimumCalls calls needed in the window before the rate counts
   * @param openFor how long an open breaker refuses every call before trying again
   * @param halfOpenCalls trial calls let through after {@code openFor}
   */
  public record Breaker(
      @DefaultValue("50") @Min(1) @Max(100) int failureRate,
      @DefaultValue("20") @Min(1) int window,
      @DefaultValue("10") @Min(1) int minimumCalls,
      @DefaultValue("5s") @NotNull Duration openFor,
      @DefaultValue("3") @Min(1) int halfOpenCalls) {

    /** The breaker for the defaults when nothing is configured (tests of the gateway alone). */
    public static final Breaker DEFAULTS = new Breaker(50, 20, 10, Duration.ofSeconds(5), 3);

    /**
     * A breaker of these settings. Only what the gateway maps to 503 counts as a failure (timeouts,
     * no connection, 5xx, 429, a missing index): a search refused for its values, or a request
     * refused as our defect, is the answer of a working node and counts as a success.
     */
    public CircuitBreaker newBreaker() {
      CircuitBreakerConfig config =
          CircuitBreakerConfig.custom()
              .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
              .slidingWindowSize(window)
              .minimumNumberOfCalls(minimumCalls)
              .failureRateThreshold(failureRate)
              .waitDurationInOpenState(openFor)
              .permittedNumberOfCallsInHalfOpenState(halfOpenCalls)
              .recordException(e -> e instanceof ServiceUnavailableException)
              // The timeout of one client's long text says the search was costly, not that the
              // node is away: neither a failure nor a success.
              .ignoreException(e -> e instanceof SlowSearchException)
              .build();
      return CircuitBreaker.of("elasticsearch", config);
    }
  }

  /**
   * Bounds on searches (search, facet values, map, the frame's page).
   *
   * @param perClient searches of one client (IPv4 address, IPv6 /64) in flight at once; more are
   *     answered 429 instead of queueing
   * @param total searches of all clients in flight at once; more are answered 503
   * @param maxTextTerms words (a CJK character counts as one) of {@code q} sent to Elasticsearch;
   *     the rest of a long text is left out of the text query (query understanding still reads it
   *     all)
   * @param costlyTerms a search whose {@code q} costs more terms than this is costly (a word of
   *     five or more Latin letters counts three: it is also searched with typos and as pinyin):
   *     each term is looked up in every text field, so such a search costs several ordinary ones
   * @param costlyTotal costly searches of all clients in flight at once; more are answered 503, so
   *     that a few clients sending long texts cannot fill the node's search threads
   */
  public record Searches(
      @DefaultValue("6") @Min(1) int perClient,
      @DefaultValue("48") @Min(1) int total,
      @DefaultValue("32") @Min(1) int maxTextTerms,
      @DefaultValue("24") @Min(1) int costlyTerms,
      @DefaultValue("2") @Min(1) int costlyTotal) {}
}
