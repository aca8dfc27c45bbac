package org.ipnetwork.directory.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans text the way users type it: full-width letters and digits become ASCII (NFKC), stray and
 * non-breaking whitespace collapses to one space.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** NFKC, whitespace collapsed and trimmed; {@code null} and blank give {@code null}. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    // Most cells are clean already: checking is much cheaper than rebuilding (an import calls this
    // for every cell of every row; docs/performance.md).
    String nfkc =
        Normalizer.isNormalized(text, Normalizer.Form.NFKC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFKC);
    if (isClean(nfkc)) {
      return nfkc.isEmpty() ? null : nfkc;
    }
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
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
      out.appendCodePoint(cp);
    }
    return out.length() == 0 ? null : out.toString();
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
          || Character.getType(c) == Character.CONTROL) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** The key used to compare labels: {@link #clean} then lower-cased. */
  public static String key(String text) {
    String cleaned = clean(text);
    return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
  }
}
