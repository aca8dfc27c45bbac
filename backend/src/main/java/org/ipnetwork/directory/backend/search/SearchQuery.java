package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.index.ListingDocument;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * Builds the requests of a search (their bodies: the gateway adds the alias and the time budget). A
 * search is two requests, sent at the same time:
 *
 * <ul>
 *   <li>{@link #buildPage}: the ranked page with its highlights. The selections filter the query
 *       itself, and nothing is counted ({@code track_total_hits: false}), so that Elasticsearch may
 *       skip listings that cannot reach the page;
 *   <li>{@link #buildFacets}: no hit ({@code size: 0}), the disjunctive facet counts and the total.
 *       Each facet is a {@code filter} aggregation with the other facets' selections; the total is
 *       a {@code filter} aggregation with all of them. Continent counts, and region counts when
 *       nothing geographic is selected, are sums of the country counts ({@link DerivedFacets}). Its
 *       query keeps only what decides whether a listing is found, so searches that differ only in
 *       how they rank (an understood "德国 商标" and "德国 商标 Müller") send the same request, which the
 *       node's request cache (on by default for {@code size: 0}) answers until the index changes.
 * </ul>
 *
 * Published-only, the partner scope and {@code near} are in both queries. A related answer needs
 * hits and their count but no facets: {@link #buildHits}, one request.
 */
final class SearchQuery {

  /**
   * The fields of a listing a hit shows ({@link SearchResults}): the rest of the stored document —
   * descriptions, and the copies and derived text it is searched by — would only be read, sent and
   * parsed to be dropped.
   */
  static final List<String> HIT_FIELDS =
      List.of(
          "id",
          "kind",
          "name",
          "orgType",
          "location",
          "services",
          "industries",
          "verification",
          "contacts");

  /** Aggregation of the total: the listings found that match every selection. */
  static final String SELECTED = "selected";

  private final Taxonomies taxonomies;

  SearchQuery(Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
  }

  /** The ranked page of a search, uncounted: see the class comment. */
  SearchRequest.Builder buildPage(SearchRequest.Builder b, SearchParameters p) {
    Filters filters = new Filters(p, taxonomies);
    List<Query> filter = new ArrayList<>(filters.fixed());
    filter.addAll(filters.all());
    b.query(mainQuery(p, filter))
        .from(p.from())
        .size(p.size())
        .trackTotalHits(t -> t.enabled(false))
        .source(s -> s.filter(f -> f.includes(HIT_FIELDS)))
        .sort(sort(p));
    Highlight highlight = Highlighting.of(p);
    if (highlight != null) {
      b.highlight(highlight);
    }
    if (p.cursor() != null) {
      b.searchAfter(p.cursor().fieldValues());
    }
    return b;
  }

  /** The facet counts and the total of a search, without hits: see the class comment. */
  SearchRequest.Builder buildFacets(SearchRequest.Builder b, SearchParameters p) {
    Filters filters = new Filters(p, taxonomies);
    b.size(0)
        .trackTotalHits(t -> t.enabled(true))
        .query(RelevanceQuery.matching(p, filters.fixed()));
    for (Facet facet : Facet.all()) {
      if (!DerivedFacets.derived(facet, p)) {
        b.aggregations(facet.parameter(), facetAggregation(facet, filters));
      }
    }
    List<Query> selection = filters.all();
    if (!selection.isEmpty()) {
      b.aggregations(SELECTED, a -> a.filter(f -> f.bool(bool -> bool.filter(selection))));
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
        .source(s -> s.filter(f -> f.includes(HIT_FIELDS)))
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
    int size =
        facet == Facet.COUNTRY
            ? DerivedFacets.COUNTRY_BUCKETS
            : Math.max(10, facet.taxonomy(taxonomies).size());
    Aggregation terms = Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(size)));
    return Aggregation.of(
        a -> a.filter(f -> f.bool(bool -> bool.filter(others))).aggregations("values", terms));
  }
}
