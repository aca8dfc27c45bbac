package org.ipnetwork.directory.backend.instantsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** InstantSearch parameters → the parameters of {@code GET /api/v1/search}. */
class QueryTranslatorTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final QueryTranslator translator =
      new QueryTranslator(new Attributes(Taxonomies.bundled()));

  private QueryTranslator.Translated translate(String encoded) {
    return translator.translate(AlgoliaParams.parse(encoded, JSON), Lang.ZH);
  }

  private QueryTranslator.Translated translateJson(String request) {
    return translator.translate(MultiQuery.facetQuery(request, JSON).params(), Lang.ZH);
  }

  private static Map<String, List<String>> search(QueryTranslator.Translated t) {
    return t.search();
  }

  @Test
  void theParamsStringOfOlderClients() {
    QueryTranslator.Translated t =
        translate(
            "query=%E5%BE%B7%E5%9B%BD%20%E5%95%86%E6%A0%87&hitsPerPage=10&page=2"
                + "&facets=%5B%22country%22%2C%22geo.lvl0%22%5D"
                + "&facetFilters=%5B%5B%22country%3AGermany%22%2C%22country%3A%E6%B3%95%E5%9B%BD%22%5D%2C%22service%3Atrademark%22%5D"
                + "&highlightPreTag=__ais-highlight__&highlightPostTag=__%2Fais-highlight__&tagFilters=");
    assertThat(search(t))
        .containsExactly(
            Map.entry("q", List.of("德国 商标")),
            Map.entry("country", List.of("DE,FR")),
            Map.entry("service", List.of("trademark")),
            Map.entry("page", List.of("3")),
            Map.entry("size", List.of("10")));
    assertThat(t.page()).isEqualTo(2);
    assertThat(t.hits()).isTrue();
    assertThat(t.facets())
        .extracting(Attributes.Attribute::name)
        .containsExactly("country", "geo.lvl0");
    assertThat(t.preTag()).isEqualTo("__ais-highlight__");
    assertThat(t.postTag()).isEqualTo("__/ais-highlight__");
  }

  @Test
  void theObjectFormAndTheFlatFormOfAlgoliasearchV5() {
    QueryTranslator.Translated object =
        translateJson(
            "{\"params\":{\"query\":\"patent\",\"hitsPerPage\":0,\"facets\":[\"*\"],"
                + "\"facetFilters\":[[\"geo.lvl1:Europe > Germany\"]],\"lang\":\"en\"}}");
    assertThat(search(object))
        .containsExactly(Map.entry("q", List.of("patent")), Map.entry("country", List.of("DE")));
    assertThat(object.hits()).isFalse();
    assertThat(object.lang()).isEqualTo(Lang.EN);
    assertThat(object.facets()).hasSize(10);

    QueryTranslator.Translated flat =
        translateJson(
            "{\"indexName\":\"listings\",\"query\":\"patent\",\"facetFilters\":[\"geo.lvl0:欧洲\"],"
                + "\"numericFilters\":[\"verified=1\"],\"aroundLatLng\":\"48.14, 11.58\","
                + "\"aroundRadius\":50000,\"facetValues\":\"code\"}");
    assertThat(search(flat))
        .containsEntry("continent", List.of("EU"))
        .containsEntry("verified", List.of("true"))
        .containsEntry("near", List.of("48.14,11.58"))
        .containsEntry("radius", List.of("50km"))
        .containsEntry("size", List.of("20"));
    assertThat(flat.values()).isEqualTo(Attributes.Values.CODE);
    assertThat(flat.preTag()).isEqualTo(QueryTranslator.PRE_TAG);
  }

  @Test
  void valuesOfOneFacetAreOredAcrossGroups() {
    QueryTranslator.Translated t =
        translateJson(
            "{\"facetFilters\":[[\"country:DE\"],[\"geo.lvl1:Europe > France\"],\"industry:new_energy\"]}");
    assertThat(search(t))
        .containsEntry("country", List.of("DE,FR"))
        .containsEntry("industry", List.of("new_energy"));
  }

  @ParameterizedTest(name = "{0} → 400 {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"facetFilters\":[\"country:-DE\"]}|facetFilters",
        "{\"facetFilters\":[\"-country:DE\"]}|facetFilters",
        "{\"facetFilters\":[[\"country:DE\",\"service:patent\"]]}|facetFilters",
        "{\"facetFilters\":[\"colour:red\"]}|facetFilters",
        "{\"facetFilters\":[\"country:Atlantis\"]}|facetFilters",
        "{\"facetFilters\":[\"country\"]}|facetFilters",
        "{\"numericFilters\":[\"rating>3\"]}|numericFilters",
        "{\"numericFilters\":[\"verified>1\"]}|numericFilters",
        "{\"filters\":\"country:DE\"}|filters",
        "{\"hitsPerPage\":51}|hitsPerPage",
        "{\"hitsPerPage\":\"ten\"}|hitsPerPage",
        "{\"page\":-1}|page",
        "{\"facets\":[\"colour\"]}|facets",
        "{\"aroundRadius\":1000}|aroundRadius",
        "{\"aroundLatLng\":\"here\"}|aroundLatLng",
        "{\"lang\":\"fr\"}|lang",
        "{\"facetValues\":\"id\"}|facetValues",
        "{\"params\":\"facetFilters=%5Bcountry\"}|facetFilters",
        "{\"params\":3}|params",
      })
  void badValuesNameTheirParameter(String request, String parameter) {
    assertThatThrownBy(() -> translateJson(request))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
  }

  @Test
  void theSearchsOwnParameterNamesBecomeTheClients() {
    assertThat(InstantSearch.renamed(new InvalidParameterException("q", "too long")).parameter())
        .isEqualTo("query");
    assertThat(
            InstantSearch.renamed(new InvalidParameterException("country", "outside")).parameter())
        .isEqualTo("facetFilters");
    assertThat(InstantSearch.renamed(new InvalidParameterException("page", "x")).parameter())
        .isEqualTo("page");
  }
}
