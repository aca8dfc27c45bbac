package org.ipnetwork.directory.backend.search;

/**
 * Bounds the text a search sends to Elasticsearch. Its cost grows with the number of tokens: each
 * is looked up in every text field (fourteen, cross-fields), as a bigram with its neighbour and in
 * a phrase, and a long Chinese text is one token per character — a 200-character sentence cost
 * about ten times a short query. Counted the way the index's standard tokenizer splits: a Han or
 * hiragana character is one term, a run of other letters or digits is one. Text beyond the cap is
 * cut off at the start of the first term over it.
 */
public final class TextTerms {

  private TextTerms() {}

  /** {@code text} up to its {@code max}-th term; {@code null} stays {@code null}. */
  public static String cap(String text, int max) {
    if (text == null) {
      return null;
    }
    int at = start(text, max + 1);
    return at < 0 ? text : text.substring(0, at).strip();
  }

  /** The number of terms of {@code text}, counted as {@link #cap} counts them; 0 for null. */
  public static int count(String text) {
    if (text == null) {
      return 0;
    }
    int terms = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (starts(c, inWord)) {
        terms++;
      }
      inWord = inWord(c, inWord);
      i += Character.charCount(c);
    }
    return terms;
  }

  /** Where the {@code n}-th term of {@code text} starts, or -1 when it has fewer. */
  private static int start(String text, int n) {
    int terms = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (starts(c, inWord) && ++terms == n) {
        return i;
      }
      inWord = inWord(c, inWord);
      i += Character.charCount(c);
    }
    return -1;
  }

  private static boolean starts(int c, boolean inWord) {
    return ideographic(c) || (Character.isLetterOrDigit(c) && !inWord);
  }

  /** Whether a word goes on after {@code c}: a letter or digit, or a mark inside a word. */
  private static boolean inWord(int c, boolean inWord) {
    if (ideographic(c)) {
      return false;
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    return inWord && Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean ideographic(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA;
  }
}
