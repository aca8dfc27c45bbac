package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

class QueryInterpreterTest {

  private final QueryInterpreter interpreter = new QueryInterpreter(Taxonomies.bundled());

  @Test
  void chineseWithoutSpacesIsSplitLeftmostLongest() {
    // 商标侵权 is one glossary term (trademark infringement: litigation, trademark), not 商标 + 侵权.
    QueryInterpreter.Result r = interpreter.interpret("德国商标侵权");
    assertThat(r.matches())
        .extracting(
            QueryInterpreter.Match::facet,
            QueryInterpreter.Match::code,
            QueryInterpreter.Match::text)
        .containsExactly(
            tuple(Facet.COUNTRY, "DE", "德国"),
            tuple(Facet.SERVICE, "litigation", "商标侵权"),
            tuple(Facet.SERVICE, "trademark", "商标侵权"));
    assertThat(r.fullyUnderstood()).isTrue();
  }

  @Test
  void theLongestSynonymWins() {
    // "马德里商标" is one trademark synonym, not 马德里 + 商标; "南美" is not "美" (US).
    assertThat(interpreter.interpret("马德里商标").matches())
        .extracting(QueryInterpreter.Match::text)
        .containsExactly("马德里商标");
    assertThat(interpreter.interpret("South America patents").matches())
        .extracting(QueryInterpreter.Match::code)
        .containsExactly("SA", "patent");
  }

  @Test
  void englishTermsMatchWholeWordsOnly() {
    QueryInterpreter.Result r = interpreter.interpret("trade secret lawyer in Germany");
    assertThat(r.matches())
        .extracting(QueryInterpreter.Match::code)
        .containsExactly("DE", "trade_secret", "law_firm");
    assertThat(r.remainingText()).isNull();
    // "patently" is not a patent: two edits away, one allowed at 8 letters.
    assertThat(interpreter.interpret("patently").matches()).isEmpty();
  }

  @Test
  void shortLatinSynonymsMatchOnlyAsWritten() {
    assertThat(interpreter.interpret("US trademark").matches())
        .extracting(QueryInterpreter.Match::code)
        .containsExactly("US", "trademark");
    assertThat(interpreter.interpret("can us help").matches()).isEmpty();
  }

  @Test
  void oneTextMayNameTermsOfTwoFacets() {
    assertThat(interpreter.interpret("专利代理").matches())
        .extracting(QueryInterpreter.Match::facet)
        .containsExactly(Facet.SERVICE, Facet.ORG_TYPE);
  }

  @Test
  void leftoverWordsAreReportedWithoutConnectors() {
    QueryInterpreter.Result r = interpreter.interpret("德国的 Müller 商标");
    assertThat(r.remainingText()).isEqualTo("Müller");
    assertThat(r.fullyUnderstood()).isFalse();
    assertThat(interpreter.interpret("Müller & Partner").matches()).isEmpty();
    assertThat(interpreter.interpret(null).matches()).isEmpty();
  }

  private java.util.List<String> codes(String q) {
    return interpreter.interpret(q).matches().stream()
        .map(m -> m.facet().parameter() + ":" + m.code())
        .toList();
  }

  @Test
  void typosAreCorrectedAndSaySo() {
    QueryInterpreter.Result r = interpreter.interpret("trademakr france");
    assertThat(codes("trademakr france")).containsExactly("country:FR", "service:trademark");
    assertThat(r.matches().get(1).corrected()).isEqualTo("trademark");
    assertThat(r.correctedQuery("trademakr france")).isEqualTo("trademark france");
    assertThat(codes("pattent korea")).containsExactly("country:KR", "service:patent");
    assertThat(codes("germnay")).containsExactly("country:DE");
    // Country abbreviations that are no English word count in lower case too.
    assertThat(codes("copyrigt uk")).containsExactly("country:GB", "service:copyright");
    assertThat(codes("patnet litigation usa")).contains("country:US", "service:patent");
  }

  @Test
  void traditionalCharactersAreTheSimplifiedTerms() {
    assertThat(codes("美國 專利")).containsExactly("country:US", "service:patent");
    assertThat(codes("臺灣 商標")).containsExactly("country:TW", "service:trademark");
  }

  @Test
  void pinyinNamesTheChineseTerm() {
    assertThat(codes("riben zhuanli")).containsExactly("country:JP", "service:patent");
    assertThat(codes("de guo shangbiao")).containsExactly("country:DE", "service:trademark");
    assertThat(interpreter.interpret("riben zhuanli").matches().get(0).via())
        .isEqualTo(org.ipnetwork.directory.understanding.Via.PINYIN);
  }

  @Test
  void regionsAndGroupsAreUnderstood() {
    assertThat(codes("东盟 商标")).containsExactly("region:asean", "service:trademark");
    assertThat(codes("Benelux trademark")).contains("service:trademark");
    assertThat(codes("Benelux trademark").get(0)).startsWith("region:");
    assertThat(codes("大湾区 调解")).containsExactly("region:gba", "service:mediation");
  }

  @Test
  void jargonNamesServicesAndThePlaceItImplies() {
    assertThat(codes("Section 337 lawyer")).contains("country:US", "service:litigation");
    // A place the query names wins over the one the jargon implies.
    assertThat(codes("337 德国")).contains("country:DE").doesNotContain("country:US");
    assertThat(codes("trademark squatting Indonesia"))
        .contains("country:ID", "service:trademark", "service:opposition");
  }

  @Test
  void aJargonTermsOtherServicesOnlyRankUnlessNamed() {
    // A leak is a trade-secret case; litigation and investigation may serve it, but a firm need not
    // do all three.
    assertThat(interpreter.interpret("know-how leaked by former employee Korea").matches())
        .filteredOn(m -> m.facet() == Facet.SERVICE)
        .extracting(QueryInterpreter.Match::code, QueryInterpreter.Match::ranksOnly)
        .containsExactly(
            tuple("trade_secret", false), tuple("litigation", true), tuple("investigation", true));
    // Trademark is named as well as related to squatting: named.
    assertThat(interpreter.interpret("squatting trademark Indonesia").matches())
        .filteredOn(m -> m.facet() == Facet.SERVICE)
        .extracting(QueryInterpreter.Match::code, QueryInterpreter.Match::ranksOnly)
        .containsExactly(tuple("opposition", false), tuple("trademark", false));
  }

  @Test
  void aSentenceIsItsTermsWithoutFiller() {
    QueryInterpreter.Result r = interpreter.interpret("我们的空调外观设计在印度被仿冒了");
    assertThat(codes("我们的空调外观设计在印度被仿冒了"))
        .contains("country:IN", "service:design", "industry:smart_appliances");
    assertThat(r.remainingText()).isNull();
  }

  @Test
  void aCityIsItsCountryWithAPoint() {
    QueryInterpreter.Result r = interpreter.interpret("Munich patent attorney");
    QueryInterpreter.Match munich = r.matches().get(0);
    assertThat(munich.code()).isEqualTo("DE");
    assertThat(munich.source()).isEqualTo(QueryInterpreter.Source.CITY);
    assertThat(r.city().name()).isEqualTo("Munich");
    assertThat(interpreter.interpret("汉诺威 展会 侵权").city().name()).isEqualTo("Hannover");
    // Singapore the country, not the city.
    assertThat(interpreter.interpret("Singapore patent").city()).isNull();
  }

  @Test
  void aCountryWithoutListingsIsStillACountry() {
    assertThat(codes("文莱 商标")).containsExactly("country:BN", "service:trademark");
  }
}
