package org.ipnetwork.directory.backend.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.ipnetwork.directory.backend.resilience.CostlySearch;
import org.ipnetwork.directory.backend.resilience.ResilienceProperties;
import org.ipnetwork.directory.index.ListingIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The backend's one way to Elasticsearch on a request path. It owns the async client, the alias the
 * listings are read through, the time budgets and the circuit breaker.
 *
 * <p>A read gets {@code directory.elasticsearch.request-timeout} (1.2 s): a search carries it as
 * its own {@code timeout}, so the node stops working on it, and every read gets it as a deadline
 * here, so no answer waits longer. A write gets {@code directory.resilience.write-timeout} (5 s).
 * Every call goes through one circuit breaker: after a run of timeouts or failures to reach the
 * node it opens, and calls are refused at once, without a connection attempt, until trial calls
 * find the node back; requests that answer one caller together are one call ({@link
 * #searchListingsTogether}). The timeout of a costly search ({@link CostlySearch}: one client's
 * long text) does not count: the node is slow for that search, not away. A deadline leaves the
 * exchange itself running to its end, never aborted ({@link #attempt}). Failures leave as domain
 * errors ({@link ElasticsearchFailures}): an outage or an open breaker is a 503 with Retry-After (a
 * write refused so is never taken as done), a request Elasticsearch refuses is our defect and a
 * 500. Features build only their request bodies.
 */
@Component
public class ElasticsearchGateway {

  private final ElasticsearchAsyncClient client;
  private final Duration budget;
  private final Duration writeBudget;
  private final CircuitBreaker breaker;
  private final String timeout;

  @Autowired
  ElasticsearchGateway(
      ElasticsearchAsyncClient client,
      ElasticsearchProperties properties,
      ResilienceProperties resilience,
      CircuitBreaker elasticsearchBreaker) {
    this(client, properties.requestTimeout(), resilience.writeTimeout(), elasticsearchBreaker);
  }

  /** Reads and writes with the same budget, and a breaker of the default settings. */
  public ElasticsearchGateway(ElasticsearchAsyncClient client, Duration budget) {
    this(client, budget, budget, ResilienceProperties.Breaker.DEFAULTS.newBreaker());
  }

  public ElasticsearchGateway(
      ElasticsearchAsyncClient client,
      Duration budget,
      Duration writeBudget,
      CircuitBreaker breaker) {
    this.client = client;
    this.budget = budget;
    this.writeBudget = writeBudget;
    this.breaker = breaker;
    this.timeout = budget.toMillis() + "ms";
  }

  /** How long any one call may take at most (the longer of the read and the write budget). */
  public Duration budget() {
    return budget.compareTo(writeBudget) >= 0 ? budget : writeBudget;
  }

  /** How long a read may take: one search's budget, also the whole of a request's reads. */
  public Duration readBudget() {
    return budget;
  }

  /** The breaker every call goes through (its state is shown in readiness). */
  public CircuitBreaker breaker() {
    return breaker;
  }

  /** A search of the listings, through their alias. */
  public <T> Mono<SearchResponse<T>> searchListings(
      UnaryOperator<SearchRequest.Builder> request, Class<T> documents) {
    return search(ListingIndex.ALIAS, request, documents);
  }

  /** A search of another index (partners), with the same budget. */
  public <T> Mono<SearchResponse<T>> search(
      String index, UnaryOperator<SearchRequest.Builder> request, Class<T> documents) {
    return throughBreaker(searchAttempt(index, request, documents));
  }

  /**
   * Searches of the listings sent at the same time, as one call through the breaker: their answers
   * in the order asked, or the first failure. One call, because they answer one request, whole or
   * not at all. As calls of their own, each search took two of the half-open breaker's trial
   * permits; when the second was refused, the first was cancelled without a result, so the last
   * permit never brought one, and the breaker stayed half-open, refusing every search, long after
   * the node was back.
   */
  public <T> Mono<List<SearchResponse<T>>> searchListingsTogether(
      List<UnaryOperator<SearchRequest.Builder>> requests, Class<T> documents) {
    List<Mono<SearchResponse<T>>> each =
        requests.stream().map(r -> searchAttempt(ListingIndex.ALIAS, r, documents)).toList();
    return throughBreaker(
        Mono.zip(
            each,
            answers -> {
              List<SearchResponse<T>> out = new ArrayList<>();
              for (Object answer : answers) {
                @SuppressWarnings("unchecked")
                SearchResponse<T> typed = (SearchResponse<T>) answer;
                out.add(typed);
              }
              return out;
            }));
  }

  private <T> Mono<SearchResponse<T>> searchAttempt(
      String index, UnaryOperator<SearchRequest.Builder> request, Class<T> documents) {
    return Mono.defer(
        () -> {
          SearchRequest built =
              request.apply(new SearchRequest.Builder()).index(index).timeout(timeout).build();
          return attempt(c -> c.search(built, documents), budget);
        });
  }

  /** One listing by id, through the alias (a real-time GET). */
  public <T> Mono<GetResponse<T>> getListing(String id, Class<T> document) {
    return call(c -> c.get(g -> g.index(ListingIndex.ALIAS).id(id), document));
  }

  /** Any other read, lazily, with the read budget, the breaker and the failure mapping. */
  public <T> Mono<T> call(Function<ElasticsearchAsyncClient, CompletableFuture<T>> call) {
    return guarded(call, budget);
  }

  /**
   * A write, with the longer write budget. Refused at once (503) while the breaker is open, so the
   * caller knows it was not done; a write that timed out may still land, which callers allow for
   * (ids or versions make a repeat harmless).
   */
  public <T> Mono<T> write(Function<ElasticsearchAsyncClient, CompletableFuture<T>> call) {
    return guarded(call, writeBudget);
  }

  private <T> Mono<T> guarded(
      Function<ElasticsearchAsyncClient, CompletableFuture<T>> call, Duration deadline) {
    return throughBreaker(attempt(call, deadline));
  }

  /** One exchange with its deadline and the failure mapping, outside the breaker. */
  private <T> Mono<T> attempt(
      Function<ElasticsearchAsyncClient, CompletableFuture<T>> call, Duration deadline) {
    // The client's exchange is never cancelled: only a copy of its future is. In the Apache async
    // client under the low-level REST client, a cancellation that races with the lease of a
    // pooled connection can lose the connection for good; a node stall under 25 searches/s lost
    // every one, and the backend answered 503 until it was restarted. The deadline answers the
    // caller, and the exchange ends by itself: the node's answer, the socket timeout, or the lease
    // timeout of a request still waiting for a connection (ElasticsearchClients). A copy, rather
    // than not cancelling, so that a late failure of an abandoned exchange is not logged as a
    // dropped error.
    return Mono.deferContextual(
        context ->
            Mono.fromFuture(() -> call.apply(client).copy())
                .timeout(deadline)
                .onErrorMap(e -> ElasticsearchFailures.map(e, CostlySearch.in(context))));
  }

  private <T> Mono<T> throughBreaker(Mono<T> calls) {
    return calls
        .transformDeferred(CircuitBreakerOperator.of(breaker))
        .onErrorMap(CallNotPermittedException.class, e -> ElasticsearchFailures.breakerOpen());
  }
}
