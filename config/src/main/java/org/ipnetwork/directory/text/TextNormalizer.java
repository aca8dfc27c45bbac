package org.ipnetwork.directory.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans text the way users type it: full-width letters, digits and symbols become ASCII, stray,
 * ideographic and non-breaking whitespace collapses to one space.
 *
 * <p>Chinese punctuation stays as it is: {@code （示例）} and {@code ，} are correct in Chinese text and
 * turning them into ASCII would make every imported description look wrong. For comparing labels,
 * {@link #key} folds everything (NFKC), so {@code （} and {@code (} still match there.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** Full-width punctuation that Chinese text uses as it is. */
  private static final String CHINESE_PUNCTUATION = "！（），：；？";

  /**
   * NFC, full-width ASCII folded (but Chinese punctuation), whitespace collapsed and trimmed;
   * {@code null} and blank give {@code null}.
   */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    // Most cells are clean already: checking is much cheaper than rebuilding (an import calls this
    // for every cell of every row; docs/performance.md).
    String nfc = normalized(text, Normalizer.Form.NFC);
    if (isClean(nfc)) {
      return nfc.isEmpty() ? null : nfc;
    }
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)
          || Character.isSpaceChar(cp)
          || cp == '\u200B'
          || cp == '\uFEFF') {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (Character.getType(cp) == Character.CONTROL) {
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(foldsToAscii(cp) ? cp - FULL_WIDTH_OFFSET : cp);
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static final int FULL_WIDTH_OFFSET = 0xFEE0;

  /** Full-width forms of ASCII ({@code Ａ}, {@code １}, {@code ＠}), except Chinese punctuation. */
  private static boolean foldsToAscii(int cp) {
    return cp >= 0xFF01 && cp <= 0xFF5E && CHINESE_PUNCTUATION.indexOf(cp) < 0;
  }

  /** No leading, trailing or doubled space, no other whitespace, no control or zero-width char. */
  private static boolean isClean(String s) {
    int n = s.length();
    if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (previous == ' ') {
          return false;
        }
      } else if (c < 0x20
          || c == 0x7F
          || c == '\u200B'
          || c == '\uFEFF'
          || Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.getType(c) == Character.CONTROL
          || foldsToAscii(c)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * The key used to compare labels: {@link #clean}, then NFKC (so that full-width punctuation, too,
   * matches its ASCII form), then lower-cased.
   */
  public static String key(String text) {
    String cleaned = clean(text);
    if (cleaned == null) {
      return null;
    }
    return normalized(cleaned, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** Checking is much cheaper than normalising, and most text is normalised already. */
  private static String normalized(String text, Normalizer.Form form) {
    return Normalizer.isNormalized(text, form) ? text : Normalizer.normalize(text, form);
  }
}
