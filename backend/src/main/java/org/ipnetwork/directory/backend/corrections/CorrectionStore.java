package org.ipnetwork.directory.backend.corrections;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.Queries;
import org.ipnetwork.directory.elasticsearch.ElasticsearchStatus;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.stereotype.Component;

/**
 * The reports in {@code corrections} as the staff read and change them, through the blocking client
 * (called off the event loop). Changes are compare-and-set writes on the version read, so that of
 * two members handling one report at once exactly one succeeds.
 */
@Component
class CorrectionStore {

  /** A stored report with the version it was read at. */
  record Stored(String id, Correction report, long seqNo, long primaryTerm) {}

  /** One page of the queue and the number of reports in each state (inside the scope). */
  record Page(List<Stored> hits, long total, Map<String, Long> counts) {}

  private static final String ALIAS = CorrectionIndexes.INDEX.alias();

  private final ElasticsearchClient client;

  CorrectionStore(ElasticsearchClient client) {
    this.client = client;
  }

  /** The reports in {@code state} inside {@code scope}, newest first. */
  Page list(Scope scope, Correction.State state, int from, int size) throws IOException {
    List<Query> inside = scopeFilters(scope);
    SearchResponse<Correction> r =
        client.search(
            s ->
                s.index(ALIAS)
                    .query(q -> q.bool(b -> b.filter(inside)))
                    // The counts per state ignore the state chosen: they label the filter.
                    .postFilter(q -> q.term(t -> t.field("state").value(state.code())))
                    .aggregations(
                        "state",
                        a -> a.terms(t -> t.field("state").size(Correction.State.values().length)))
                    .sort(o -> o.field(f -> f.field("received").order(SortOrder.Desc)))
                    .from(from)
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true)),
            Correction.class);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Correction.State s : Correction.State.values()) {
      counts.put(s.code(), 0L);
    }
    for (StringTermsBucket b : r.aggregations().get("state").sterms().buckets().array()) {
      counts.put(b.key().stringValue(), b.docCount());
    }
    List<Stored> hits = new ArrayList<>();
    r.hits().hits().forEach(h -> hits.add(new Stored(h.id(), h.source(), -1, -1)));
    long total = r.hits().total() == null ? hits.size() : r.hits().total().value();
    return new Page(hits, total, counts);
  }

  Optional<Stored> find(String id) throws IOException {
    GetResponse<Correction> r = client.get(g -> g.index(ALIAS).id(id), Correction.class);
    if (!r.found() || r.source() == null) {
      return Optional.empty();
    }
    return Optional.of(new Stored(r.id(), r.source(), r.seqNo(), r.primaryTerm()));
  }

  /**
   * Replaces the report if it is still at the version {@code read} was read at.
   *
   * @return {@code false} when it changed meanwhile (nothing is written)
   */
  boolean replace(Stored read, Correction changed) throws IOException {
    try {
      client.index(
          i ->
              i.index(ALIAS)
                  .id(read.id())
                  .ifSeqNo(read.seqNo())
                  .ifPrimaryTerm(read.primaryTerm())
                  .refresh(Refresh.WaitFor)
                  .document(changed));
      return true;
    } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException | IOException e) {
      if (ElasticsearchStatus.find(e) == 409) {
        return false;
      }
      throw e;
    }
  }

  /** The listing as published now, in any status; empty when it is gone. */
  Optional<Listing> listing(String id) throws IOException {
    GetResponse<Listing> r = client.get(g -> g.index(ListingIndex.ALIAS).id(id), Listing.class);
    return r.found() ? Optional.ofNullable(r.source()) : Optional.empty();
  }

  /** Whether a report lies inside the scope, by the listing's codes when it was reported. */
  static boolean inside(Scope scope, Correction report) {
    Map<String, List<String>> facets =
        report.listing() == null || report.listing().facets() == null
            ? Map.of()
            : report.listing().facets();
    for (Map.Entry<Facet, Set<String>> e : scope.fixed().entrySet()) {
      List<String> codes = facets.getOrDefault(e.getKey().parameter(), List.of());
      if (codes.stream().noneMatch(e.getValue()::contains)) {
        return false;
      }
    }
    return true;
  }

  /** The same rule as {@link #inside}, as query filters (one terms filter per scoped facet). */
  private static List<Query> scopeFilters(Scope scope) {
    List<Query> out = new ArrayList<>();
    scope
        .fixed()
        .forEach(
            (facet, codes) -> out.add(Queries.terms("listing.facets." + facet.parameter(), codes)));
    return out;
  }
}
