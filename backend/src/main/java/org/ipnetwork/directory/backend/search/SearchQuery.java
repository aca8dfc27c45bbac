package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.elasticsearch.Queries;
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

  /** Unigram fields: CJK text is one token per character with the standard tokenizer. */
  static final List<String> TEXT_FIELDS =
      List.of(
          "name.zh^3",
          "name.en^3",
          "name.original^2",
          "taxonomy.zh^1.5",
          "taxonomy.en^1.5",
          "description.zh",
          "description.en",
          "location.city.text^2",
          "location.cityZh.text^2",
          "location.address",
          "workstation.hostOrganisation");

  /** CJK bigrams: reward adjacent characters ("商标" over "商" … "标"), i.e. words. */
  static final List<String> BIGRAM_FIELDS =
      List.of("name.zh.bigram^4", "taxonomy.zh.bigram^2", "description.zh.bigram");

  /**
   * Boosts of a recognised term, as constant scores: above what text alone scores on these short
   * documents (on the 3,000-listing sample network a strong name match reaches about 100–150), so a
   * listing in the named country offering the named service comes first even when the terms are
   * only boosts; the text then orders listings that match the same terms.
   */
  static final Map<Facet, Float> RECOGNISED_BOOST =
      Map.of(
          Facet.COUNTRY, 200f,
          Facet.CONTINENT, 100f,
          Facet.SERVICE, 150f,
          Facet.INDUSTRY, 75f,
          Facet.ORG_TYPE, 50f,
          Facet.KIND, 50f);

  /** The listing's own text, without the taxonomy labels: for the words no term explained. */
  static final List<String> OWN_TEXT_FIELDS =
      List.of(
          "name.zh.bigram^2",
          "name.zh",
          "name.en^2",
          "name.original^2",
          "description.zh.bigram",
          "description.en",
          "location.city.text",
          "location.cityZh.text");

  static final float REMAINING_BOOST = 3f;

  private final Taxonomies taxonomies;

  SearchQuery(Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
  }

  SearchRequest.Builder build(SearchRequest.Builder b, SearchParameters p) {
    Filters filters = new Filters(p, taxonomies);
    List<Query> selection = filters.all();
    b.query(mainQuery(p, filters.fixed()))
        .from(p.from())
        .size(p.size())
        .trackTotalHits(t -> t.enabled(true))
        .sort(sort(p))
        .highlight(
            h ->
                h.preTags("<mark>")
                    .postTags("</mark>")
                    .encoder(HighlighterEncoder.Html)
                    .fields("name.zh", f -> f.numberOfFragments(0))
                    .fields("name.en", f -> f.numberOfFragments(0))
                    .fields("description.zh", f -> f.fragmentSize(80).numberOfFragments(1))
                    .fields("description.en", f -> f.fragmentSize(160).numberOfFragments(1)));
    if (p.cursor() != null) {
      b.searchAfter(p.cursor().fieldValues());
    }
    if (!selection.isEmpty()) {
      b.postFilter(q -> q.bool(bool -> bool.filter(selection)));
    }
    for (Facet facet : Facet.all()) {
      b.aggregations(facet.parameter(), facetAggregation(facet, filters));
    }
    return b;
  }

  /**
   * Text must match unless every word of it was recognised as a taxonomy term: then the terms do
   * the work (as filters or boosts) and the text only adds to the score.
   */
  static Query mainQuery(SearchParameters p, List<Query> fixed) {
    if (p.q() == null) {
      return Query.of(q -> q.bool(b -> b.filter(fixed)));
    }
    String text = p.q();
    Query words =
        Query.of(
            q ->
                q.multiMatch(
                    m ->
                        m.query(text)
                            .fields(TEXT_FIELDS)
                            .type(TextQueryType.CrossFields)
                            .operator(Operator.Or)
                            .minimumShouldMatch("3<75%")));
    Query bigrams = Query.of(q -> q.multiMatch(m -> m.query(text).fields(BIGRAM_FIELDS)));
    Query namePhrase =
        Query.of(
            q ->
                q.multiMatch(
                    m ->
                        m.query(text)
                            .fields("name.en^2", "name.original", "name.zh.bigram^2")
                            .type(TextQueryType.Phrase)));
    List<Query> boosts = new ArrayList<>();
    for (QueryInterpreter.Match m : p.interpretation().matches()) {
      float boost = RECOGNISED_BOOST.get(m.facet());
      Query term = Queries.terms(m.facet().field(), List.of(m.code()));
      boosts.add(Query.of(q -> q.constantScore(c -> c.filter(term).boost(boost))));
    }
    String remaining = p.interpretation().remainingText();
    if (!boosts.isEmpty() && remaining != null) {
      // The words that named no term are what sets these listings apart ("德国 商标 Müller"):
      // reward them on the listing's own text, so they are not drowned by the named terms.
      boosts.add(
          Query.of(
              q ->
                  q.multiMatch(
                      m -> m.query(remaining).fields(OWN_TEXT_FIELDS).boost(REMAINING_BOOST))));
    }
    boolean understood = p.interpretation().fullyUnderstood();
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.filter(fixed).should(bigrams).should(namePhrase).should(boosts);
                  return understood ? b.should(words) : b.must(words);
                }));
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
