package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipnetwork.directory.text.ChineseScript;

/**
 * What a hit's highlights mark, and in which fields.
 *
 * <p>Chinese names and descriptions are indexed one character a token ({@code zh_unigram}), so a
 * highlight on them marks each character of the query wherever it stands: 德国 marked 德 in 马德里 and 国
 * in 中国. Their {@code bigram} subfield holds pairs of adjacent characters, so a highlight there
 * marks 德国 only where the two stand together (Elasticsearch merges the overlapping pairs of 慕尼黑
 * into one mark). Each run of Han characters in the query is matched on its own, so that no pair
 * straddles two words (德国 商标 does not look for 国商). A run of one character has no pair: a query
 * holding one (中 国) highlights the single characters, as nothing better exists. In the answer the
 * subfield's highlights are named after the field ({@code name.zh}).
 *
 * <p>What is marked: the words as typed, in simplified characters, and with each recognised typo
 * corrected — not through the fuzzy and pinyin ways of the text match, whose expansion over every
 * highlighted document cost ten times the search itself (about 300 ms against 25 ms for an English
 * query of three words; docs/performance.md).
 */
final class Highlighting {

  private Highlighting() {}

  private static final String NAME_ZH = "name.zh";
  private static final String DESCRIPTION_ZH = "description.zh";
  private static final String NAME_EN = "name.en";
  private static final String DESCRIPTION_EN = "description.en";
  private static final String PAIRS = ".bigram";

  private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

  /** The highlight part of a search request; {@code null} when there is no text to mark. */
  static Highlight of(SearchParameters p) {
    if (p.q() == null) {
      return null;
    }
    Set<String> texts = texts(p);
    List<String> chinese = texts.stream().filter(t -> !hanRuns(t).isEmpty()).toList();
    boolean pairs = !chinese.isEmpty() && chinese.stream().allMatch(Highlighting::pairsFit);
    String nameZh = pairs ? NAME_ZH + PAIRS : NAME_ZH;
    String descriptionZh = pairs ? DESCRIPTION_ZH + PAIRS : DESCRIPTION_ZH;
    List<Query> ways = new ArrayList<>();
    for (String text : texts) {
      ways.add(Query.of(q -> q.multiMatch(m -> m.query(text).fields(NAME_EN, DESCRIPTION_EN))));
      if (pairs) {
        for (String run : hanRuns(text)) {
          ways.add(Query.of(q -> q.multiMatch(m -> m.query(run).fields(nameZh, descriptionZh))));
        }
      } else {
        ways.add(Query.of(q -> q.multiMatch(m -> m.query(text).fields(nameZh, descriptionZh))));
      }
    }
    return Highlight.of(
        h ->
            h.highlightQuery(q -> q.bool(b -> b.should(ways)))
                .preTags("<mark>")
                .postTags("</mark>")
                .encoder(HighlighterEncoder.Html)
                .fields(nameZh, f -> f.numberOfFragments(0))
                .fields(NAME_EN, f -> f.numberOfFragments(0))
                .fields(descriptionZh, f -> f.fragmentSize(80).numberOfFragments(1))
                .fields(DESCRIPTION_EN, f -> f.fragmentSize(160).numberOfFragments(1)));
  }

  /**
   * A hit's highlights under the names of the fields they mark ({@code name.zh}, not its pairs).
   */
  static Map<String, List<String>> shown(Map<String, List<String>> highlight) {
    if (highlight == null || highlight.isEmpty()) {
      return null;
    }
    Map<String, List<String>> shown = new LinkedHashMap<>();
    highlight.forEach((field, fragments) -> shown.put(field.replace(PAIRS, ""), fragments));
    return shown;
  }

  private static Set<String> texts(SearchParameters p) {
    Set<String> texts = new LinkedHashSet<>();
    texts.add(p.q());
    texts.add(ChineseScript.toSimplified(p.q()));
    String corrected = p.interpretation().correctedQuery(p.q());
    if (corrected != null) {
      texts.add(corrected);
    }
    return texts;
  }

  /** Whether every run of Han characters in the text has at least one pair (two characters). */
  static boolean pairsFit(String text) {
    List<String> runs = hanRuns(text);
    return !runs.isEmpty() && runs.stream().allMatch(r -> r.codePointCount(0, r.length()) >= 2);
  }

  static List<String> hanRuns(String text) {
    List<String> runs = new ArrayList<>();
    Matcher m = HAN_RUN.matcher(text);
    while (m.find()) {
      runs.add(m.group());
    }
    return runs;
  }
}
