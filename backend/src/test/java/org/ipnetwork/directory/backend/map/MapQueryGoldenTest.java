package org.ipnetwork.directory.backend.map;

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
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/** The request the map's counts send, pinned under src/test/resources/golden/map/. */
class MapQueryGoldenTest {

  private final StubElasticsearch elasticsearch = new StubElasticsearch();
  private final DirectorySearch search = TestSearch.directorySearch(gateway(elasticsearch));
  private final MapView service = new MapView(gateway(elasticsearch), TAXONOMIES, new TileNames());

  static Stream<Arguments> maps() {
    return Stream.of(
        Arguments.of("default-precision", "", 3, UNSCOPED),
        Arguments.of("q-and-filters", "q=德国 商标&verified=true", 5, UNSCOPED),
        Arguments.of("partner-scope", "service=patent", 3, SOUTHEAST),
        Arguments.of("zoomed-to-a-country", "country=DE", 8, UNSCOPED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("maps")
  void map(String name, String query, int precision, Map<String, List<String>> scope) {
    service
        .counts(search.criteria(params(query), Lang.EN, scope(scope)), precision)
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("map/" + name, elasticsearch.last());
  }
}
