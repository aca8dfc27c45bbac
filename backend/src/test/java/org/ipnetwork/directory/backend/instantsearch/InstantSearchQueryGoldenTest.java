package org.ipnetwork.directory.backend.instantsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;

import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.backend.facetvalues.FacetValues;
import org.ipnetwork.directory.backend.search.TestSearch;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * What InstantSearch's queries send to Elasticsearch, pinned under
 * src/test/resources/golden/instantsearch/ (see {@link
 * org.ipnetwork.directory.backend.GoldenJson}): the main query is the search's own request, and a
 * facet-count query ({@code hitsPerPage=0}) fetches no hit.
 */
class InstantSearchQueryGoldenTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final StubElasticsearch elasticsearch = new StubElasticsearch();

  {
    // An answer without facets: enough for every request of a query to go out.
    elasticsearch.answer(
        200,
        """
        {"took": 1, "timed_out": false,
         "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
         "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}}
        """);
  }

  private final InstantSearch instantSearch =
      new InstantSearch(
          TestSearch.directorySearch(TestSearch.gateway(elasticsearch)),
          new FacetValues(TestSearch.gateway(elasticsearch), TestSearch.TAXONOMIES),
          TestSearch.TAXONOMIES);

  private void query(String request) {
    MultiQuery.Query q = MultiQuery.queries(request, JSON).get(0);
    instantSearch
        .query("listings", q.params(), Lang.ZH, Scope.NONE)
        .onErrorResume(e -> Mono.empty())
        .block();
  }

  @Test
  void mainQuery() {
    query(
        "{\"requests\":[{\"indexName\":\"listings\",\"params\":\"query=德国 商标&hitsPerPage=2"
            + "&page=1&facets=%5B%22country%22%5D&facetFilters=%5B%5B%22country%3AFrance%22%5D%5D\"}]}");
    // The page, then the facet counts (sent at the same time).
    assertThat(elasticsearch.sent()).hasSize(2);
    assertMatches("instantsearch/main-query", elasticsearch.sent().get(0));
    assertMatches("instantsearch/main-query.facets", elasticsearch.sent().get(1));
  }

  @Test
  void facetCountQueryFetchesNoHit() {
    query(
        "{\"requests\":[{\"indexName\":\"listings\",\"query\":\"德国 商标\",\"hitsPerPage\":0,"
            + "\"page\":0,\"analytics\":false,\"facets\":[\"country\"]}]}");
    // Counts only: no page is asked for.
    assertThat(elasticsearch.sent()).hasSize(1);
    assertMatches("instantsearch/facet-counts", elasticsearch.last());
  }

  @Test
  void facetValueSearch() {
    instantSearch
        .facetValues(
            "geo.lvl1",
            "ger",
            MultiQuery.facetQuery(
                    "{\"params\":\"facetFilters=%5B%22service%3Apatent%22%5D\"}", JSON)
                .params(),
            Lang.EN,
            Scope.NONE)
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("instantsearch/facet-values", elasticsearch.last());
  }
}
