package org.ipnetwork.directory.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The queries that found nothing or the wrong countries before query understanding knew regions,
 * jargon, typos, traditional characters and pinyin, against the bundled data.
 */
class BundledVocabularyTest {

  private static final TermMatcher<BundledVocabulary.Meaning> MATCHER = BundledVocabulary.matcher();

  private static List<String> understood(String query) {
    return MATCHER.match(query).matches().stream().map(m -> m.payload().toString()).toList();
  }

  @Test
  void queriesFromTheIssueTableAreUnderstood() {
    // "trademark squatting" is one glossary term (opposition and trademark)
    assertThat(understood("trademark squatting Indonesia"))
        .containsExactly("glossary:squatting", "country:ID");
    assertThat(understood("Section 337 lawyer"))
        .containsExactly("glossary:section_337", "orgType:law_firm");
    assertThat(understood("Benelux trademark")).containsExactly("glossary:benelux_trademark");
    assertThat(understood("trademakr france")).containsExactly("service:trademark", "country:FR");
    assertThat(understood("pattent korea")).containsExactly("service:patent", "country:KR");
    assertThat(understood("美國 專利")).containsExactly("country:US", "service:patent");
    assertThat(understood("riben zhuanli")).containsExactly("country:JP", "service:patent");
    assertThat(understood("东盟 商标")).containsExactly("region:asean", "service:trademark");
    assertThat(understood("海湾国家 商标")).containsExactly("region:gcc", "service:trademark");
    assertThat(understood("北欧 专利")).containsExactly("region:nordic", "service:patent");
    assertThat(understood("大湾区 调解"))
        .containsExactly("region:gba", "service:mediation", "glossary:mediation");
    // 澳门 is the territory and its city: both are named
    assertThat(understood("澳门 专利"))
        .containsExactly("country:MO", "city:Macau,MO", "service:patent");
    assertThat(understood("文莱 商标")).containsExactly("country:BN", "service:trademark");
    assertThat(understood("Munich patent attorney"))
        .containsExactly("city:Munich,DE", "orgType:patent_agency");
    assertThat(understood("汉诺威 展会 侵权"))
        .containsExactly(
            "city:Hannover,DE",
            "glossary:trade_fair",
            "service:litigation",
            "glossary:infringement_suit");
  }

  @Test
  void aCaseInASentenceIsUnderstoodWithoutLeftover() {
    Matching<BundledVocabulary.Meaning> m = MATCHER.match("我们的空调外观设计在印度被仿冒了");
    assertThat(m.matches().stream().map(x -> x.payload().toString()))
        .containsExactly(
            "industry:smart_appliances",
            "service:design",
            "country:IN",
            "glossary:copied"); // 被仿冒: copied, a case for anti-counterfeiting and litigation
    assertThat(m.leftover()).isEmpty();
  }

  @Test
  void countriesWithoutListingsAndTerritoriesAreKnown() {
    assertThat(understood("Brunei")).containsExactly("country:BN");
    assertThat(understood("汶萊 商標")).containsExactly("country:BN", "service:trademark");
    assertThat(understood("wenlai")).containsExactly("country:BN");
    assertThat(understood("Côte d'Ivoire")).containsExactly("country:CI");
  }

  @Test
  void glossaryTermsAreFoundByPinyinAndWithTypos() {
    assertThat(understood("qiangzhu")).containsExactly("glossary:squatting");
    assertThat(understood("squating")).containsExactly("glossary:squatting");
    assertThat(MATCHER.match("squating").matches().get(0).corrected()).isTrue();
  }

  @Test
  void pinyinThatIsEnglishIsNotPinyin() {
    assertThat(understood("a man")).isEmpty(); // 阿曼 is "aman"
    assertThat(understood("aman")).containsExactly("country:OM");
    assertThat(understood("Angela")).isEmpty(); // pinyin of 安哥拉, one edit from Angola
  }

  @Test
  void commonWordsNearAnEntryAreNotCorrected() {
    assertThat(understood("brand")).containsExactly("glossary:brand"); // not FRAND
    assertThat(understood("grand")).isEmpty(); // neither FRAND nor brand
    assertThat(understood("parent company")).isEmpty(); // not patent
    assertThat(understood("custom order")).isEmpty(); // not customs, not border
    assertThat(understood("parents")).containsExactly("service:patent"); // not listed: corrected
  }

  @Test
  void pinyinReadsNamesRight() {
    assertThat(understood("aodili")).containsExactly("country:AT"); // not "ao de li"
    assertThat(understood("jialebi")).containsExactly("region:caribbean");
    assertThat(understood("tiaojie")).contains("service:mediation");
  }

  /**
   * Not a benchmark: a guard against a slow path. Prints the measured times (see docs/search.md for
   * figures); fails only when matching is an order of magnitude slower than expected.
   */
  @Test
  void matchingAQueryTakesMicroseconds() {
    List<String> queries =
        List.of(
            "trademark squatting Indonesia",
            "我们的空调外观设计在印度被仿冒了怎么办",
            "trademakr france pattent korea",
            "美國 專利 律師事務所 香港 調解",
            "riben zhuanli shangbiao qinquan",
            "Munich patent attorney for trade fair",
            "德国 商标 诉讼 调解 培训 海关 律所",
            "we need a lawyer our store was frozen",
            "Section 337 ITC lawyer near Chicago",
            "东盟 海湾国家 北欧 专利 商标 注册",
            "germnay trademrak oppositoin lawyr",
            "Müller & Partner Patentanwälte München");
    int rounds = 3_000;
    for (int warm = 0; warm < rounds; warm++) {
      queries.forEach(MATCHER::match);
    }
    long[] nanos = new long[rounds * queries.size()];
    int k = 0;
    for (int r = 0; r < rounds; r++) {
      for (String q : queries) {
        long t0 = System.nanoTime();
        MATCHER.match(q);
        nanos[k++] = System.nanoTime() - t0;
      }
    }
    Arrays.sort(nanos);
    long p50 = nanos[nanos.length / 2];
    long p99 = nanos[nanos.length * 99 / 100];
    // CPU time of this thread: other processes on the machine do not inflate it as they do wall
    // time
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<String> perQuery = new ArrayList<>();
    for (String q : queries) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int r = 0; r < 2_000; r++) {
        MATCHER.match(q);
      }
      perQuery.add(
          String.format("%6.1f µs CPU  %s", (cpu.getCurrentThreadCpuTime() - t0) / 2_000 / 1e3, q));
    }
    System.out.printf(
        "TermMatcher: %d entries, %d forms; wall p50 %.1f µs, p99 %.1f µs over %d matches%n%s%n",
        MATCHER.entries().size(),
        MATCHER.forms().size(),
        p50 / 1e3,
        p99 / 1e3,
        nanos.length,
        String.join("\n", perQuery));
    assertThat(p50).isLessThan(1_000_000L);
  }
}
