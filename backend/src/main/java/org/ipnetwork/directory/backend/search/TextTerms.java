package org.ipnetwork.directory.backend.search;

/**
 * Bounds the text a search sends to Elasticsearch. Its cost grows with the number of tokens: each
 * is looked up in every text field (fourteen, cross-fields), as a bigram with its neighbour and in
 * a phrase, and a long Chinese text is one token per character — a 200-character sentence cost
 * about ten times a short query. Counted the way the index's standard tokenizer splits: a Han or
 * hiragana character is one term, a run of other letters or digits is one. Text beyond the cap is
 * cut off at the start of the first term over it.
 */
final class TextTerms {

  private TextTerms() {}

  /** {@code text} up to its {@code max}-th term; {@code null} stays {@code null}. */
  static String cap(String text, int max) {
    if (text == null) {
      return null;
    }
    int terms = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean starts;
      if (ideographic(c)) {
        starts = true;
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        starts = !inWord;
        inWord = true;
      } else {
        starts = false;
        // Marks (combining accents) continue a word; anything else ends it.
        inWord = inWord && Character.getType(c) == Character.NON_SPACING_MARK;
      }
      if (starts && ++terms > max) {
        return text.substring(0, i).strip();
      }
      i += Character.charCount(c);
    }
    return text;
  }

  private static boolean ideographic(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA;
  }
}
