package org.ipnetwork.directory.taxonomy;

import java.util.Locale;

/** The two languages the directory is shown in. */
public enum Lang {
  ZH,
  EN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code zh}, {@code zh-CN}, {@code zh_Hant} all give ZH; anything else that is known gives EN.
   */
  public static Lang fromCode(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    if (c.equals("zh") || c.startsWith("zh-") || c.startsWith("zh_")) {
      return ZH;
    }
    if (c.equals("en") || c.startsWith("en-") || c.startsWith("en_")) {
      return EN;
    }
    throw new IllegalArgumentException("unsupported language: " + code);
  }
}
