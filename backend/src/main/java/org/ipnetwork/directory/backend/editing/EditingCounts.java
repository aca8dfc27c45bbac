package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.editing.EditingSearch.Bucket;
import org.ipnetwork.directory.backend.editing.EditingSearch.Criteria;
import org.ipnetwork.directory.backend.elasticsearch.Queries;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.Status;

/**
 * The staff search's selections and counts. The selections (facets and status) filter the hits
 * through {@code post_filter}; each facet, and the status, is counted by a filter aggregation that
 * holds every other selection (disjunctive counts, as in the public search), and every count is of
 * listings: a {@code cardinality} of the id under each bucket, since a listing's published copy and
 * draft may both fall into it.
 */
final class EditingCounts {

  static final String STATUS = "status";

  /**
   * Below this many distinct ids the cardinality counts are exact for practical purposes (linear
   * counting); the maximum Elasticsearch takes.
   */
  private static final int EXACT_UP_TO = 40_000;

  private static final String LISTINGS = "listings";
  private static final String VALUES = "values";
  private static final String TOTAL = "total";

  private EditingCounts() {}

  /**
   * The selections, but those of {@code except}'s hierarchy, or the status when {@code
   * exceptStatus}.
   */
  static List<Query> selections(Criteria criteria, Facet except, boolean exceptStatus) {
    List<Query> out = new ArrayList<>();
    criteria
        .facets()
        .forEach(
            (facet, codes) -> {
              if (except == null || facet.root() != except.root()) {
                out.add(Queries.terms(facet.field(), codes));
              }
            });
    if (!exceptStatus && !criteria.statuses().isEmpty()) {
      out.add(Queries.terms(STATUS, criteria.statuses().stream().map(Status::code).toList()));
    }
    return out;
  }

  static Query all(List<Query> filters) {
    return filters.isEmpty()
        ? Query.of(q -> q.matchAll(m -> m))
        : Query.of(q -> q.bool(b -> b.filter(filters)));
  }

  /**
   * One filter aggregation per facet and for the status (every other selection), and the total
   * (every selection), each counting listings: size(300) holds every value of the largest facet.
   */
  static Map<String, Aggregation> aggregations(Criteria criteria) {
    Map<String, Aggregation> aggs = new LinkedHashMap<>();
    for (Facet facet : Facet.all()) {
      aggs.put(facet.parameter(), counted(selections(criteria, facet, false), facet.field(), 300));
    }
    aggs.put(STATUS, counted(selections(criteria, null, true), STATUS, Status.values().length));
    aggs.put(
        TOTAL,
        Aggregation.of(
            a -> a.filter(all(selections(criteria, null, false))).aggregations(LISTINGS, ids())));
    return aggs;
  }

  private static Aggregation counted(List<Query> filters, String field, int size) {
    return Aggregation.of(
        a ->
            a.filter(all(filters))
                .aggregations(
                    VALUES,
                    Aggregation.of(
                        v ->
                            v.terms(t -> t.field(field).size(size))
                                .aggregations(LISTINGS, ids()))));
  }

  private static Aggregation ids() {
    return Aggregation.of(a -> a.cardinality(c -> c.field("id").precisionThreshold(EXACT_UP_TO)));
  }

  static List<Bucket> buckets(Aggregate filtered) {
    return filtered.filter().aggregations().get(VALUES).sterms().buckets().array().stream()
        .map(b -> new Bucket(b.key().stringValue(), listings(b.aggregations())))
        .sorted(Comparator.comparingLong(Bucket::count).reversed())
        .toList();
  }

  private static long listings(Map<String, Aggregate> aggregations) {
    return aggregations.get(LISTINGS).cardinality().value();
  }

  /** Listings matching every selection. */
  static long total(Map<String, Aggregate> aggregations) {
    return listings(aggregations.get(TOTAL).filter().aggregations());
  }
}
