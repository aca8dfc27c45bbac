package org.ipnetwork.directory.backend.search;

import java.util.Locale;
import org.ipnetwork.directory.backend.web.InvalidParameterException;

/**
 * The orders of a result list. Each ends with the listing id, so that the order is total and the
 * cursor ({@code search_after}) never skips or repeats a hit.
 */
enum SearchSort {
  /** Score, then most recently verified, then id. */
  RELEVANCE(3),
  /** Name in the requested language (code-point order of the lower-cased name), then id. */
  NAME(2),
  /** Distance from {@code near}, nearest first, then id. Needs {@code near}. */
  DISTANCE(2),
  /** Most recently verified first (never verified last), then score, then id. */
  VERIFIED(3);

  private final int sortValues;

  SearchSort(int values) {
    this.sortValues = values;
  }

  /** How many sort values a hit carries, i.e. the length of a cursor. */
  int sortValues() {
    return sortValues;
  }

  String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  static SearchSort parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return RELEVANCE;
    }
    for (SearchSort s : values()) {
      if (s.parameter().equals(raw.trim())) {
        return s;
      }
    }
    throw new InvalidParameterException(
        "sort", "sort must be one of relevance, name, distance, verified.");
  }
}
