package org.ipnetwork.directory.backend.facetvalues;

import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;
import static org.ipnetwork.directory.backend.GoldenJson.params;
import static org.ipnetwork.directory.backend.search.TestSearch.SOUTHEAST;
import static org.ipnetwork.directory.backend.search.TestSearch.TAXONOMIES;
import static org.ipnetwork.directory.backend.search.TestSearch.UNSCOPED;
import static org.ipnetwork.directory.backend.search.TestSearch.gateway;
import static org.ipnetwork.directory.backend.search.TestSearch.scope;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.backend.search.DirectorySearch;
import org.ipnetwork.directory.backend.search.TestSearch;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/** The request a facet value search sends, pinned under src/test/resources/golden/facet-values/. */
class FacetValuesQueryGoldenTest {

  private final StubElasticsearch elasticsearch = new StubElasticsearch();
  private final DirectorySearch search = TestSearch.directorySearch(gateway(elasticsearch));
  private final FacetValues service = new FacetValues(gateway(elasticsearch), TAXONOMIES);

  static Stream<Arguments> facetValues() {
    return Stream.of(
        Arguments.of(
            "country-text-under-continent", Facet.COUNTRY, "viet", "continent=AS", UNSCOPED),
        Arguments.of(
            "service-all-under-country", Facet.SERVICE, null, "country=DE&kind=provider", UNSCOPED),
        Arguments.of("industry-in-scope", Facet.INDUSTRY, "new", "", SOUTHEAST));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facetValues")
  void facetValues(
      String name, Facet facet, String text, String query, Map<String, List<String>> scope) {
    service
        .values(facet, text, search.criteria(params(query), Lang.ZH, scope(scope)))
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("facet-values/" + name, elasticsearch.last());
  }
}
