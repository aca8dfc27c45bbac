package org.ipnetwork.directory.backend.instantsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.FixtureApi;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The InstantSearch endpoint over real HTTP, with a partner key scoped to Europe sent as Algolia's
 * clients send theirs, compared with {@code GET /api/v1/search} for the same state.
 */
class InstantSearchApiIT extends FixtureApi {

  private static final String ORIGIN = "https://instantsearch-partner.example";
  private static final String QUERIES = "/api/v1/instantsearch/1/indexes/listings/queries";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private String key;

  @BeforeEach
  void partner() {
    PartnerAdmin admin =
        new PartnerAdmin(
            new PartnerStore(TestElasticsearch.clients().client()),
            Taxonomies.bundled(),
            Clock.systemUTC(),
            new SecureRandom());
    admin.ensureIndex();
    key =
        admin
            .add(
                new NewPartner(
                    null,
                    "InstantSearch partner",
                    List.of(ORIGIN),
                    Map.of("continent", List.of("EU")),
                    600))
            .key();
  }

  /** POSTs {@code body} as algoliasearch's browser build does: key in the URL, form type. */
  /** The API's client, as patient as a loaded build machine needs. */
  private WebTestClient client() {
    return http().mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  private WebTestClient.ResponseSpec post(String path, String body) {
    return client()
        .post()
        .uri(
            path
                + "?x-algolia-agent=test&x-algolia-application-id=ip-directory&x-algolia-api-key="
                + URLEncoder.encode(key, StandardCharsets.UTF_8))
        .header(HttpHeaders.ORIGIN, ORIGIN)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .bodyValue(body)
        .exchange();
  }

  private JsonNode ok(String path, String body) {
    byte[] answer =
        post(path, body)
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ORIGIN)
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JSON.readTree(answer);
  }

  private JsonNode problem(String body) {
    byte[] answer =
        post(QUERIES, body)
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JSON.readTree(answer);
  }

  private SearchResponse api(String query) {
    return client()
        .get()
        .uri("/api/v1/search?" + query + "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(SearchResponse.class)
        .returnResult()
        .getResponseBody();
  }

  private static String encoded(String params) {
    return JSON.writeValueAsString(params);
  }

  @Test
  void everyFormOfParametersAnswersAsTheSearchApi() {
    String facetFilters =
        URLEncoder.encode("[[\"country:Germany\",\"country:France\"]]", StandardCharsets.UTF_8);
    String facets =
        URLEncoder.encode("[\"country\",\"service\",\"geo.lvl1\"]", StandardCharsets.UTF_8);
    String v4 =
        "query=trademark&hitsPerPage=20&lang=en&facets=" + facets + "&facetFilters=" + facetFilters;
    String body =
        """
        {"requests":[
          {"indexName":"listings","params":%s},
          {"indexName":"listings","query":"trademark","hitsPerPage":0,"lang":"en",
           "facets":["country"],"facetFilters":[["country:Germany","country:France"]]},
          {"indexName":"listings","params":{"query":"trademark","page":1,"hitsPerPage":1,"lang":"en",
           "facetFilters":[["country:DE","country:法国"]]}}
        ]}
        """
            .formatted(encoded(v4));
    JsonNode results = ok(QUERIES, body).get("results");
    assertThat(results.size()).isEqualTo(3);

    SearchResponse expected = api("q=trademark&country=DE,FR&lang=en");
    assertThat(expected.total()).isPositive();
    JsonNode main = results.get(0);
    assertThat(main.get("nbHits").asLong()).isEqualTo(expected.total());
    assertThat(ids(main)).isEqualTo(expected.hits().stream().map(SearchResponse.Hit::id).toList());
    assertThat(counts(main.get("facets").get("country")))
        .isEqualTo(labels(expected.facets().get("country")));
    assertThat(counts(main.get("facets").get("service")))
        .isEqualTo(labels(expected.facets().get("service")));
    assertThat(main.get("facets").get("geo.lvl1").get("Europe > Germany").asLong())
        .isEqualTo(labels(expected.facets().get("country")).get("Germany"));
    assertThat(main.get("index").asString()).isEqualTo("listings");
    assertThat(main.get("page").asInt()).isZero();
    assertThat(main.get("exhaustiveNbHits").asBoolean()).isTrue();

    JsonNode countsOnly = results.get(1);
    assertThat(countsOnly.get("hits").size()).isZero();
    assertThat(countsOnly.get("nbHits").asLong()).isEqualTo(expected.total());
    assertThat(counts(countsOnly.get("facets").get("country")))
        .isEqualTo(labels(expected.facets().get("country")));

    SearchResponse second = api("q=trademark&country=DE,FR&lang=en&size=1&page=2");
    JsonNode paged = results.get(2);
    assertThat(paged.get("page").asInt()).isEqualTo(1);
    assertThat(paged.get("nbPages").asLong()).isEqualTo(expected.total());
    assertThat(ids(paged)).isEqualTo(List.of(second.hits().get(0).id()));
  }

  @Test
  void theKeysScopeAppliesAndTheQueryIsUnderstoodAsOnTheSearchApi() {
    JsonNode result =
        ok(QUERIES, "{\"requests\":[{\"indexName\":\"x\",\"params\":\"query=德国 商标&facets=*\"}]}")
            .get("results")
            .get(0);
    SearchResponse expected = api("q=德国 商标");
    assertThat(result.get("nbHits").asLong()).isEqualTo(expected.total()).isPositive();
    assertThat(ids(result))
        .isEqualTo(expected.hits().stream().map(SearchResponse.Hit::id).toList());
    assertThat(counts(result.get("facets").get("continent"))).containsOnlyKeys("欧洲");
    assertThat(counts(result.get("facets").get("geo.lvl0")))
        .isEqualTo(labels(expected.facets().get("continent")));
    // Outside Europe: refused, naming the parameter, as the search API refuses country=VN.
    JsonNode refused =
        problem("{\"requests\":[{\"indexName\":\"x\",\"facetFilters\":[\"country:VN\"]}]}");
    assertThat(refused.get("parameter").asString()).isEqualTo("facetFilters");
  }

  @Test
  void highlightsUseTheClientsTagsAndCodesComeOnRequest() {
    JsonNode hit =
        ok(
                QUERIES,
                "{\"requests\":[{\"indexName\":\"x\",\"params\":\"query=Hamburg&lang=en&facetValues=code&facets=%5B%22country%22%5D\"}]}")
            .get("results")
            .get(0);
    JsonNode first = hit.get("hits").get(0);
    assertThat(first.get("objectID").asString()).isEqualTo("fx-03");
    assertThat(first.get("_highlightResult").get("name").get("value").asString())
        .isEqualTo("__ais-highlight__Hamburg__/ais-highlight__ Brand Registry GmbH");
    assertThat(first.get("country").asString()).isEqualTo("DE");
    assertThat(first.get("geo").get("lvl1").asString()).isEqualTo("EU > DE");
    assertThat(hit.get("facets").get("country").has("DE")).isTrue();

    JsonNode tags =
        ok(
                QUERIES,
                "{\"requests\":[{\"indexName\":\"x\",\"query\":\"Hamburg\",\"lang\":\"en\","
                    + "\"highlightPreTag\":\"<em>\",\"highlightPostTag\":\"</em>\"}]}")
            .get("results")
            .get(0);
    assertThat(
            tags.get("hits").get(0).get("_highlightResult").get("nameEn").get("value").asString())
        .isEqualTo("<em>Hamburg</em> Brand Registry GmbH");
    assertThat(tags.get("hits").get(0).get("country").asString()).isEqualTo("Germany");
  }

  @Test
  void facetValueSearchCountsAsTheFacetValuesApi() {
    JsonNode answer =
        ok(
            "/api/v1/instantsearch/1/indexes/listings/facets/country/query",
            "{\"params\":\"lang=en&query=trademark\",\"facetQuery\":\"ger\"}");
    JsonNode first = answer.get("facetHits").get(0);
    assertThat(first.get("value").asString()).isEqualTo("Germany");
    assertThat(first.get("highlighted").asString())
        .isEqualTo("__ais-highlight__Ger__/ais-highlight__many");
    SearchResponse all = api("lang=en");
    assertThat(first.get("count").asLong())
        .isEqualTo(labels(all.facets().get("country")).get("Germany"));
    // The same through the multi-query, as algoliasearch v5 sends it.
    JsonNode viaQueries =
        ok(
                QUERIES,
                "{\"requests\":[{\"indexName\":\"x\",\"type\":\"facet\",\"facet\":\"country\","
                    + "\"facetQuery\":\"ger\",\"lang\":\"en\"}]}")
            .get("results")
            .get(0);
    assertThat(viaQueries.get("facetHits")).isEqualTo(answer.get("facetHits"));
  }

  @Test
  void badInputIsAProblemNamingTheParameter() {
    assertThat(
            problem("{\"requests\":[{\"facetFilters\":[\"country:-Germany\"]}]}")
                .get("parameter")
                .asString())
        .isEqualTo("facetFilters");
    assertThat(
            problem("{\"requests\":[{\"facetFilters\":[\"colour:red\"]}]}")
                .get("parameter")
                .asString())
        .isEqualTo("facetFilters");
    assertThat(problem("{\"requests\":[{\"hitsPerPage\":500}]}").get("parameter").asString())
        .isEqualTo("hitsPerPage");
    assertThat(problem("{\"requests\":[{\"facets\":[\"colour\"]}]}").get("parameter").asString())
        .isEqualTo("facets");
    assertThat(problem("{\"requests\":[{\"aroundLatLng\":\"north\"}]}").get("parameter").asString())
        .isEqualTo("aroundLatLng");
    assertThat(problem("not json").get("parameter").asString()).isEqualTo("requests");
  }

  @Test
  void partnerPagesMayPostWithAlgoliasHeadersAndUnknownKeysAreRefused() {
    client()
        .method(HttpMethod.OPTIONS)
        .uri(QUERIES)
        .header(HttpHeaders.ORIGIN, ORIGIN)
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(
            HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS,
            "content-type,x-algolia-api-key,x-algolia-application-id")
        .exchange()
        .expectStatus()
        .isNoContent()
        .expectHeader()
        .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ORIGIN)
        .expectHeader()
        .value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, m -> assertThat(m).contains("POST"));
    // The key as a header, with JSON: the answer is the same as with the key in the URL.
    client()
        .post()
        .uri(QUERIES)
        .header(HttpHeaders.ORIGIN, ORIGIN)
        .header("x-algolia-api-key", key)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"requests\":[{\"indexName\":\"x\"}]}")
        .exchange()
        .expectStatus()
        .isOk();
    client()
        .post()
        .uri(QUERIES)
        .header("x-algolia-api-key", "ipd_unknown_key_000000000000000000000")
        .contentType(MediaType.TEXT_PLAIN)
        .bodyValue("{\"requests\":[{\"indexName\":\"x\"}]}")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  private static List<String> ids(JsonNode result) {
    List<String> out = new ArrayList<>();
    result.get("hits").values().forEach(h -> out.add(h.get("objectID").asString()));
    return out;
  }

  private static Map<String, Long> counts(JsonNode facet) {
    Map<String, Long> out = new LinkedHashMap<>();
    facet.properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  private static Map<String, Long> labels(List<SearchResponse.FacetBucket> buckets) {
    Map<String, Long> out = new LinkedHashMap<>();
    buckets.forEach(b -> out.put(b.label(), b.count()));
    return out;
  }
}
