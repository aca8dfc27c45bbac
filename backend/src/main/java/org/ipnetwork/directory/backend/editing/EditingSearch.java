package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
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

/**
 * The staff search: listings in every status, inside the member's scope, each once. Published
 * copies and drafts share one definition, so one request searches both indices and filters them by
 * the public facets' fields; a listing matches when one of its copies does, so a listing with a
 * draft in review is found both under {@code published} and under {@code in_review}. Hits are
 * collapsed on the listing id and show the furthest copy — the published one when there is one —
 * with the open draft beside it ({@code draft}: its status, editors and version).
 *
 * <p>Counts are of listings (a {@code cardinality} of the id under each bucket, since a listing may
 * have two copies in it) and disjunctive as in the public search: the selections filter the hits
 * through {@code post_filter}, and each facet counts under every selection but its own (and its
 * hierarchy's), status included, so that the other choices' counts stay visible.
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
   * One listing.
   *
   * @param copy the copy shown: {@code published} when there is one, else {@code draft}
   * @param status the shown copy's status
   * @param listing the shown copy
   * @param etag the shown copy's version, for the {@code If-Match} of a status change (published)
   *     or of a change of the draft
   * @param workflow a draft's editors and review, when the shown copy is a draft
   * @param draft the open draft beside a published copy, {@code null} when there is none
   */
  record Found(
      String id,
      String copy,
      Status status,
      Listing listing,
      WorkflowState workflow,
      String etag,
      OpenDraft draft) {}

  /** A draft open beside the published copy: its status, who opened and edits it, its version. */
  record OpenDraft(Status status, WorkflowState workflow, String etag) {}

  /**
   * A facet value.
   *
   * @param count listings (not copies) with the value, under the other facets' selections
   */
  record Bucket(String code, long count) {}

  record Results(
      long total, int page, int size, List<Found> hits, Map<String, List<Bucket>> facets) {}

  private final ElasticsearchClient client;
  private final ListingCopies copies;

  EditingSearch(ElasticsearchClient client, ListingCopies copies) {
    this.client = client;
    this.copies = copies;
  }

  Results search(StaffPrincipal staff, Criteria criteria) throws IOException {
    SearchResponse<Void> r =
        client.search(
            s -> {
              s.index(ListingIndex.ALIAS, DraftStore.ALIAS)
                  .query(query(staff, criteria))
                  .collapse(c -> c.field("id"))
                  .sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc)))
                  .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                  .from((criteria.page() - 1) * criteria.size())
                  .size(criteria.size())
                  .source(src -> src.fetch(false))
                  .trackTotalHits(t -> t.enabled(false))
                  .aggregations(EditingCounts.aggregations(criteria));
              List<Query> selections = EditingCounts.selections(criteria, null, false);
              return selections.isEmpty() ? s : s.postFilter(EditingCounts.all(selections));
            },
            Void.class);
    List<String> ids = r.hits().hits().stream().map(Hit::id).toList();
    List<Found> hits = copies.of(staff, ids);
    Map<String, List<Bucket>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.all()) {
      facets.put(facet.parameter(), EditingCounts.buckets(r.aggregations().get(facet.parameter())));
    }
    facets.put(
        EditingCounts.STATUS, EditingCounts.buckets(r.aggregations().get(EditingCounts.STATUS)));
    long total = EditingCounts.total(r.aggregations());
    return new Results(total, criteria.page(), criteria.size(), hits, facets);
  }

  /** What never counts disjunctively: the scope, the text, "edited by me", "needs review". */
  private static Query query(StaffPrincipal staff, Criteria criteria) {
    List<Query> filters = new ArrayList<>(staff.scope().filters());
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
    return Query.of(
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
                                        .defaultOperator(Operator.And)));
                  }
                  return b;
                }));
  }
}
