package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;

/**
 * Query understanding on the fixture. German trademark providers (published): fx-01, fx-03 and
 * fx-14, whose own text is English only and never says "trademark".
 */
class QueryUnderstandingIT extends FixtureApi {

  @Test
  void countryAndServiceNamedInChineseFillTheWholePage() {
    SearchResponse r = search("q=德国 商标&lang=zh");
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.hits())
        .extracting(SearchResponse.Hit::id)
        .containsExactlyInAnyOrder("fx-01", "fx-03", "fx-14");
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.country().code()).isEqualTo("DE"));
    assertThat(r.hits())
        .allSatisfy(
            h ->
                assertThat(h.services())
                    .extracting(SearchResponse.Labeled::code)
                    .contains("trademark"));
    assertThat(r.interpretation().recognized())
        .extracting(
            SearchResponse.Recognized::facet,
            SearchResponse.Recognized::code,
            SearchResponse.Recognized::label,
            SearchResponse.Recognized::text,
            SearchResponse.Recognized::filtered)
        .containsExactly(
            tuple("country", "DE", "德国", "德国", true),
            tuple("service", "trademark", "商标注册（含马德里）", "商标", true));
    assertThat(r.interpretation().remainingText()).isNull();
    assertThat(r.facets().get("country"))
        .filteredOn(SearchResponse.FacetBucket::selected)
        .extracting(SearchResponse.FacetBucket::code)
        .containsExactly("DE");
  }

  @Test
  void chineseWithoutSpacesIsSplitIntoTerms() {
    SearchResponse r = search("q=德国商标&lang=zh");
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.interpretation().recognized())
        .extracting(SearchResponse.Recognized::text)
        .containsExactly("德国", "商标");
  }

  @Test
  void withoutInterpretationTheTaxonomyLabelsStillFindTheEnglishOnlyFirm() {
    SearchResponse r = search("q=德国 商标&lang=zh&interpret=false&size=50");
    assertThat(r.interpretation().recognized()).isEmpty();
    assertThat(r.total()).isGreaterThan(3);
    assertThat(r.hits()).extracting(SearchResponse.Hit::id).contains("fx-01", "fx-03", "fx-14");
  }

  @Test
  void leftoverWordsKeepTheTermsAsBoostsOnly() {
    SearchResponse r = search("q=德国 商标 Müller&lang=zh");
    assertThat(r.interpretation().remainingText()).isEqualTo("Müller");
    assertThat(r.interpretation().recognized())
        .extracting(SearchResponse.Recognized::filtered)
        .containsOnly(false);
    assertThat(r.hits().get(0).id()).isEqualTo("fx-01");
    assertThat(r.facets().get("country")).noneMatch(SearchResponse.FacetBucket::selected);
  }

  @Test
  void aChosenCountryWinsOverTheRecognisedOne() {
    SearchResponse r = search("q=德国 商标&country=FR");
    assertThat(r.hits()).extracting(SearchResponse.Hit::id).containsExactly("fx-04");
    assertThat(r.interpretation().recognized())
        .extracting(SearchResponse.Recognized::code, SearchResponse.Recognized::filtered)
        .containsExactly(tuple("DE", false), tuple("trademark", true));
  }

  @Test
  void englishMultiWordSynonymsAreOneTerm() {
    SearchResponse r = search("q=trade secret litigation&lang=en");
    assertThat(r.interpretation().recognized())
        .extracting(SearchResponse.Recognized::code, SearchResponse.Recognized::text)
        .containsExactly(tuple("trade_secret", "trade secret"), tuple("litigation", "litigation"));
    // Values of one facet are ORed: litigation or trade secrets: fx-01, 06, 09, 10, 12.
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.hits().get(0).id()).isEqualTo("fx-10");
  }

  @Test
  void connectorWordsDoNotCountAsLeftoverText() {
    SearchResponse r = search("q=patent litigation in Brazil&lang=en");
    assertThat(r.interpretation().remainingText()).isNull();
    assertThat(r.hits()).extracting(SearchResponse.Hit::id).containsExactly("fx-09");
  }
}
