package org.ipnetwork.directory.understanding;

import java.util.List;

/**
 * What the matcher found in a query.
 *
 * @param matches entries found, in query order; several payloads of one text share a span
 * @param leftover the words no entry explained, as typed, filler words removed
 */
public record Matching<T>(List<Match<T>> matches, List<String> leftover) {

  public Matching {
    matches = List.copyOf(matches);
    leftover = List.copyOf(leftover);
  }

  /** The leftover words joined by spaces, or {@code null} when there are none. */
  public String leftoverText() {
    return leftover.isEmpty() ? null : String.join(" ", leftover);
  }

  /** Every meaningful word of the query named an entry. */
  public boolean fullyUnderstood() {
    return !matches.isEmpty() && leftover.isEmpty();
  }
}
