package org.ipnetwork.directory.backend.search;

import java.util.List;
import java.util.Locale;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * The orders of a result list. Each ends with the listing id, so that the order is total and the
 * cursor ({@code search_after}) never skips or repeats a hit.
 */
enum SearchSort {
  /** Score, then most recently verified, then id. */
  RELEVANCE(SortValue.NUMBER, SortValue.DATE, SortValue.KEYWORD),
  /**
   * Name in the requested language, then id: in Chinese by the pinyin collation key of the name a
   * Chinese reader sees ({@code nameSortZh}), in English by the lower-cased English name in
   * code-point order.
   */
  NAME(SortValue.KEYWORD_OR_MISSING, SortValue.KEYWORD),
  /** Distance from {@code near}, nearest first, then id. Needs {@code near}. */
  DISTANCE(SortValue.NUMBER, SortValue.KEYWORD),
  /** Most recently verified first (never verified last), then score, then id. */
  VERIFIED(SortValue.DATE, SortValue.NUMBER, SortValue.KEYWORD);

  /**
   * What Elasticsearch puts in a hit's {@code sort} array for one sort clause, so that a cursor's
   * values can be checked before they become {@code search_after}.
   */
  enum SortValue {
    /**
     * A score or a distance: a number, integral or not; a distance to a listing without a place is
     * infinite, which Elasticsearch writes as the string {@code Infinity}.
     */
    NUMBER,
    /**
     * Epoch milliseconds; a listing without the date sorts with {@code Long.MIN_VALUE} ({@code
     * missing: _last} on a descending sort).
     */
    DATE,
    /** A keyword: the listing id. */
    KEYWORD,
    /** A keyword that a listing may lack (the name sort keys): then null. */
    KEYWORD_OR_MISSING;

    boolean accepts(Object value) {
      return switch (this) {
        case NUMBER ->
            value instanceof Long
                || value instanceof Double d && !d.isNaN()
                || "Infinity".equals(value)
                || "-Infinity".equals(value);
        case DATE -> value instanceof Long;
        case KEYWORD -> value instanceof String;
        case KEYWORD_OR_MISSING -> value == null || value instanceof String;
      };
    }
  }

  private final List<SortValue> sortValues;

  SearchSort(SortValue... values) {
    this.sortValues = List.of(values);
  }

  /** The values a hit carries for this sort, in order: the shape of a cursor. */
  List<SortValue> sortValues() {
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
