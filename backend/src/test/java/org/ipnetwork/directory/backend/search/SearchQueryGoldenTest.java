package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;
import static org.ipnetwork.directory.backend.GoldenJson.params;
import static org.ipnetwork.directory.backend.search.TestSearch.SOUTHEAST;
import static org.ipnetwork.directory.backend.search.TestSearch.UNSCOPED;
import static org.ipnetwork.directory.backend.search.TestSearch.gateway;
import static org.ipnetwork.directory.backend.search.TestSearch.scope;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ipnetwork.directory.backend.context.Caller;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/**
 * The requests a search sends, for each kind of parameter, pinned as JSON under
 * src/test/resources/golden/search/ (see {@link org.ipnetwork.directory.backend.GoldenJson}): the
 * page as {@code <name>.json}, the facet counts as {@code <name>.facets.json}.
 */
class SearchQueryGoldenTest {

  private final StubElasticsearch elasticsearch = new StubElasticsearch();
  private final DirectorySearch search = TestSearch.directorySearch(gateway(elasticsearch));

  {
    // An answer without facets: enough for both requests to go out.
    elasticsearch.answer(
        200,
        """
        {"took": 1, "timed_out": false,
         "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
         "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}}
        """);
  }

  static Stream<Arguments> searches() {
    String cursor =
        new Cursor("relevance", List.of(12.5, 1700000000000L, "l-42"), 20).encode(TestSearch.SEAL);
    return Stream.of(
        Arguments.of("no-parameters", "", UNSCOPED),
        Arguments.of("q-plain", "q=Müller Rechtsanwälte&lang=en", UNSCOPED),
        Arguments.of("q-fully-understood", "q=德国 商标", UNSCOPED),
        Arguments.of("q-partly-understood", "q=德国 商标 Müller", UNSCOPED),
        Arguments.of("q-understood-but-facet-chosen", "q=德国 商标&country=FR", UNSCOPED),
        Arguments.of("q-interpret-false", "q=德国 商标&interpret=false", UNSCOPED),
        // A jargon term: its main service filters, its related ones only rank.
        Arguments.of("q-jargon-related-services", "q=know-how leaked Korea&lang=en", UNSCOPED),
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
            "partner-scope-several-codes",
            "service=patent",
            Map.of(
                "country", List.of("TH", "VN"), "industry", List.of("biomedicine", "new_energy"))),
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
    search
        .search(params, lang, scope(scope), Caller.ANONYMOUS, SearchEvent.Channel.API)
        .onErrorResume(e -> Mono.empty())
        .block();
    List<StubElasticsearch.Sent> sent = elasticsearch.sent();
    assertThat(sent).hasSize(2);
    assertMatches("search/" + name, sent.get(0));
    assertMatches("search/" + name + ".facets", sent.get(1));
  }
}
