package org.ipnetwork.directory.backend.search;

import java.util.Locale;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * The orders of a result list. Each ends with the listing id, so that the order is total and the
 * cursor ({@code search_after}) never skips or repeats a hit.
 */
enum SearchSort {
  /** Score, then most recently verified, then id. */
  RELEVANCE(3),
  /**
   * Name in the requested language, then id: in Chinese by the pinyin collation key of the name a
   * Chinese reader sees ({@code nameSortZh}), in English by the lower-cased English name in
   * code-point order.
   */
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

  /**
   * Identifies the order a cursor belongs to: the name sort differs by language. The Chinese one is
   * {@code name:zh:pinyin} since it sorts by collation key, so that a cursor made for the earlier
   * code-point order ({@code name:zh}) is refused rather than read as a key.
   */
  String cursorKey(Lang lang) {
    if (this != NAME) {
      return parameter();
    }
    return lang == Lang.ZH ? "name:zh:pinyin" : "name:" + lang.code();
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
