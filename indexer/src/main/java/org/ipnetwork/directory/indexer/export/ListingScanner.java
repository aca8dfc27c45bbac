package org.ipnetwork.directory.indexer.export;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;

/**
 * Reads every matching listing in a point-in-time, page by page with {@code search_after}: unlike
 * from/size it has no 10 000-hit window, and the PIT keeps the view stable while writes go on.
 * https://www.elastic.co/guide/en/elasticsearch/reference/8.19/paginate-search-results.html
 */
final class ListingScanner {

  /** Export filters; empty lists and {@code null} mean "any". */
  record Filter(List<String> countries, List<String> kinds, Instant updatedSince) {}

  private static final int PAGE = 1000;
  private static final String KEEP_ALIVE = "2m";

  private final ElasticsearchClient client;

  ListingScanner(ElasticsearchClient client) {
    this.client = client;
  }

  long scan(Filter filter, Consumer<Listing> sink) throws IOException {
    String pit =
        client
            .openPointInTime(p -> p.index(ListingIndex.ALIAS).keepAlive(k -> k.time(KEEP_ALIVE)))
            .id();
    long seen = 0;
    try {
      List<FieldValue> after = null;
      while (true) {
        List<FieldValue> from = after;
        SearchResponse<Listing> page =
            client.search(
                s -> {
                  s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE)))
                      .size(PAGE)
                      .query(query(filter))
                      .sort(o -> o.field(f -> f.field("_shard_doc")))
                      .trackTotalHits(t -> t.enabled(false));
                  if (from != null) {
                    s.searchAfter(from);
                  }
                  return s;
                },
                Listing.class);
        List<Hit<Listing>> hits = page.hits().hits();
        for (Hit<Listing> hit : hits) {
          sink.accept(hit.source());
          seen++;
        }
        if (hits.size() < PAGE) {
          return seen;
        }
        after = hits.get(hits.size() - 1).sort();
      }
    } finally {
      client.closePointInTime(c -> c.id(pit));
    }
  }

  static Query query(Filter filter) {
    List<Query> must = new ArrayList<>();
    if (!filter.countries().isEmpty()) {
      must.add(terms("location.country", filter.countries()));
    }
    if (!filter.kinds().isEmpty()) {
      must.add(terms("kind", filter.kinds()));
    }
    if (filter.updatedSince() != null) {
      must.add(
          Query.of(
              q ->
                  q.range(
                      r ->
                          r.date(
                              d -> d.field("updatedAt").gte(filter.updatedSince().toString())))));
    }
    return Query.of(q -> q.bool(b -> b.filter(must)));
  }

  private static Query terms(String field, List<String> values) {
    List<FieldValue> v = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(tt -> tt.value(v))));
  }
}
