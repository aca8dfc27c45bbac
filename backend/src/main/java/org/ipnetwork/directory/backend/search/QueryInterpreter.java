package org.ipnetwork.directory.backend.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Term;
import org.ipnetwork.directory.text.TextNormalizer;

/**
 * Query understanding: finds taxonomy labels and synonyms (both languages) inside the query text,
 * leftmost-longest first, so that "德国商标侵权" is 德国 + 商标 + 侵权 without any spaces and "trade secret
 * litigation" is one service plus another, not "trade" + "secret".
 *
 * <p>Rules, kept small so that the result is predictable:
 *
 * <ul>
 *   <li>Latin entries match whole words only; CJK entries match anywhere (Chinese has no spaces).
 *   <li>Latin entries of at most three characters ("US", "UK", "TM", "CAN") match only as written,
 *       case-sensitively, so that the English word "can" is not Canada.
 *   <li>Entries shorter than two characters are ignored; two-letter country codes are not entries.
 *   <li>Codes of services, industries, org types and kinds that are plain words ("patent",
 *       "trademark", "litigation") are entries too.
 *   <li>When one text names terms of several facets ("专利代理": a service and an org type) each is
 *       recognised.
 * </ul>
 */
final class QueryInterpreter {

  /** The facets whose names are looked for, in the order their matches are reported. */
  static final List<Facet> FACETS =
      List.of(
          Facet.COUNTRY,
          Facet.CONTINENT,
          Facet.SERVICE,
          Facet.INDUSTRY,
          Facet.ORG_TYPE,
          Facet.KIND);

  /** Words that carry no meaning of their own between recognised terms ("patents in Brazil"). */
  static final Set<String> CONNECTORS =
      Set.of(
          "in", "for", "of", "the", "and", "a", "an", "at", "near", "with", "to", "on", "&", "的",
          "在", "和", "与", "及", "或");

  /** A recognised term: the facet and code, and the query text that named it. */
  record Match(Facet facet, String code, String text) {}

  /**
   * What was understood of a query.
   *
   * @param remainingText the words that named no term, connectors dropped; {@code null} when none
   */
  record Result(List<Match> matches, String remainingText) {

    /** Every meaningful word of the query named a term. */
    boolean fullyUnderstood() {
      return !matches.isEmpty() && remainingText == null;
    }
  }

  private record Entry(Facet facet, String code) {}

  /** Lower-cased keys of entries that match case-insensitively. */
  private final Map<String, List<Entry>> folded = new HashMap<>();

  /** Short Latin entries that match only as written. */
  private final Map<String, List<Entry>> exact = new HashMap<>();

  private int maxLength;

  QueryInterpreter(Taxonomies taxonomies) {
    for (Facet facet : FACETS) {
      for (Term term : facet.taxonomy(taxonomies).terms()) {
        term.englishTerms().forEach(s -> add(s, facet, term.code()));
        term.chineseTerms().forEach(s -> add(s, facet, term.code()));
        if (!facet.hierarchical() && term.code().matches("[a-z]{4,}")) {
          add(term.code(), facet, term.code());
        }
      }
    }
  }

  private void add(String text, Facet facet, String code) {
    String cleaned = TextNormalizer.clean(text);
    if (cleaned == null || cleaned.codePointCount(0, cleaned.length()) < 2) {
      return;
    }
    boolean shortLatin =
        cleaned.length() <= 3 && cleaned.chars().noneMatch(Character::isIdeographic);
    Map<String, List<Entry>> into = shortLatin ? exact : folded;
    String key = shortLatin ? cleaned : fold(cleaned);
    List<Entry> entries = into.computeIfAbsent(key, k -> new ArrayList<>());
    Entry entry = new Entry(facet, code);
    if (!entries.contains(entry)) {
      entries.add(entry);
    }
    maxLength = Math.max(maxLength, key.length());
  }

  /** Interprets cleaned query text ({@link TextNormalizer#clean}); {@code null} gives nothing. */
  Result interpret(String q) {
    if (q == null) {
      return new Result(List.of(), null);
    }
    String lower = fold(q);
    Set<Match> matches = new LinkedHashSet<>();
    StringBuilder rest = new StringBuilder();
    int i = 0;
    while (i < q.length()) {
      int matched = 0;
      for (int len = Math.min(maxLength, q.length() - i); len >= 2 && matched == 0; len--) {
        if (!boundaries(q, i, i + len)) {
          continue;
        }
        String text = q.substring(i, i + len);
        List<Entry> entries =
            new ArrayList<>(folded.getOrDefault(lower.substring(i, i + len), List.of()));
        entries.addAll(exact.getOrDefault(text, List.of()));
        if (!entries.isEmpty()) {
          entries.forEach(e -> matches.add(new Match(e.facet(), e.code(), text)));
          matched = len;
        }
      }
      if (matched > 0) {
        rest.append(' ');
        i += matched;
      } else {
        rest.append(q.charAt(i++));
      }
    }
    List<Match> ordered = new ArrayList<>(matches);
    ordered.sort(java.util.Comparator.comparingInt(m -> FACETS.indexOf(m.facet())));
    return new Result(List.copyOf(ordered), remaining(rest.toString()));
  }

  /** A Latin entry must start and end at word boundaries; a CJK character is always one. */
  private static boolean boundaries(String q, int start, int end) {
    if (wordChar(q.charAt(start)) && start > 0 && wordChar(q.charAt(start - 1))) {
      return false;
    }
    return !(wordChar(q.charAt(end - 1)) && end < q.length() && wordChar(q.charAt(end)));
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) && !Character.isIdeographic(c);
  }

  private static String remaining(String rest) {
    List<String> words = new ArrayList<>();
    for (String word : rest.trim().split("\\s+")) {
      boolean meaningful = word.codePoints().anyMatch(Character::isLetterOrDigit);
      if (meaningful && !CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
        words.add(word);
      }
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /** Lower case, char by char, so that positions in the folded text equal those in the query. */
  private static String fold(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }
}
