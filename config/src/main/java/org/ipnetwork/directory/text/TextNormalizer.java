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
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
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

  /** The key used to compare labels: {@link #clean} then lower-cased. */
  public static String key(String text) {
    String cleaned = clean(text);
    return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
  }
}
