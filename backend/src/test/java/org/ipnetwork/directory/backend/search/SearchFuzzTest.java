package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.place.CityIndex;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz tests of what a search does with its query string before Elasticsearch is asked: the
 * parameters are either accepted or refused with {@link InvalidParameterException} (the API's 400,
 * naming the parameter), never anything else (a 500); an accepted search builds a request of the
 * query types the code means to send only, never one that runs input as a query language or a
 * script (docs/search.md, "Building the query").
 *
 * <p>An input is a raw query string ({@code q=德国 商标&country=DE}), not percent-decoded, so that the
 * committed seeds under {@code SearchFuzzTestInputs/} read like the URLs they stand for. A normal
 * test run replays those seeds; {@code JAZZER_FUZZ=1} fuzzes (docs/reliability.md, R2).
 */
class SearchFuzzTest {

  /** The query types the search builds; anything else in a request is a defect. */
  private static final Set<String> QUERY_TYPES =
      Set.of(
          "bool",
          "constant_score",
          "ids",
          "multi_match",
          "term",
          "terms",
          "distance_feature",
          "geo_distance",
          "match_all",
          "match_none");

  /** Keys whose value is a query or a list of queries. */
  private static final Set<String> QUERY_POSITIONS =
      Set.of("query", "post_filter", "filter", "must", "should", "must_not", "highlight_query");

  /** Never in a request, wherever they appear. */
  private static final Set<String> FORBIDDEN =
      Set.of(
          "query_string",
          "simple_query_string",
          "regexp",
          "wildcard",
          "prefix",
          "fuzzy",
          "script",
          "script_score",
          "script_fields",
          "runtime_mappings",
          "match_phrase_prefix",
          "intervals",
          "more_like_this");

  private static final List<Scope> SCOPES =
      List.of(TestSearch.scope(TestSearch.UNSCOPED), TestSearch.scope(TestSearch.SOUTHEAST));

  private static final SearchParameterParser PARSER =
      new SearchParameterParser(
          TestSearch.TAXONOMIES, new CityIndex(), TestSearch.SEAL, TestSearch.MAX_TEXT_TERMS);

  private static final SearchQuery QUERY = new SearchQuery(TestSearch.TAXONOMIES);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @FuzzTest
  void parametersAreAcceptedOrRefusedAsA400(byte[] input) {
    MultiValueMap<String, String> params = params(input);
    for (Scope scope : SCOPES) {
      for (Lang lang : Lang.values()) {
        try {
          PARSER.parse(params, lang, scope);
        } catch (InvalidParameterException refused) {
          assertThat(refused.parameter()).isNotBlank();
          assertThat(refused.getMessage()).isNotBlank();
        }
      }
    }
  }

  @FuzzTest
  void anAcceptedSearchBuildsOnlyTheQueriesItMeansTo(byte[] input) {
    MultiValueMap<String, String> params = params(input);
    for (Scope scope : SCOPES) {
      for (Lang lang : Lang.values()) {
        SearchParameters p;
        try {
          p = PARSER.parse(params, lang, scope);
        } catch (InvalidParameterException refused) {
          continue;
        }
        check(QUERY.buildPage(new SearchRequest.Builder(), p).build());
        check(QUERY.buildFacets(new SearchRequest.Builder(), p).build());
        check(QUERY.buildHits(new SearchRequest.Builder(), p).build());
        assertThat(p.from() + p.size()).isLessThanOrEqualTo(10_000);
      }
    }
  }

  /** The checks above can fail: a request with a forbidden or unknown query type is caught. */
  @Test
  void theRequestCheckCatchesQueryLanguagesScriptsAndUnknownQueryTypes() {
    assertThatThrownBy(
            () -> check(SearchRequest.of(s -> s.query(q -> q.queryString(qs -> qs.query("*:*"))))))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () ->
                check(
                    SearchRequest.of(
                        s ->
                            s.query(
                                q ->
                                    q.bool(
                                        b ->
                                            b.filter(
                                                f ->
                                                    f.script(
                                                        sc -> sc.script(x -> x.source("1")))))))))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () -> check(SearchRequest.of(s -> s.postFilter(q -> q.exists(e -> e.field("id"))))))
        .isInstanceOf(AssertionError.class);
  }

  /** Most seeds are searches the parser accepts, so that replaying them exercises the builder. */
  @Test
  void mostSeedsReachTheQueryBuilder() throws Exception {
    Path seeds =
        Path.of(
            "src/test/resources/org/ipnetwork/directory/backend/search/SearchFuzzTestInputs",
            "anAcceptedSearchBuildsOnlyTheQueriesItMeansTo");
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.toList();
    }
    long accepted = 0;
    for (Path file : files) {
      try {
        SearchParameters p = PARSER.parse(params(Files.readAllBytes(file)), Lang.ZH, SCOPES.get(0));
        check(QUERY.buildPage(new SearchRequest.Builder(), p).build());
        check(QUERY.buildFacets(new SearchRequest.Builder(), p).build());
        accepted++;
      } catch (InvalidParameterException refused) {
        // seeds of refusals are there for the parser's fuzz test
      }
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
    assertThat(accepted).isGreaterThanOrEqualTo(files.size() / 2);
  }

  private static void check(SearchRequest request) {
    String json = JsonpUtils.toJsonString(request, ElasticsearchClients.jsonMapper());
    walk(JSON.readValue(json, Object.class), false, json);
  }

  /**
   * Checks every key against {@link #FORBIDDEN} and, where a query stands, its type against {@link
   * #QUERY_TYPES}.
   */
  private static void walk(Object node, boolean queryHere, String json) {
    if (node instanceof List<?> list) {
      list.forEach(item -> walk(item, queryHere, json));
    } else if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = (String) e.getKey();
        assertThat(FORBIDDEN).as(json).doesNotContain(key);
        if (queryHere) {
          assertThat(QUERY_TYPES).as(json).contains(key);
        }
        walk(
            e.getValue(), QUERY_POSITIONS.contains(key) && !(e.getValue() instanceof String), json);
      }
    }
  }

  /** A raw query string as the controller receives it; repeated names add values. */
  static MultiValueMap<String, String> params(byte[] input) {
    MultiValueMap<String, String> out = new LinkedMultiValueMap<>();
    String query = new String(input, StandardCharsets.UTF_8);
    if (query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      out.add(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
    }
    return out;
  }
}
