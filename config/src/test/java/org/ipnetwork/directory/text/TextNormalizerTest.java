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
  void blankIsNothing() {
    assertThat(TextNormalizer.clean("")).isNull();
    assertThat(TextNormalizer.clean(" \u3000 ")).isNull();
    assertThat(TextNormalizer.clean(null)).isNull();
  }
}
