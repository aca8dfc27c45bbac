package org.ipnetwork.directory.text;

/**
 * Typo tolerance for Latin-script words, in the spirit of the search engines people know: short
 * words must be typed right, longer ones may carry one or two typos.
 *
 * <table>
 *   <caption>Edits allowed by word length</caption>
 *   <tr><th>letters</th><th>edits</th></tr>
 *   <tr><td>1–4</td><td>0</td></tr>
 *   <tr><td>5–8</td><td>1</td></tr>
 *   <tr><td>9 and more</td><td>2</td></tr>
 * </table>
 *
 * <p>Algolia allows one typo from 4 letters and two from 8, Typesense one from 4 and two from 7
 * (their defaults); ours start one letter later because the words we correct to are country and
 * service names, where a 4-letter word one edit away is usually another word (Iran/Oman,
 * Peru/Perm). An edit is an insertion, deletion, substitution or a swap of two neighbouring letters
 * (optimal string alignment distance, where "germnay" is one edit from "germany").
 */
public final class Typos {

  private Typos() {}

  /** Shortest word that may carry one typo. */
  public static final int ONE_TYPO_FROM = 5;

  /** Shortest word that may carry two typos. */
  public static final int TWO_TYPOS_FROM = 9;

  /** Edits tolerated in a word of {@code length} letters. */
  public static int allowedEdits(int length) {
    if (length >= TWO_TYPOS_FROM) {
      return 2;
    }
    return length >= ONE_TYPO_FROM ? 1 : 0;
  }

  /**
   * The optimal string alignment distance (Damerau-Levenshtein without edits of a swapped pair) of
   * {@code a} and {@code b} when it is at most {@code max}, else {@code max + 1}. Stops as soon as
   * a row of the table exceeds {@code max}, so a hopeless pair costs a few steps, and only computes
   * the band of width {@code 2 max + 1} around the diagonal.
   */
  public static int distance(CharSequence a, CharSequence b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    int big = max + 1;
    int[] previous2 = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j <= max ? j : big;
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - max);
      int to = Math.min(m, i + max);
      current[0] = i <= max ? i : big;
      if (from > 1) {
        current[from - 1] = big;
      }
      int rowMin = current[0];
      char ca = a.charAt(i - 1);
      for (int j = from; j <= to; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          d = Math.min(d, previous2[j - 2] + 1);
        }
        current[j] = Math.min(d, big);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < m) {
        current[to + 1] = big;
      }
      if (rowMin > max) {
        return big;
      }
      int[] spare = previous2;
      previous2 = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[m], big);
  }
}
