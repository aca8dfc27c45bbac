package org.ipnetwork.directory.understanding;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.ipnetwork.directory.text.ChineseScript;

/**
 * Text as the matcher compares it, with the way back to what was typed: every folded char knows the
 * span of the original code point it came from, so a match found in folded text reports the user's
 * own characters (美國 stays 美國, ＵＳ stays ＵＳ).
 *
 * <p>Folding, one code point at a time: NFKC (full-width and compatibility forms), traditional
 * Chinese to simplified (ICU, phrases included: {@link ChineseScript#toSimplifiedAligned}), accents
 * dropped (déguó → deguo, México → mexico), hyphens and dashes become spaces ("anti-counterfeiting"
 * = "anti counterfeiting"), whitespace runs become one space. {@link #lower} is also lower-cased
 * char by char; {@link #cased} keeps the case for short entries that match only as written ("US" is
 * the country, "us" is not).
 */
final class FoldedText {

  final String original;
  final String lower;
  final String cased;
  private final int[] from;
  private final int[] to;

  private FoldedText(String original, String lower, String cased, int[] from, int[] to) {
    this.original = original;
    this.lower = lower;
    this.cased = cased;
    this.from = from;
    this.to = to;
  }

  int length() {
    return lower.length();
  }

  /** Start, in the original text, of the folded span starting at {@code i}. */
  int originalStart(int i) {
    return from[i];
  }

  /** End, in the original text, of the folded span ending before {@code end}. */
  int originalEnd(int end) {
    return to[end - 1];
  }

  /** The original text of the folded span {@code [start, end)}. */
  String typed(int start, int end) {
    return original.substring(originalStart(start), originalEnd(end));
  }

  /** A letter or digit that is not an ideograph: the chars that Latin words are made of. */
  static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) && !Character.isIdeographic(c);
  }

  static FoldedText of(String text) {
    // Same length as the text, so that indices of one are indices of the other.
    String simplified = ChineseScript.toSimplifiedAligned(text);
    int n = text.length();
    StringBuilder lower = new StringBuilder(n);
    StringBuilder cased = new StringBuilder(n);
    int[] from = new int[n + 8];
    int[] to = new int[n + 8];
    for (int i = 0; i < n; ) {
      int cp = simplified.codePointAt(i);
      int next = i + Character.charCount(cp);
      String folded = cp < 0x80 ? ascii(cp) : FOLDED.computeIfAbsent(cp, FoldedText::fold);
      for (int k = 0; k < folded.length(); k++) {
        char c = folded.charAt(k);
        if (c == ' ' && (cased.isEmpty() || cased.charAt(cased.length() - 1) == ' ')) {
          continue;
        }
        int at = cased.length();
        if (at == from.length) {
          from = Arrays.copyOf(from, at * 2);
          to = Arrays.copyOf(to, at * 2);
        }
        from[at] = i;
        to[at] = next;
        cased.append(c);
        lower.append(Character.toLowerCase(c));
      }
      i = next;
    }
    int len = cased.length();
    if (len > 0 && cased.charAt(len - 1) == ' ') {
      cased.setLength(len - 1);
      lower.setLength(len - 1);
    }
    return new FoldedText(text, lower.toString(), cased.toString(), from, to);
  }

  private static final String[] ASCII = new String[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      ASCII[c] = c == '-' || c <= ' ' || c == 0x7F ? " " : String.valueOf((char) c);
    }
  }

  private static String ascii(int cp) {
    return ASCII[cp];
  }

  /**
   * Folded forms of the non-ASCII code points seen so far. The cache is bounded by the code points
   * Unicode assigns; in practice it holds the few thousand characters users type.
   */
  private static final ConcurrentMap<Integer, String> FOLDED = new ConcurrentHashMap<>();

  private static String fold(int cp) {
    if (Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.DASH_PUNCTUATION) {
      return " ";
    }
    if (Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL) {
      return ""; // zero-width space, joiners, BOM
    }
    String nfkc = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    String decomposed = Normalizer.normalize(nfkc, Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // é → e, ǚ → u
      }
      if (c == '-' || Character.getType(c) == Character.DASH_PUNCTUATION) {
        out.append(' ');
      } else {
        // a compatibility ideograph (U+F900…) became a unified one, which may be traditional
        out.appendCodePoint(c != cp ? ChineseScript.simplify(c) : c);
      }
    }
    // Decomposing a Hangul syllable or a precomposed ideograph must not leave jamo or parts behind.
    String result = out.toString();
    return Normalizer.normalize(result, Normalizer.Form.NFC);
  }
}
