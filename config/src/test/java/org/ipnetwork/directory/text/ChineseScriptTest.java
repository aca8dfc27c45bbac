package org.ipnetwork.directory.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ChineseScriptTest {

  @Test
  void traditionalBecomesSimplified() {
    assertThat(ChineseScript.toSimplified("美國 專利")).isEqualTo("美国 专利");
    assertThat(ChineseScript.toSimplified("澳門特別行政區")).isEqualTo("澳门特别行政区");
    assertThat(ChineseScript.toSimplified("商標註冊與維權")).isEqualTo("商标注册与维权");
    assertThat(ChineseScript.toSimplified("Müller 律師事務所")).isEqualTo("Müller 律师事务所");
  }

  @Test
  void simplifiedAndLatinTextStayAsTheyAre() {
    String latin = "trademark squatting Indonesia";
    assertThat(ChineseScript.toSimplified(latin)).isSameAs(latin);
    assertThat(ChineseScript.toSimplified("德国商标")).isEqualTo("德国商标");
    assertThat(ChineseScript.toSimplified(null)).isNull();
  }

  @Test
  void phrasesDecideSomeCharacters() {
    assertThat(ChineseScript.simplify('著')).isEqualTo('着');
    assertThat(ChineseScript.toSimplified("著作權")).isEqualTo("著作权");
    assertThat(ChineseScript.Phrases.CHARACTERS).contains((int) '著').hasSizeGreaterThan(20);
  }

  @Test
  void alignedConversionIsTheTransliteratorsCharForChar() {
    for (String s :
        List.of(
            "我們的空調外觀設計在印度被仿冒了",
            "臺灣 澳門 香港 廣東 乾隆 後來 發展 頭髮",
            "著作權 軟體 網路 資訊 餘額 複製 瞭解 甚麼",
            "Müller 律師事務所（示例）, 商標註冊",
            "𠀋 surrogate 𠀋著作")) {
      String aligned = ChineseScript.toSimplifiedAligned(s);
      assertThat(aligned).isEqualTo(ChineseScript.toSimplified(s)).hasSameSizeAs(s);
    }
    String latin = "no Han here";
    assertThat(ChineseScript.toSimplifiedAligned(latin)).isSameAs(latin);
    assertThat(ChineseScript.simplify('A')).isEqualTo('A');
  }

  /** Every phrase of ICU's rules, inside other text, converts as the transliterator does. */
  @Test
  void everyPhraseRuleIsHonoured() {
    String rules = Transliterator.getInstance("Traditional-Simplified").toRules(false);
    int phrases = 0;
    for (String line : rules.split("\\R")) {
      int arrow = line.indexOf('>');
      if (arrow < 0) {
        continue;
      }
      String from = line.substring(0, arrow).trim();
      if (from.codePointCount(0, from.length()) < 2
          || !from.codePoints().allMatch(Character::isIdeographic)) {
        continue;
      }
      phrases++;
      String text = "我們說" + from + "的時候";
      assertThat(ChineseScript.toSimplifiedAligned(text))
          .as(text)
          .isEqualTo(ChineseScript.toSimplified(text));
    }
    assertThat(phrases).isGreaterThan(900);
  }

  @Test
  void safeFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results =
          pool.invokeAll(Collections.nCopies(64, () -> ChineseScript.toSimplified("國際商標註冊與專利訴訟")));
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo("国际商标注册与专利诉讼");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void hasHanFindsIdeographsOnly() {
    assertThat(ChineseScript.hasHan("abc 德")).isTrue();
    assertThat(ChineseScript.hasHan("abc ＡＢＣ （）")).isFalse();
  }
}
