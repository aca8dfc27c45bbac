package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import java.util.List;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.index.ListingDocument;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * Builds the one request a search needs (its body: the gateway adds the alias and the time budget):
 * hits, disjunctive facet counts and highlights in a single round trip. The selections go into
 * {@code post_filter}, so that every facet aggregation can see the hits without its own selection
 * (each facet is a {@code filter} aggregation with the other facets' selections). Published-only,
 * the partner scope and {@code near} are in the query itself.
 */
final class SearchQuery {

  private final Taxonomies taxonomies;

  SearchQuery(Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
  }

  SearchRequest.Builder build(SearchRequest.Builder b, SearchParameters p) {
    Filters filters = new Filters(p, taxonomies);
    hits(b, p, filters);
    for (Facet facet : Facet.all()) {
      b.aggregations(facet.parameter(), facetAggregation(facet, filters));
    }
    return b;
  }

  /** The hits alone, without facet counts: for a related answer. */
  SearchRequest.Builder buildHits(SearchRequest.Builder b, SearchParameters p) {
    return hits(b, p, new Filters(p, taxonomies));
  }

  private SearchRequest.Builder hits(SearchRequest.Builder b, SearchParameters p, Filters filters) {
    List<Query> selection = filters.all();
    b.query(mainQuery(p, filters.fixed()))
        .from(p.from())
        .size(p.size())
        .trackTotalHits(t -> t.enabled(true))
        .sort(sort(p));
    // A count-only search (size 0, InstantSearch's facet queries) has no hit to highlight.
    Highlight highlight = p.size() == 0 ? null : Highlighting.of(p);
    if (highlight != null) {
      b.highlight(highlight);
    }
    if (p.cursor() != null) {
      b.searchAfter(p.cursor().fieldValues());
    }
    if (!selection.isEmpty()) {
      b.postFilter(q -> q.bool(bool -> bool.filter(selection)));
    }
    return b;
  }

  /** The query of a search: its fixed filters and how it ranks ({@link RelevanceQuery}). */
  static Query mainQuery(SearchParameters p, List<Query> fixed) {
    return RelevanceQuery.of(p, fixed);
  }

  /** The sort of {@link SearchSort}, always ending with the id so that the order is total. */
  static List<SortOptions> sort(SearchParameters p) {
    SortOptions score = SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
    SortOptions lastVerified =
        SortOptions.of(
            s ->
                s.field(
                    f ->
                        f.field("verification.lastVerified")
                            .order(SortOrder.Desc)
                            .missing("_last")));
    SortOptions id = SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
    return switch (p.sort()) {
      case RELEVANCE -> List.of(score, lastVerified, id);
      case VERIFIED -> List.of(lastVerified, score, id);
      case NAME -> List.of(name(p.lang()), id);
      case DISTANCE -> {
        GeoPoint at = p.near().point();
        yield List.of(
            SortOptions.of(
                s ->
                    s.geoDistance(
                        g ->
                            g.field("location.geo")
                                .location(l -> l.latlon(ll -> ll.lat(at.lat()).lon(at.lon())))
                                .order(SortOrder.Asc)
                                .unit(
                                    co.elastic.clients.elasticsearch._types.DistanceUnit.Kilometers)
                                .distanceType(GeoDistanceType.Arc))),
            id);
      }
    };
  }

  /**
   * English: the lower-cased English name (code-point order). Chinese: the collation key of the
   * name ({@link org.ipnetwork.directory.index.ChineseSortKey}), which puts Chinese names in pinyin
   * order. An index created before the key existed has no such field: {@code unmapped_type} makes
   * the sort treat it as missing on every listing (then ordered by id) instead of failing the
   * search. Listings without a key or English name go last.
   */
  private static SortOptions name(Lang lang) {
    if (lang == Lang.EN) {
      return SortOptions.of(
          s -> s.field(f -> f.field("name.en.sort").order(SortOrder.Asc).missing("_last")));
    }
    return SortOptions.of(
        s ->
            s.field(
                f ->
                    f.field(ListingDocument.NAME_SORT_ZH)
                        .order(SortOrder.Asc)
                        .missing("_last")
                        .unmappedType(FieldType.Keyword)));
  }

  private Aggregation facetAggregation(Facet facet, Filters filters) {
    List<Query> others = filters.except(facet);
    int size = Math.max(10, facet.taxonomy(taxonomies).size());
    Aggregation terms = Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(size)));
    return Aggregation.of(
        a -> a.filter(f -> f.bool(bool -> bool.filter(others))).aggregations("values", terms));
  }
}
