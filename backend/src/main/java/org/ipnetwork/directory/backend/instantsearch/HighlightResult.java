package org.ipnetwork.directory.backend.instantsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One attribute of a hit's {@code _highlightResult}, as Algolia writes it: the text, unescaped
 * (InstantSearch escapes it, then turns the tags into {@code <mark>}), with the client's tags
 * around the matched words. Built from the search's own highlight, which is HTML-escaped with
 * {@code <mark>} around matches.
 *
 * @param matchLevel {@code none}, {@code partial} or {@code full} (the whole value marked)
 */
record HighlightResult(
    String value, String matchLevel, List<String> matchedWords, boolean fullyHighlighted) {

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);
  private static final Pattern ENTITY =
      Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);");

  /** A value nothing matched in. */
  static HighlightResult plain(String text) {
    return new HighlightResult(text == null ? "" : text, "none", List.of(), false);
  }

  /** From an HTML-escaped fragment with {@code <mark>} around the matches. */
  static HighlightResult of(String markedHtml, String preTag, String postTag) {
    StringBuilder value = new StringBuilder();
    List<String> words = new ArrayList<>();
    Matcher m = MARK.matcher(markedHtml);
    int last = 0;
    int plainChars = 0;
    while (m.find()) {
      String before = unescape(markedHtml.substring(last, m.start()));
      String word = unescape(m.group(1));
      plainChars += before.strip().length();
      value.append(before).append(preTag).append(word).append(postTag);
      words.add(word);
      last = m.end();
    }
    String rest = unescape(markedHtml.substring(last));
    plainChars += rest.strip().length();
    value.append(rest);
    if (words.isEmpty()) {
      return plain(value.toString());
    }
    boolean full = plainChars == 0;
    return new HighlightResult(value.toString(), full ? "full" : "partial", words, full);
  }

  static String unescape(String html) {
    Matcher m = ENTITY.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String replacement =
          switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                Character.toString(
                    e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1)));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
