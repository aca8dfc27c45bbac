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
    QueryInterpreter.Result r = interpreter.interpret("德国商标侵权");
    assertThat(r.matches())
        .extracting(
            QueryInterpreter.Match::facet,
            QueryInterpreter.Match::code,
            QueryInterpreter.Match::text)
        .containsExactly(
            tuple(Facet.COUNTRY, "DE", "德国"),
            tuple(Facet.SERVICE, "trademark", "商标"),
            tuple(Facet.SERVICE, "litigation", "侵权"));
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
    // "Germanyx" is not Germany, and "patently" is not a patent.
    assertThat(interpreter.interpret("Germanyx patently").matches()).isEmpty();
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
}
