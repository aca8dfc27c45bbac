package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
   * Below this many distinct ids the cardinality counts are exact for practical purposes (linear
   * counting); the maximum Elasticsearch takes.
   */
  private static final int EXACT_UP_TO = 40_000;

  private static final String LISTINGS = "listings";
  private static final String VALUES = "values";
  private static final String STATUS = "status";
  private static final String TOTAL = "total";

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

  EditingSearch(ElasticsearchClient client) {
    this.client = client;
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
                  .aggregations(aggregations(criteria));
              List<Query> selections = selections(criteria, null, false);
              return selections.isEmpty() ? s : s.postFilter(all(selections));
            },
            Void.class);
    List<String> ids = r.hits().hits().stream().map(Hit::id).toList();
    List<Found> hits = copies(staff, ids);
    Map<String, List<Bucket>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.all()) {
      facets.put(facet.parameter(), buckets(r.aggregations().get(facet.parameter())));
    }
    facets.put(STATUS, buckets(r.aggregations().get(STATUS)));
    long total = listings(r.aggregations().get(TOTAL).filter().aggregations());
    return new Results(total, criteria.page(), criteria.size(), hits, facets);
  }

  /** What never counts disjunctively: the scope, the text, "edited by me", "needs review". */
  private static Query query(StaffPrincipal staff, Criteria criteria) {
    List<Query> filters = new ArrayList<>(staff.scope().filters());
    if (criteria.needsReview()) {
      filters.add(Queries.terms(STATUS, List.of(Status.IN_REVIEW.code())));
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

  /**
   * The selections, but those of {@code except}'s hierarchy, or the status when {@code
   * exceptStatus}.
   */
  private static List<Query> selections(Criteria criteria, Facet except, boolean exceptStatus) {
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

  private static Query all(List<Query> filters) {
    return filters.isEmpty()
        ? Query.of(q -> q.matchAll(m -> m))
        : Query.of(q -> q.bool(b -> b.filter(filters)));
  }

  /**
   * One filter aggregation per facet and for the status (every other selection), and the total
   * (every selection), each counting listings: size(300) holds every value of the largest facet.
   */
  private static Map<String, Aggregation> aggregations(Criteria criteria) {
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

  private static List<Bucket> buckets(Aggregate filtered) {
    return filtered.filter().aggregations().get(VALUES).sterms().buckets().array().stream()
        .map(b -> new Bucket(b.key().stringValue(), listings(b.aggregations())))
        .sorted(Comparator.comparingLong(Bucket::count).reversed())
        .toList();
  }

  private static long listings(Map<String, Aggregate> aggregations) {
    return aggregations.get(LISTINGS).cardinality().value();
  }

  /** Both copies of each listing found, inside the scope, in the order found. */
  private List<Found> copies(StaffPrincipal staff, List<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Query> filters = new ArrayList<>(staff.scope().filters());
    filters.add(Queries.terms("id", ids));
    SearchResponse<ObjectNode> r =
        client.search(
            s ->
                s.index(ListingIndex.ALIAS, DraftStore.ALIAS)
                    .query(q -> q.bool(b -> b.filter(filters)))
                    .size(ids.size() * 2)
                    .seqNoPrimaryTerm(true),
            ObjectNode.class);
    Map<String, Draft> published = new HashMap<>();
    Map<String, Draft> drafts = new HashMap<>();
    for (Hit<ObjectNode> hit : r.hits().hits()) {
      Draft copy = DraftStore.read(hit.source(), hit.seqNo(), hit.primaryTerm());
      (hit.index().startsWith(DraftStore.ALIAS) ? drafts : published).put(hit.id(), copy);
    }
    List<Found> out = new ArrayList<>();
    for (String id : ids) {
      Draft live = published.get(id);
      Draft draft = drafts.get(id);
      if (live != null) {
        OpenDraft open =
            draft == null
                ? null
                : new OpenDraft(draft.listing().status(), draft.workflow(), draft.version().etag());
        out.add(
            new Found(
                id,
                "published",
                live.listing().status(),
                live.listing(),
                null,
                live.version().etag(),
                open));
      } else if (draft != null) {
        out.add(
            new Found(
                id,
                "draft",
                draft.listing().status(),
                draft.listing(),
                draft.workflow(),
                draft.version().etag(),
                null));
      }
    }
    return out;
  }
}
