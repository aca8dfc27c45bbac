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

  /** What a typo-tolerant word costs: it is also searched with one or two edits, and as pinyin. */
  static final int TYPO_WORD_COST = 3;

  /** Letters from which a word is searched with typos ({@code RelevanceQuery.FUZZINESS}). */
  static final int TYPO_WORD_LETTERS = 5;

  /**
   * What {@code text} costs as a search, in terms: {@link #count}, but a word of {@value
   * #TYPO_WORD_LETTERS} or more letters counts {@value #TYPO_WORD_COST}, since it is also looked up
   * with typos (fuzzy expansions in four fields) and as pinyin. 0 for null.
   */
  public static int cost(String text) {
    if (text == null) {
      return 0;
    }
    int cost = 0;
    int letters = 0;
    boolean digits = false;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); ) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      boolean next = inWord(c, inWord);
      if (inWord && (!next || ideographic(c))) {
        cost += letters >= TYPO_WORD_LETTERS && !digits ? TYPO_WORD_COST : 1;
        letters = 0;
        digits = false;
      }
      if (ideographic(c)) {
        cost++;
      } else if (Character.isLetterOrDigit(c)) {
        letters++;
        digits |= Character.isDigit(c);
      }
      inWord = next;
      i += i < text.length() ? Character.charCount(c) : 1;
    }
    return cost;
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
