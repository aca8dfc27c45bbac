package org.ipnetwork.directory.backend.export;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.listing.Listing;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every listing a query matches, page by page, in a point in time with {@code search_after}: no
 * 10,000-hit window as with from/size, and a stable view while staff and imports write. A page is
 * read only when the one before has been taken (the download's demand), so an export holds about
 * two pages at a time, whatever its length. The point in time is closed when the export ends, fails
 * or is cancelled (the browser went away).
 * https://www.elastic.co/guide/en/elasticsearch/reference/8.19/paginate-search-results.html#search-after
 */
final class ListingPages {

  /** One page: its listings and where the next one starts ({@code null} after the last). */
  record Page(List<Listing> listings, String pit, List<FieldValue> after) {}

  private final ElasticsearchGateway elasticsearch;
  private final String index;
  private final int pageSize;
  private final String keepAlive;
  private final AtomicLong roundTrips = new AtomicLong();

  ListingPages(ElasticsearchGateway elasticsearch, String index, int pageSize, Duration keepAlive) {
    this.elasticsearch = elasticsearch;
    this.index = index;
    this.pageSize = pageSize;
    this.keepAlive = keepAlive.toSeconds() + "s";
  }

  int pageSize() {
    return pageSize;
  }

  /** Searches sent so far (pages read), for the export's metrics and its tests. */
  long roundTrips() {
    return roundTrips.get();
  }

  /** The pages of the listings {@code query} matches; the first even when it is empty. */
  Flux<Page> pages(Query query) {
    // Elasticsearch may renew the id with any page: the latest one is searched and closed.
    return Flux.usingWhen(
        elasticsearch
            .call(c -> c.openPointInTime(p -> p.index(index).keepAlive(k -> k.time(keepAlive))))
            .map(opened -> new AtomicReference<>(opened.id())),
        pit ->
            page(query, pit.get(), null)
                .expand(
                    last ->
                        last.after() == null ? Mono.empty() : page(query, last.pit(), last.after()))
                .doOnNext(page -> pit.set(page.pit())),
        pit -> close(pit.get()),
        (pit, error) -> close(pit.get()),
        pit -> close(pit.get()));
  }

  /** How many listings {@code query} matches, exactly. */
  Mono<Long> count(Query query) {
    return elasticsearch
        .searchListings(
            s -> s.size(0).query(query).trackTotalHits(t -> t.enabled(true)), Void.class)
        .map(r -> r.hits().total() == null ? 0L : r.hits().total().value());
  }

  /** The search of one page (pinned as JSON by the golden test). */
  SearchRequest request(Query query, String pit, List<FieldValue> after) {
    SearchRequest.Builder s =
        new SearchRequest.Builder()
            .pit(p -> p.id(pit).keepAlive(k -> k.time(keepAlive)))
            .query(query)
            .size(pageSize)
            // _shard_doc: the cheapest total order inside a point in time.
            .sort(o -> o.field(f -> f.field("_shard_doc")))
            .trackTotalHits(t -> t.enabled(false));
    if (after != null) {
      s.searchAfter(after);
    }
    return s.build();
  }

  private Mono<Page> page(Query query, String pit, List<FieldValue> after) {
    SearchRequest request = request(query, pit, after);
    return elasticsearch
        .call(c -> c.search(request, Listing.class))
        .doOnSubscribe(s -> roundTrips.incrementAndGet())
        .map(response -> page(response, pit));
  }

  private Page page(SearchResponse<Listing> response, String pit) {
    List<Hit<Listing>> hits = response.hits().hits();
    List<Listing> listings = hits.stream().map(Hit::source).toList();
    List<FieldValue> after = hits.size() < pageSize ? null : hits.get(hits.size() - 1).sort();
    return new Page(listings, response.pitId() != null ? response.pitId() : pit, after);
  }

  private Mono<Void> close(String pit) {
    return elasticsearch.call(c -> c.closePointInTime(p -> p.id(pit))).onErrorComplete().then();
  }
}
