package org.ipnetwork.directory.backend.instantsearch;

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
    assertMatches("instantsearch/main-query", elasticsearch.last());
  }

  @Test
  void facetCountQueryFetchesNoHit() {
    query(
        "{\"requests\":[{\"indexName\":\"listings\",\"query\":\"德国 商标\",\"hitsPerPage\":0,"
            + "\"page\":0,\"analytics\":false,\"facets\":[\"country\"]}]}");
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
