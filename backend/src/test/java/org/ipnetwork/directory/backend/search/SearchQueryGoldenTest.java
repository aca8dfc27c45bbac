package org.ipnetwork.directory.backend.search;

import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;
import static org.ipnetwork.directory.backend.GoldenJson.params;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchProperties;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/**
 * The request a search sends, for each kind of parameter, pinned as JSON under
 * src/test/resources/golden/search/ (see {@link org.ipnetwork.directory.backend.GoldenJson}).
 */
class SearchQueryGoldenTest {

  static final Taxonomies TAXONOMIES = Taxonomies.bundled();
  static final Map<String, List<String>> UNSCOPED = Map.of();

  /** One code per facet: the order of several codes was not stable before scopes were typed. */
  static final Map<String, List<String>> SOUTHEAST =
      Map.of("continent", List.of("AS"), "industry", List.of("new_energy"));

  private final StubElasticsearch elasticsearch = new StubElasticsearch();
  private final SearchParameterParser parser =
      new SearchParameterParser(TAXONOMIES, new CityNames());
  private final SearchService service =
      new SearchService(elasticsearch.client(), TAXONOMIES, properties());

  static Stream<Arguments> searches() {
    String cursor = new Cursor("relevance", List.of(12.5, 1700000000000L, "l-42"), 20).encode();
    return Stream.of(
        Arguments.of("no-parameters", "", UNSCOPED),
        Arguments.of("q-plain", "q=Müller Rechtsanwälte&lang=en", UNSCOPED),
        Arguments.of("q-fully-understood", "q=德国 商标", UNSCOPED),
        Arguments.of("q-partly-understood", "q=德国 商标 Müller", UNSCOPED),
        Arguments.of("q-understood-but-facet-chosen", "q=德国 商标&country=FR", UNSCOPED),
        Arguments.of("q-interpret-false", "q=德国 商标&interpret=false", UNSCOPED),
        Arguments.of("continent-and-country-branches", "continent=AS,EU&country=VN", UNSCOPED),
        Arguments.of(
            "two-countries-two-continents", "continent=AS&continent=EU&country=VN,DE", UNSCOPED),
        Arguments.of(
            "every-list-facet",
            "service=trademark,patent&industry=new_energy&kind=provider&orgType=law_firm&language=en",
            UNSCOPED),
        Arguments.of("partner-scope", "country=VN&service=patent", SOUTHEAST),
        Arguments.of("partner-scope-q-understood", "q=越南 专利", SOUTHEAST),
        Arguments.of(
            "near-and-distance-sort", "near=48.14,11.58&radius=50km&sort=distance", UNSCOPED),
        Arguments.of("near-city-default-radius", "near=慕尼黑&q=patent", UNSCOPED),
        Arguments.of("sort-name-zh", "sort=name&lang=zh", UNSCOPED),
        Arguments.of("sort-name-en", "sort=name&lang=en", UNSCOPED),
        Arguments.of("sort-verified", "sort=verified", UNSCOPED),
        Arguments.of("cursor", "cursor=" + cursor, UNSCOPED),
        Arguments.of("verified-page-size", "verified=true&page=3&size=10", UNSCOPED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("searches")
  void search(String name, String query, Map<String, List<String>> scope) {
    var params = params(query);
    Lang lang = Lang.fromCode(params.getFirst("lang") == null ? "zh" : params.getFirst("lang"));
    SearchParameters p = parser.parse(params, lang, scope(scope));
    service.search(p).onErrorResume(e -> Mono.empty()).block();
    assertMatches("search/" + name, elasticsearch.last());
  }

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
    SearchParameters p = parser.parse(params(query), Lang.ZH, scope(scope));
    new FacetValues(elasticsearch.client(), TAXONOMIES, properties())
        .values(facet, text, p)
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("facet-values/" + name, elasticsearch.last());
  }

  static Stream<Arguments> maps() {
    return Stream.of(
        Arguments.of("default-precision", "", 3, UNSCOPED),
        Arguments.of("q-and-filters", "q=德国 商标&verified=true", 5, UNSCOPED),
        Arguments.of("partner-scope", "service=patent", 3, SOUTHEAST));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("maps")
  void map(String name, String query, int precision, Map<String, List<String>> scope) {
    SearchParameters p = parser.parse(params(query), Lang.EN, scope(scope));
    new MapView(elasticsearch.client(), TAXONOMIES, properties())
        .counts(p, precision)
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("map/" + name, elasticsearch.last());
  }

  static SearchScope scope(Map<String, List<String>> stored) {
    Map<String, Set<String>> fixed = new TreeMap<>();
    stored.forEach((facet, codes) -> fixed.put(facet, Set.copyOf(codes)));
    return new SearchScope(fixed);
  }

  static ElasticsearchProperties properties() {
    return new ElasticsearchProperties(
        List.of(),
        null,
        null,
        null,
        null,
        Duration.ofSeconds(2),
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        null);
  }
}
