package org.ipnetwork.directory.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.ipnetwork.directory.listing.Names;
import org.junit.jupiter.api.Test;

class ChineseSortKeyTest {

  /** Pinyin order: ā lǐ, ān huī, bā lí, běi jīng, dōng guǎn, guǎng zhōu, shàng hǎi, shēn zhèn, … */
  private static final List<String> PINYIN_ORDER =
      List.of("阿里", "安徽", "巴黎", "北京", "东莞", "广州", "上海", "深圳", "珠海");

  /** Orders texts the way Elasticsearch orders the keyword: by the bytes of the key. */
  private static List<String> sortedByKey(List<String> texts) {
    List<String> out = new ArrayList<>(texts);
    out.sort(Comparator.comparing(ChineseSortKey::of));
    return out;
  }

  @Test
  void keysOrderChineseNamesByPinyinNotByCodePoint() {
    List<String> shuffled = new ArrayList<>(PINYIN_ORDER);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(sortedByKey(shuffled)).containsExactlyElementsOf(PINYIN_ORDER);
    // Code-point order would be 上 U+4E0A, 东 U+4E1C, 北 U+5317, … : the key must not follow it.
    assertThat(ChineseSortKey.of("北京")).isLessThan(ChineseSortKey.of("上海"));
    // Same first character: the second decides (保 bǎo before 何 hé, code points say otherwise).
    assertThat(ChineseSortKey.of("圣保罗席尔瓦律师事务所")).isLessThan(ChineseSortKey.of("圣何塞史密斯律师事务所"));
  }

  @Test
  void aKeyIsLowerCaseHexSoThatByteOrderIsTheCollatorsOrder() {
    assertThat(ChineseSortKey.of("北京")).matches("[0-9a-f]+").hasSize(32);
    assertThat(ChineseSortKey.of("Rhine Mark Counsel")).matches("[0-9a-f]+");
  }

  @Test
  void equalNamesHaveEqualKeysAndDifferentNamesDifferentOnes() {
    assertThat(ChineseSortKey.of("慕尼黑穆勒律师事务所")).isEqualTo(ChineseSortKey.of("慕尼黑穆勒律师事务所"));
    assertThat(ChineseSortKey.of(" 北京 ")).isEqualTo(ChineseSortKey.of("北京"));
    assertThat(ChineseSortKey.of("北京")).isNotEqualTo(ChineseSortKey.of("北京市"));
    assertThat(ChineseSortKey.of("北京")).isLessThan(ChineseSortKey.of("北京市"));
  }

  @Test
  void latinNamesComeBeforeChineseOnes() {
    assertThat(sortedByKey(List.of("阿里", "Zeta Law", "Alpha IP")))
        .containsExactly("Alpha IP", "Zeta Law", "阿里");
  }

  @Test
  void theChineseNameIsUsedElseTheEnglishElseTheOriginal() {
    assertThat(ChineseSortKey.of(new Names("北京", "Beijing", "Beijing", "en")))
        .isEqualTo(ChineseSortKey.of("北京"));
    assertThat(ChineseSortKey.of(new Names(null, "Rhine Mark Counsel", "Rhein", "de")))
        .isEqualTo(ChineseSortKey.of("Rhine Mark Counsel"));
    assertThat(ChineseSortKey.of(new Names("  ", "", "Müller & Partner", "de")))
        .isEqualTo(ChineseSortKey.of("Müller & Partner"));
  }

  @Test
  void noNameGivesNoKey() {
    assertThat(ChineseSortKey.of((String) null)).isNull();
    assertThat(ChineseSortKey.of(" \t")).isNull();
    assertThat(ChineseSortKey.of((Names) null)).isNull();
    assertThat(ChineseSortKey.of(new Names(null, null, null, null))).isNull();
    assertThat(ChineseSortKey.of(new Names("", " ", null, "en"))).isNull();
  }

  @Test
  void longNamesGetABoundedKeyThatStillOrdersByTheirStart() {
    String longA = "阿".repeat(300);
    String longB = "巴".repeat(300);
    assertThat(ChineseSortKey.of(longA)).hasSize(2 * ChineseSortKey.MAX_BYTES);
    assertThat(ChineseSortKey.of(longA)).isLessThan(ChineseSortKey.of(longB));
    assertThat(ChineseSortKey.of("北京".repeat(100))).isLessThan(ChineseSortKey.of("上海"));
  }
}
