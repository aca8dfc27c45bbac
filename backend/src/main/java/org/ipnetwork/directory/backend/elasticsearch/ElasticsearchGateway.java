package org.ipnetwork.directory.backend.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.ipnetwork.directory.index.ListingIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The backend's one way to Elasticsearch on a request path. It owns the async client, the alias the
 * listings are read through and the time budget ({@code directory.elasticsearch.request-timeout}):
 * a search carries it as its own {@code timeout}, so the node stops working on it, and every call
 * gets it as a deadline here, so no answer waits longer. Failures leave as domain errors ({@link
 * ElasticsearchFailures}): an outage is a 503 with Retry-After, a request Elasticsearch refuses is
 * our defect and a 500. Features build only their request bodies.
 */
@Component
public class ElasticsearchGateway {

  private final ElasticsearchAsyncClient client;
  private final Duration budget;
  private final String timeout;

  @Autowired
  ElasticsearchGateway(ElasticsearchAsyncClient client, ElasticsearchProperties properties) {
    this(client, properties.requestTimeout());
  }

  public ElasticsearchGateway(ElasticsearchAsyncClient client, Duration budget) {
    this.client = client;
    this.budget = budget;
    this.timeout = budget.toMillis() + "ms";
  }

  /** How long a call may take. */
  public Duration budget() {
    return budget;
  }

  /** A search of the listings, through their alias. */
  public <T> Mono<SearchResponse<T>> searchListings(
      UnaryOperator<SearchRequest.Builder> request, Class<T> documents) {
    return search(ListingIndex.ALIAS, request, documents);
  }

  /** A search of another index (partners), with the same budget. */
  public <T> Mono<SearchResponse<T>> search(
      String index, UnaryOperator<SearchRequest.Builder> request, Class<T> documents) {
    return Mono.defer(
        () -> {
          SearchRequest built =
              request.apply(new SearchRequest.Builder()).index(index).timeout(timeout).build();
          return call(c -> c.search(built, documents));
        });
  }

  /** One listing by id, through the alias (a real-time GET). */
  public <T> Mono<GetResponse<T>> getListing(String id, Class<T> document) {
    return call(c -> c.get(g -> g.index(ListingIndex.ALIAS).id(id), document));
  }

  /** Any other call, lazily, with the deadline and the failure mapping of every call. */
  public <T> Mono<T> call(Function<ElasticsearchAsyncClient, CompletableFuture<T>> call) {
    return Mono.fromFuture(() -> call.apply(client))
        .timeout(budget)
        .onErrorMap(ElasticsearchFailures::map);
  }
}
