package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
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
  void aCorrectedTypoIsMarkedInTheHitsAsCorrected() {
    SearchResponse r = search("q=trademakr germany&lang=en");
    assertThat(r.interpretation().correctedQuery()).isEqualTo("trademark germany");
    SearchResponse.Hit hamburg =
        r.hits().stream().filter(h -> h.id().equals("fx-03")).findFirst().orElseThrow();
    assertThat(hamburg.highlight().get("description.en"))
        .singleElement()
        .asString()
        .contains("<mark>Trademark</mark> registration");
  }

  @Test
  void chineseHighlightsMarkWholeWordsNotTheirCharactersElsewhere() {
    // 事件 is not in the name, but its 事 is (律师事务所): marked one character at a time, the
    // highlight would show a stray 事 and 慕尼黑 in three pieces.
    SearchResponse r = search("q=慕尼黑 事件&lang=zh");
    SearchResponse.Hit munich =
        r.hits().stream().filter(h -> h.id().equals("fx-01")).findFirst().orElseThrow();
    assertThat(munich.highlight().get("name.zh")).containsExactly("<mark>慕尼黑</mark>穆勒律师事务所");
    assertThat(munich.highlight()).doesNotContainKey("name.zh.bigram");
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
  void leftoverWordsRankWithinTheRecognisedTerms() {
    // The place and the service still filter; the word nobody recognised only ranks.
    SearchResponse r = search("q=德国 商标 Müller&lang=zh");
    assertThat(r.interpretation().remainingText()).isEqualTo("Müller");
    assertThat(r.interpretation().recognized())
        .extracting(SearchResponse.Recognized::filtered)
        .containsOnly(true);
    assertThat(r.hits())
        .extracting(SearchResponse.Hit::id)
        .containsExactlyInAnyOrder("fx-01", "fx-03", "fx-14");
    assertThat(r.hits().get(0).id()).isEqualTo("fx-01");
    assertThat(r.facets().get("country"))
        .filteredOn(SearchResponse.FacetBucket::selected)
        .extracting(SearchResponse.FacetBucket::code)
        .containsExactly("DE");
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
  void servicesNamedTogetherMeanAFirmThatDoesAll() {
    SearchResponse r = search("q=trade secret litigation&lang=en");
    assertThat(r.interpretation().recognized())
        .extracting(SearchResponse.Recognized::code, SearchResponse.Recognized::text)
        .containsExactly(tuple("trade_secret", "trade secret"), tuple("litigation", "litigation"));
    // Trade secrets and litigation: fx-10 alone. Fewer than three, so the related answer offers
    // the firms doing either (fx-01, 06, 09, 12 litigate), never repeating fx-10.
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.hits()).extracting(SearchResponse.Hit::id).containsExactly("fx-10");
    assertThat(r.related().relaxation().code()).isEqualTo("any_service");
    assertThat(r.related().relaxation().message()).contains("trade secret");
    assertThat(r.related().hits())
        .extracting(SearchResponse.Hit::id)
        .containsExactlyInAnyOrder("fx-01", "fx-06", "fx-09", "fx-12");
  }

  @Test
  void aCountryWithoutListingsWidensToItsNeighbourhood() {
    // Macao has nobody in the fixture; Hong Kong (fx-13) is in the Greater Bay Area.
    SearchResponse r = search("q=澳门 调解&lang=zh");
    assertThat(r.total()).isZero();
    assertThat(r.related().relaxation().code()).isEqualTo("geography");
    assertThat(r.related().relaxation().message()).contains("澳门").contains("粤港澳大湾区");
    assertThat(r.related().hits()).extracting(SearchResponse.Hit::id).containsExactly("fx-13");
    assertThat(r.facets()).containsKey("country");
  }

  @Test
  void typosTraditionalCharactersAndPinyinFindTheSameFirms() {
    for (String q : List.of("trademakr germnay", "德國 商標", "deguo shangbiao")) {
      SearchResponse r = search("q=" + q + "&lang=en");
      assertThat(r.hits())
          .as(q)
          .extracting(SearchResponse.Hit::id)
          .containsExactlyInAnyOrder("fx-01", "fx-03", "fx-14");
    }
    assertThat(search("q=trademakr germnay&lang=en").interpretation().correctedQuery())
        .isEqualTo("trademark Germany");
  }

  @Test
  void connectorWordsDoNotCountAsLeftoverText() {
    SearchResponse r = search("q=patent litigation in Brazil&lang=en");
    assertThat(r.interpretation().remainingText()).isNull();
    assertThat(r.hits()).extracting(SearchResponse.Hit::id).containsExactly("fx-09");
  }
}
