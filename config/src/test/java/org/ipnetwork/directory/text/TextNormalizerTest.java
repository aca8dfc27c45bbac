package org.ipnetwork.directory.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void cleanTextComesBackAsItIs() {
    String clean = "慕尼黑 Müller & Partner";
    assertThat(TextNormalizer.clean(clean)).isSameAs(clean);
  }

  @Test
  void fullWidthAndStrayWhitespaceAreCleaned() {
    assertThat(TextNormalizer.clean("  ＭＵＬＬＥＲ\u00A0 \t Partner\u200B "))
        .isEqualTo("MULLER Partner");
    assertThat(TextNormalizer.clean("商标\n注册")).isEqualTo("商标 注册");
    assertThat(TextNormalizer.clean("a  b")).isEqualTo("a b");
    assertThat(TextNormalizer.clean("a\u0007b")).isEqualTo("ab");
  }

  @Test
  void chinesePunctuationStaysButFullWidthSymbolsFold() {
    assertThat(TextNormalizer.clean("调解中心（示例），工作语言：中文！")).isEqualTo("调解中心（示例），工作语言：中文！");
    assertThat(TextNormalizer.clean("ｏｆｆｉｃｅ＠ｅｘａｍｐｌｅ．ｃｏｍ")).isEqualTo("office@example.com");
    assertThat(TextNormalizer.clean("电话：＋８６　２０")).isEqualTo("电话：+86 20");
  }

  @Test
  void keysFoldPunctuationTooSoBothFormsMatch() {
    assertThat(TextNormalizer.key("商标（马德里）")).isEqualTo(TextNormalizer.key("商标(马德里)"));
    assertThat(TextNormalizer.key("ＰＡＴＥＮＴ")).isEqualTo("patent");
  }

  @Test
  void blankIsNothing() {
    assertThat(TextNormalizer.clean("")).isNull();
    assertThat(TextNormalizer.clean(" \u3000 ")).isNull();
    assertThat(TextNormalizer.clean(null)).isNull();
  }
}
