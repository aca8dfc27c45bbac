package org.ipnetwork.directory.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

  /** Entries given by the test: payload = facet:code, as an integrator would use them. */
  private static final TermMatcher<String> MATCHER =
      TermMatcher.<String>builder()
          .add("Germany", "country:DE")
          .add("德国", "country:DE")
          .add("France", "country:FR")
          .add("法国", "country:FR")
          .add("South Korea", "country:KR")
          .add("Korea", "country:KR")
          .add("韩国", "country:KR")
          .add("United States", "country:US")
          .add("US", "country:US")
          .add("美国", "country:US")
          .add("Japan", "country:JP")
          .add("日本", "country:JP")
          .add("India", "country:IN")
          .add("印度", "country:IN")
          .add("Indonesia", "country:ID")
          .add("印度尼西亚", "country:ID")
          .add("Canada", "country:CA")
          .add("CAN", "country:CA")
          .add("patent", "service:patent")
          .add("patents", "service:patent")
          .add("专利", "service:patent")
          .add("trademark", "service:trademark")
          .add("trademarks", "service:trademark")
          .add("商标", "service:trademark")
          .add("trade secret", "service:trade_secret")
          .add("外观设计", "service:design")
          .add("仿冒", "service:anti_counterfeiting")
          .add("专利代理", "service:patent")
          .add("专利代理", "orgType:patent_agency")
          .add("patent attorney", "orgType:patent_agency")
          .add("attorney", "orgType:law_firm")
          .add("空调", "industry:smart_appliances")
          .add("被抢注", "glossary:squatting")
          .add("squatting", "glossary:squatting")
          .addExact("Munich", "city:Munich")
          .addExact("慕尼黑", "city:Munich")
          .build();

  private static List<String> payloads(String query) {
    return MATCHER.match(query).matches().stream().map(Match::payload).toList();
  }

  @Test
  void findsEntriesLeftmostLongestWithoutSpaces() {
    assertThat(payloads("德国商标")).containsExactly("country:DE", "service:trademark");
    assertThat(payloads("trade secret Germany"))
        .containsExactly("service:trade_secret", "country:DE");
    assertThat(payloads("印度尼西亚 专利")).containsExactly("country:ID", "service:patent");
  }

  @Test
  void oneTextNamingSeveralPayloadsYieldsEach() {
    assertThat(MATCHER.match("专利代理").matches())
        .extracting(Match::payload, Match::start, Match::end)
        .containsExactly(tuple("service:patent", 0, 4), tuple("orgType:patent_agency", 0, 4));
  }

  @Test
  void latinEntriesMatchWholeWordsAndShortOnesOnlyAsWritten() {
    assertThat(payloads("patently obvious")).isEmpty();
    assertThat(payloads("US patent")).containsExactly("country:US", "service:patent");
    assertThat(payloads("can we patent")).containsExactly("service:patent");
    assertThat(payloads("CAN")).containsExactly("country:CA");
  }

  @Test
  void caseWidthAndAccentsFold() {
    assertThat(payloads("ＧＥＲＭＡＮＹ PATENT")).containsExactly("country:DE", "service:patent");
    Match<String> m = MATCHER.match("ｇｅｒｍａｎｙ").matches().get(0);
    assertThat(m.typed()).isEqualTo("ｇｅｒｍａｎｙ");
    assertThat(m.via()).isEqualTo(Via.EXACT);
  }

  @Test
  void traditionalCharactersMatchSimplifiedEntries() {
    Matching<String> m = MATCHER.match("美國 專利");
    assertThat(m.matches())
        .extracting(Match::payload, Match::typed, Match::entry, Match::via)
        .containsExactly(
            tuple("country:US", "美國", "美国", Via.EXACT),
            tuple("service:patent", "專利", "专利", Via.EXACT));
    assertThat(m.leftover()).isEmpty();
  }

  @Test
  void pinyinFindsChineseEntriesWithOrWithoutSpacesAndTones() {
    for (String q : List.of("riben zhuanli", "ri ben zhuan li", "Riben Zhuanli", "rìběn zhuānlì")) {
      assertThat(payloads(q)).as(q).containsExactly("country:JP", "service:patent");
    }
    for (String q : List.of("deguo", "de guo", "déguó", "Deguo", "DE GUO")) {
      Matching<String> m = MATCHER.match(q);
      assertThat(m.matches())
          .as(q)
          .singleElement()
          .satisfies(
              match -> {
                assertThat(match.payload()).isEqualTo("country:DE");
                assertThat(match.via()).isEqualTo(Via.PINYIN);
                assertThat(match.entry()).isEqualTo("德国");
                assertThat(match.typed()).isEqualTo(q);
              });
    }
  }

  @Test
  void pinyinNeedsWordBoundariesAndGetsNoTypoTolerance() {
    assertThat(payloads("xdeguo")).isEmpty();
    assertThat(payloads("deguox")).isEmpty();
    assertThat(payloads("deguoo")).isEmpty();
    assertThat(payloads("rben")).isEmpty();
  }

  @Test
  void pinyinOnlyForEntriesOfTwoOrMoreCharacters() {
    TermMatcher<String> m = TermMatcher.<String>builder().add("鞋", "shoes").add("美国", "US").build();
    assertThat(m.forms())
        .extracting(TermMatcher.Form::key)
        .containsExactly("美国", "mei guo", "meiguo");
    assertThat(m.match("xie").matches()).isEmpty();
  }

  @Test
  void typosAreCorrectedOnLongerLatinWords() {
    assertCorrected("trademakr france", "trademakr", "trademark", "service:trademark");
    assertCorrected("germnay patent", "germnay", "Germany", "country:DE");
    assertCorrected("pattent korea", "pattent", "patent", "service:patent");
    assertThat(payloads("trademakr france")).containsExactly("service:trademark", "country:FR");
    assertThat(payloads("pattent korea")).containsExactly("service:patent", "country:KR");
  }

  @Test
  void typosAtTheStartOfAWordAreFoundToo() {
    assertThat(payloads("rademark")).containsExactly("service:trademark"); // first letter dropped
    assertThat(payloads("tardemark")).containsExactly("service:trademark"); // swap after it
    assertThat(payloads("rtademark")).containsExactly("service:trademark"); // first two swapped
    assertThat(payloads("xrademark")).containsExactly("service:trademark"); // first one wrong
  }

  @Test
  void multiWordEntriesTolerateATypoPerWord() {
    assertCorrected("trade secert lawyer", "trade secert", "trade secret", "service:trade_secret");
  }

  private static void assertCorrected(String query, String typed, String entry, String payload) {
    Match<String> m = MATCHER.match(query).matches().get(0);
    assertThat(m.typed()).isEqualTo(typed);
    assertThat(m.entry()).isEqualTo(entry);
    assertThat(m.payload()).isEqualTo(payload);
    assertThat(m.corrected()).isTrue();
  }

  @Test
  void shortWordsAreNeverCorrected() {
    assertThat(payloads("bran")).isEmpty(); // not "brand", not "Iran"
    assertThat(payloads("Japn")).isEmpty();
    assertThat(payloads("Indai")).containsExactly("country:IN"); // a swap is one edit
    assertThat(payloads("Indxy")).isEmpty(); // two edits from India: one allowed at 5 letters
  }

  @Test
  void anExactEntryAtAPositionWinsOverATypoOfALongerOne() {
    // "patents" is an entry: "patents attorny" is patents + a corrected "attorney", never the
    // org type "patent attorney" found through a typo.
    assertThat(payloads("patents attorny")).containsExactly("service:patent", "orgType:law_firm");
  }

  @Test
  void exactCityEntriesGetNoTypoAndNoPinyin() {
    assertThat(payloads("Munich patent attorney"))
        .containsExactly("city:Munich", "orgType:patent_agency");
    assertThat(payloads("Munich patent attorney")).hasSize(2);
    assertThat(payloads("Muinch")).isEmpty();
    assertThat(payloads("munihei")).isEmpty();
    assertThat(payloads("慕尼黑 专利")).containsExactly("city:Munich", "service:patent");
  }

  @Test
  void aCaseToldInASentenceLeavesNoFiller() {
    Matching<String> m = MATCHER.match("我们的空调外观设计在印度被仿冒了");
    assertThat(m.matches())
        .extracting(Match::payload)
        .containsExactly(
            "industry:smart_appliances",
            "service:design",
            "country:IN",
            "service:anti_counterfeiting");
    assertThat(m.leftover()).isEmpty();
    assertThat(m.fullyUnderstood()).isTrue();

    Matching<String> en =
        MATCHER.match("we need a patent attorney in Germany, our trademark was squatting");
    assertThat(en.matches())
        .extracting(Match::payload)
        .containsExactly(
            "orgType:patent_agency", "country:DE", "service:trademark", "glossary:squatting");
    assertThat(en.leftover()).isEmpty();
  }

  @Test
  void fillerInsideAnEntryBelongsToTheEntry() {
    // 被 is filler, but 被抢注 is an entry and wins.
    assertThat(payloads("商标在美国被抢注了"))
        .containsExactly("service:trademark", "country:US", "glossary:squatting");
    assertThat(MATCHER.match("商标在美国被抢注了").leftover()).isEmpty();
  }

  @Test
  void oneCharacterFillerInsideOtherWordsIsKept() {
    // 在 is filler on its own, not inside 所在地 or 在线
    assertThat(MATCHER.match("我们的所在地德国").leftover()).containsExactly("所在地");
    assertThat(MATCHER.match("在线 仿冒").leftover()).containsExactly("在线");
    TermMatcher<String> withPlace =
        TermMatcher.<String>builder().add("所在地", "field:seat").add("德国", "country:DE").build();
    Matching<String> m = withPlace.match("所在地在德国");
    assertThat(m.matches()).extracting(Match::payload).containsExactly("field:seat", "country:DE");
    assertThat(m.leftover()).isEmpty();
  }

  @Test
  void leftoverKeepsMeaningfulWordsAsTyped() {
    Matching<String> m = MATCHER.match("德国 商标 Müller & Partner 事務所");
    assertThat(m.leftover()).containsExactly("Müller", "Partner", "事務所");
    assertThat(m.leftoverText()).isEqualTo("Müller Partner 事務所");
    assertThat(m.fullyUnderstood()).isFalse();
  }

  @Test
  void spansPointIntoTheQueryAsGiven() {
    String q = "  ｓｏｕｔｈ   ｋｏｒｅａ—專利 ";
    Match<String> korea = MATCHER.match(q).matches().get(0);
    assertThat(q.substring(korea.start(), korea.end())).isEqualTo("ｓｏｕｔｈ   ｋｏｒｅａ");
    assertThat(korea.payload()).isEqualTo("country:KR");
  }

  @Test
  void nothingGivesNothing() {
    assertThat(MATCHER.match(null).matches()).isEmpty();
    assertThat(MATCHER.match("   ").leftover()).isEmpty();
    assertThat(MATCHER.match("the of and").fullyUnderstood()).isFalse();
    assertThat(MATCHER.match("the of and").leftover()).isEmpty();
  }

  @Test
  void oneMatcherServesManyThreads() throws Exception {
    List<String> queries = List.of("美國 專利", "germnay patent", "riben zhuanli", "我们的空调外观设计在印度被仿冒了");
    List<Matching<String>> expected = queries.stream().map(MATCHER::match).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Callable<Boolean>> jobs = new java.util.ArrayList<>();
      for (int k = 0; k < 200; k++) {
        int i = k % queries.size();
        jobs.add(() -> MATCHER.match(queries.get(i)).equals(expected.get(i)));
      }
      for (var f : pool.invokeAll(jobs)) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void entriesCanBeEnumerated() {
    assertThat(MATCHER.entries()).extracting(TermMatcher.Entry::text).contains("Germany", "慕尼黑");
    assertThat(MATCHER.forms())
        .filteredOn(f -> f.entry().text().equals("德国"))
        .extracting(TermMatcher.Form::key, TermMatcher.Form::via)
        .containsExactly(
            tuple("德国", Via.EXACT), tuple("de guo", Via.PINYIN), tuple("deguo", Via.PINYIN));
    assertThat(MATCHER.forms())
        .filteredOn(f -> f.entry().text().equals("US"))
        .singleElement()
        .satisfies(f -> assertThat(f.caseSensitive()).isTrue());
  }
}
