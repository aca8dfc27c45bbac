package org.ipnetwork.directory.backend.assets;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Markup written the way the page's {@code dom.js} builds it ({@code h(tag, attrs, ...children)}):
 * attributes in the order given, absent ones (null) left out, text always escaped. What the server
 * renders into the page is then the very DOM the scripts render over it, so nothing moves when they
 * do (FirstResultsIT compares the two in a browser).
 */
final class Html {

  /** Every tag of a highlight fragment other than {@code <mark>} and {@code </mark>}. */
  private static final Pattern NOT_MARK = Pattern.compile("<(?!/?mark>)[^>]*>?");

  private final StringBuilder out = new StringBuilder();

  /** Opens {@code tag} with {@code attrs} as name, value pairs; a null value leaves one out. */
  Html open(String tag, String... attrs) {
    out.append('<').append(tag);
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        out.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
      }
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only text. */
  Html element(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  /** What another builder wrote, as it is. */
  Html append(Html other) {
    out.append(other.out);
    return this;
  }

  Html text(String text) {
    out.append(escape(Objects.toString(text, "")));
    return this;
  }

  /**
   * A highlight fragment of the API (HTML-escaped text with {@code <mark>} around matches) with
   * every other tag dropped, as {@code markedHtml} does in the browser.
   */
  Html marked(String fragment) {
    out.append(NOT_MARK.matcher(fragment).replaceAll(""));
    return this;
  }

  Html each(List<String> texts, String tag, String... attrs) {
    texts.forEach(text -> element(tag, text, attrs));
    return this;
  }

  static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
