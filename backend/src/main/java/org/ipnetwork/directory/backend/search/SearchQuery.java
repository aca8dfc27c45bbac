package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.time.Duration;
import java.util.List;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * Builds the one request a search needs: hits, disjunctive facet counts and highlights in a single
 * round trip. The selections go into {@code post_filter}, so that every facet aggregation can see
 * the hits without its own selection (each facet is a {@code filter} aggregation with the other
 * facets' selections).
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

  private final Taxonomies taxonomies;
  private final Duration timeout;

  SearchQuery(Taxonomies taxonomies, Duration timeout) {
    this.taxonomies = taxonomies;
    this.timeout = timeout;
  }

  SearchRequest build(SearchParameters p) {
    Filters filters = new Filters(p, taxonomies);
    List<Query> selection = filters.all();
    SearchRequest.Builder b =
        new SearchRequest.Builder()
            .index(ListingIndex.ALIAS)
            .query(mainQuery(p))
            .from(p.from())
            .size(p.size())
            .trackTotalHits(t -> t.enabled(true))
            .timeout(timeout.toMillis() + "ms")
            .sort(s -> s.score(sc -> sc.order(SortOrder.Desc)))
            .sort(s -> s.field(f -> f.field("name.en.sort").order(SortOrder.Asc)))
            .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
            .highlight(
                h ->
                    h.preTags("<mark>")
                        .postTags("</mark>")
                        .encoder(
                            co.elastic.clients.elasticsearch.core.search.HighlighterEncoder.Html)
                        .fields("name.zh", f -> f.numberOfFragments(0))
                        .fields("name.en", f -> f.numberOfFragments(0))
                        .fields("description.zh", f -> f.fragmentSize(80).numberOfFragments(1))
                        .fields("description.en", f -> f.fragmentSize(160).numberOfFragments(1)));
    if (!selection.isEmpty()) {
      b.postFilter(q -> q.bool(bool -> bool.filter(selection)));
    }
    for (Facet facet : Facet.values()) {
      b.aggregations(facet.parameter(), facetAggregation(facet, filters));
    }
    return b.build();
  }

  private Query mainQuery(SearchParameters p) {
    Query published = Query.of(q -> q.term(t -> t.field("status").value(Status.PUBLISHED.code())));
    if (p.q() == null) {
      return Query.of(q -> q.bool(b -> b.filter(published)));
    }
    Query text =
        Query.of(
            q ->
                q.multiMatch(
                    m ->
                        m.query(p.q())
                            .fields(TEXT_FIELDS)
                            .type(TextQueryType.CrossFields)
                            .operator(Operator.Or)
                            .minimumShouldMatch("3<75%")));
    Query bigrams = Query.of(q -> q.multiMatch(m -> m.query(p.q()).fields(BIGRAM_FIELDS)));
    Query namePhrase =
        Query.of(
            q ->
                q.multiMatch(
                    m ->
                        m.query(p.q())
                            .fields("name.en^2", "name.original")
                            .type(TextQueryType.Phrase)));
    return Query.of(
        q -> q.bool(b -> b.must(text).should(bigrams).should(namePhrase).filter(published)));
  }

  private Aggregation facetAggregation(Facet facet, Filters filters) {
    List<Query> others = filters.except(facet);
    int size = Math.max(10, facet.taxonomy(taxonomies).size());
    Aggregation terms = Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(size)));
    return Aggregation.of(
        a -> a.filter(f -> f.bool(bool -> bool.filter(others))).aggregations("values", terms));
  }
}
