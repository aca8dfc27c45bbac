package org.ipnetwork.directory.understanding;

/**
 * One entry found in a query.
 *
 * @param start index of the first char in the query as given
 * @param end index after the last char in the query as given
 * @param typed the query's own text of the match ("美國", "germnay", "riben")
 * @param entry the entry's text as it was added ("美国", "Germany", "日本"): what to show for a
 *     correction ("showing results for Germany")
 * @param payload what the entry stands for
 * @param via exact, by pinyin, or corrected from a typo
 */
public record Match<T>(int start, int end, String typed, String entry, T payload, Via via) {

  /** The query did not spell the entry: a typo was corrected. */
  public boolean corrected() {
    return via == Via.TYPO;
  }
}
