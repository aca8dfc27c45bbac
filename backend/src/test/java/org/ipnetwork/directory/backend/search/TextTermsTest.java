package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What of a long text is sent to Elasticsearch: the first terms, counted as the index counts. */
class TextTermsTest {

  @Test
  void shortTextIsUnchanged() {
    assertThat(TextTerms.cap("德国 商标 Müller & Partner", 32)).isEqualTo("德国 商标 Müller & Partner");
  }

  @Test
  void everyHanCharacterIsATerm() {
    assertThat(TextTerms.cap("我们的空调外观设计在印度被仿冒了", 5)).isEqualTo("我们的空调");
  }

  @Test
  void aLatinWordIsOneTermWithItsAccentsAndDigits() {
    assertThat(TextTerms.cap("Section 337 lawyer in Munich", 3)).isEqualTo("Section 337 lawyer");
    assertThat(TextTerms.cap("Müller Hartmann Seidel", 2)).isEqualTo("Müller Hartmann");
  }

  @Test
  void mixedTextCountsBoth() {
    assertThat(TextTerms.cap("德国patent商标", 3)).isEqualTo("德国patent");
  }

  @Test
  void aTwoHundredCharacterSentenceKeepsItsFirstTerms() {
    String sentence = "知识产权保护".repeat(34).substring(0, 200);
    String capped = TextTerms.cap(sentence, 32);
    assertThat(capped).hasSize(32).isEqualTo(sentence.substring(0, 32));
  }

  @Test
  void punctuationAndSpaceAreNoTerms() {
    assertThat(TextTerms.cap("，，德国。。。  ", 1)).isEqualTo("，，德国。。。  ".substring(0, 3));
    assertThat(TextTerms.cap("a, b, c", 2)).isEqualTo("a, b,");
  }

  @Test
  void nullStaysNull() {
    assertThat(TextTerms.cap(null, 3)).isNull();
    assertThat(TextTerms.count(null)).isZero();
  }

  @Test
  void aWordSearchedWithTyposCostsThreeTerms() {
    assertThat(TextTerms.cost("德国 商标")).isEqualTo(4);
    assertThat(TextTerms.cost("law firm in UK")).isEqualTo(4);
    assertThat(TextTerms.cost("trademark Germany")).isEqualTo(6);
    assertThat(TextTerms.cost("Section 12345 商标")).isEqualTo(6);
    assertThat(TextTerms.cost("德国patent商标")).isEqualTo(7);
    assertThat(TextTerms.cost(null)).isZero();
    // The longest judged query stays an ordinary search; sixteen long English words do not.
    assertThat(TextTerms.cost("a competitor in Mexico copied our product design, what can we do"))
        .isEqualTo(22);
    assertThat(
            TextTerms.cost(
                "intellectual property enforcement counterfeiting infringement litigation"
                    + " arbitration representation registration prosecution opposition"
                    + " cancellation customs recordation investigation international"))
        .isEqualTo(48);
  }

  @Test
  void countCountsAsCapCuts() {
    assertThat(TextTerms.count("我们的产品在美国被起诉专利侵权，需要应诉律师")).isEqualTo(21);
    assertThat(TextTerms.count("德国patent商标 Müller, 337")).isEqualTo(7);
    assertThat(TextTerms.count("  ，。 ")).isZero();
    String sentence = "知识产权保护".repeat(34).substring(0, 200);
    assertThat(TextTerms.count(sentence)).isEqualTo(200);
    assertThat(TextTerms.count(TextTerms.cap(sentence, 32))).isEqualTo(32);
  }
}
