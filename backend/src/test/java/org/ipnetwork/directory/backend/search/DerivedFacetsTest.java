package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipnetwork.directory.backend.place.CityIndex;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class DerivedFacetsTest {

  private static final SearchParameterParser PARSER =
      new SearchParameterParser(
          TestSearch.TAXONOMIES, new CityIndex(), TestSearch.SEAL, TestSearch.MAX_TEXT_TERMS);

  private static SearchParameters parse(String query) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      params.add(kv[0], kv[1]);
    }
    return PARSER.parse(params, Lang.EN, TestSearch.scope(TestSearch.UNSCOPED));
  }

  @Test
  void continentsAreAlwaysSummedFromCountriesBecauseTheyLeaveOutTheSameSelection() {
    assertThat(DerivedFacets.derived(Facet.CONTINENT, parse("lang=en"))).isTrue();
    assertThat(DerivedFacets.derived(Facet.CONTINENT, parse("country=DE&continent=AS"))).isTrue();
    assertThat(DerivedFacets.derived(Facet.CONTINENT, parse("region=asean"))).isTrue();
  }

  @Test
  void regionsAreSummedOnlyWhileNothingGeographicIsSelected() {
    assertThat(DerivedFacets.derived(Facet.REGION, parse("service=trademark"))).isTrue();
    assertThat(DerivedFacets.derived(Facet.REGION, parse("q=trademark"))).isTrue();
    assertThat(DerivedFacets.derived(Facet.REGION, parse("country=DE"))).isFalse();
    assertThat(DerivedFacets.derived(Facet.REGION, parse("continent=EU"))).isFalse();
    assertThat(DerivedFacets.derived(Facet.REGION, parse("region=asean"))).isFalse();
    // A country understood in the text filters like a chosen one.
    assertThat(DerivedFacets.derived(Facet.REGION, parse("q=trademark germany"))).isFalse();
  }

  @Test
  void otherFacetsAreCountedByTheNode() {
    SearchParameters p = parse("lang=en");
    for (Facet facet : List.of(Facet.COUNTRY, Facet.SERVICE, Facet.INDUSTRY, Facet.LANGUAGE)) {
      assertThat(DerivedFacets.derived(facet, p)).as(facet.name()).isFalse();
    }
  }

  @Test
  void sumsFollowTheTaxonomiesInTheNodesOrder() {
    List<DerivedFacets.Count> countries =
        List.of(
            new DerivedFacets.Count("DE", 50),
            new DerivedFacets.Count("VN", 30),
            new DerivedFacets.Count("TH", 25),
            new DerivedFacets.Count("FR", 5),
            // Outside the network: no continent in the taxonomies, none in the index either.
            new DerivedFacets.Count("XX", 7));

    assertThat(DerivedFacets.counts(Facet.CONTINENT, countries, TestSearch.TAXONOMIES))
        .containsExactly(new DerivedFacets.Count("AS", 55), new DerivedFacets.Count("EU", 55));

    List<DerivedFacets.Count> regions =
        DerivedFacets.counts(Facet.REGION, countries, TestSearch.TAXONOMIES);
    assertThat(regions).contains(new DerivedFacets.Count("asean", 55));
    assertThat(regions).contains(new DerivedFacets.Count("eu", 55));
    assertThat(regions).isSortedAccordingTo(DerivedFacets.Count.ORDER);
    assertThat(regions.get(0).count()).isEqualTo(55);
  }
}
