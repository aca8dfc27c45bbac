package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.elasticsearch.Queries;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The staff search: published copies and drafts together, in every status, inside the member's
 * scope. Both indices share one definition, so one request searches both and filters and counts
 * them by the public facets' fields. A listing with an open draft appears twice, once per copy
 * ({@code copy}: {@code published} or {@code draft}). Counts are plain: each facet counts the
 * listings that match every selection (the public search's disjunctive counts are for browsing;
 * staff narrow down a work list).
 */
@Component
class EditingSearch {

  static final int MAX_SIZE = 100;

  /**
   * What to find.
   *
   * @param facets facet parameter → selected codes (the public search's parameters)
   * @param statuses statuses, any of
   * @param editedByMe only drafts the member opened or saved last
   * @param needsReview only drafts waiting for a reviewer
   */
  record Criteria(
      String q,
      Map<Facet, List<String>> facets,
      List<Status> statuses,
      boolean editedByMe,
      boolean needsReview,
      int page,
      int size) {

    Criteria {
      if (size < 1 || size > MAX_SIZE) {
        throw new InvalidParameterException("size", "size must be 1 to " + MAX_SIZE + ".");
      }
      if (page < 1 || (long) page * size > 10_000) {
        throw new InvalidParameterException(
            "page", "page must be 1 or more, at most 10,000 hits deep.");
      }
    }
  }

  /**
   * One copy of a listing.
   *
   * @param etag a draft's version, to change it from the list ({@code null} for published copies)
   */
  record Found(
      String id,
      String copy,
      Status status,
      Listing listing,
      WorkflowState workflow,
      String etag) {}

  record Bucket(String code, long count) {}

  record Results(
      long total, int page, int size, List<Found> hits, Map<String, List<Bucket>> facets) {}

  private final ElasticsearchClient client;

  EditingSearch(ElasticsearchClient client) {
    this.client = client;
  }

  Results search(StaffPrincipal staff, Criteria criteria) throws IOException {
    List<Query> filters = new ArrayList<>(staff.scope().filters());
    criteria.facets().forEach((facet, codes) -> filters.add(Queries.terms(facet.field(), codes)));
    if (!criteria.statuses().isEmpty()) {
      filters.add(Queries.terms("status", criteria.statuses().stream().map(Status::code).toList()));
    }
    if (criteria.needsReview()) {
      filters.add(Queries.terms("status", List.of(Status.IN_REVIEW.code())));
    }
    if (criteria.editedByMe()) {
      filters.add(
          Query.of(
              q ->
                  q.bool(
                      b ->
                          b.should(Queries.terms("workflow.author", List.of(staff.email())))
                              .should(Queries.terms("workflow.editedBy", List.of(staff.email())))
                              .minimumShouldMatch("1"))));
    }
    Map<String, Aggregation> aggs = new LinkedHashMap<>();
    for (Facet facet : Facet.all()) {
      aggs.put(
          facet.parameter(), Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(300))));
    }
    aggs.put("status", Aggregation.of(a -> a.terms(t -> t.field("status").size(10))));
    SearchResponse<ObjectNode> r =
        client.search(
            s ->
                s.index(ListingIndex.ALIAS, DraftStore.ALIAS)
                    .query(
                        q ->
                            q.bool(
                                b -> {
                                  b.filter(filters);
                                  if (criteria.q() != null && !criteria.q().isBlank()) {
                                    b.must(
                                        m ->
                                            m.simpleQueryString(
                                                sq ->
                                                    sq.query(criteria.q())
                                                        .fields(
                                                            "id",
                                                            "name.zh",
                                                            "name.en",
                                                            "name.original",
                                                            "location.city.text")
                                                        .defaultOperator(
                                                            co.elastic.clients.elasticsearch._types
                                                                .query_dsl.Operator.And)));
                                  }
                                  return b;
                                }))
                    .sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                    .from((criteria.page() - 1) * criteria.size())
                    .size(criteria.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .seqNoPrimaryTerm(true)
                    .aggregations(aggs),
            ObjectNode.class);
    List<Found> hits = r.hits().hits().stream().map(EditingSearch::found).toList();
    Map<String, List<Bucket>> facets = new LinkedHashMap<>();
    r.aggregations()
        .forEach(
            (name, agg) ->
                facets.put(
                    name,
                    agg.sterms().buckets().array().stream()
                        .map(
                            (StringTermsBucket b) ->
                                new Bucket(b.key().stringValue(), b.docCount()))
                        .toList()));
    long total = r.hits().total() == null ? hits.size() : r.hits().total().value();
    return new Results(total, criteria.page(), criteria.size(), hits, facets);
  }

  private static Found found(Hit<ObjectNode> hit) {
    Draft d = DraftStore.read(hit.source(), hit.seqNo(), hit.primaryTerm());
    boolean draft = hit.index().startsWith(DraftStore.ALIAS);
    return new Found(
        hit.id(),
        draft ? "draft" : "published",
        d.listing().status(),
        d.listing(),
        draft ? d.workflow() : null,
        draft ? d.version().etag() : null);
  }
}
