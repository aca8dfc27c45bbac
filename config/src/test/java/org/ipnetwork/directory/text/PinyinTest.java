package org.ipnetwork.directory.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

  @Test
  void syllablesAreToneless() {
    assertThat(Pinyin.syllables("德国")).containsExactly("de", "guo");
    assertThat(Pinyin.spaced("德国")).isEqualTo("de guo");
    assertThat(Pinyin.joined("德国")).isEqualTo("deguo");
    assertThat(Pinyin.spaced("日本专利")).isEqualTo("ri ben zhuan li");
    assertThat(Pinyin.spaced("绿色")).isEqualTo("lu se"); // ü becomes u
  }

  @Test
  void traditionalReadsLikeSimplified() {
    assertThat(Pinyin.spaced("美國專利")).isEqualTo("mei guo zhuan li");
    assertThat(Pinyin.spaced("調解")).isEqualTo("tiao jie");
  }

  @Test
  void mixedTextKeepsLatinWordsAndDigits() {
    assertThat(Pinyin.syllables("德国GmbH公司")).containsExactly("de", "guo", "gmbh", "gong", "si");
    assertThat(Pinyin.syllables("美国337调查")).containsExactly("mei", "guo", "337", "diao", "cha");
    assertThat(Pinyin.syllables("Müller 律师，慕尼黑"))
        .containsExactly("muller", "lu", "shi", "mu", "ni", "hei");
    assertThat(Pinyin.syllables("  ")).isEmpty();
    assertThat(Pinyin.syllables(null)).isEmpty();
  }

  @Test
  void namesReadTheWayTheyAreSaid() {
    // ICU alone: ao de li, jia lei bi, hong dou la si, ta shen gan, fu de jiao, jian bu zhai
    assertThat(Pinyin.spaced("奥地利")).isEqualTo("ao di li");
    assertThat(Pinyin.spaced("加勒比")).isEqualTo("jia le bi");
    assertThat(Pinyin.spaced("洪都拉斯")).isEqualTo("hong du la si");
    assertThat(Pinyin.spaced("塔什干")).isEqualTo("ta shi gan");
    assertThat(Pinyin.spaced("佛得角")).isEqualTo("fo de jiao");
    assertThat(Pinyin.spaced("柬埔寨")).isEqualTo("jian pu zhai");
    assertThat(Pinyin.spaced("调解")).isEqualTo("tiao jie");
    assertThat(Pinyin.spaced("空调")).isEqualTo("kong tiao");
    assertThat(Pinyin.spaced("行业协会")).isEqualTo("hang ye xie hui");
    // ICU alone: bai lin, du bai lin, ya de si ya bei ba, zhong qing, sha men
    assertThat(Pinyin.spaced("柏林专利代理所")).isEqualTo("bo lin zhuan li dai li suo");
    assertThat(Pinyin.spaced("都柏林")).isEqualTo("du bo lin");
    assertThat(Pinyin.spaced("亚的斯亚贝巴")).isEqualTo("ya di si ya bei ba");
    assertThat(Pinyin.spaced("重庆")).isEqualTo("chong qing");
    assertThat(Pinyin.spaced("廈門")).isEqualTo("xia men");
  }

  @Test
  void wordsWithoutACorrectionKeepIcusReading() {
    assertThat(Pinyin.spaced("柏树")).isEqualTo("bai shu");
    assertThat(Pinyin.spaced("调查")).isEqualTo("diao cha");
    assertThat(Pinyin.spaced("行政")).isEqualTo("xing zheng");
  }
}
