package org.ipnetwork.directory.partner;

import java.util.Locale;

/**
 * The HTML a partner pastes into its pages: the script widget, or an iframe where scripts from
 * other sites are not allowed.
 *
 * @param script the {@code <script>} tag of the widget
 * @param iframe the {@code <iframe>} tag of the framed search
 */
public record EmbedSnippets(String script, String iframe) {

  /**
   * The snippets for a key, served over https from {@code host}.
   *
   * @param host the directory's public host with an optional port, e.g. {@code
   *     directory.example.org}
   * @param key the partner's plain key
   * @param lang {@code zh} or {@code en}, the language the search opens in
   */
  public static EmbedSnippets of(String host, String key, String lang) {
    return of(BaseUrl.https(host), key, lang);
  }

  /**
   * The snippets for a key.
   *
   * @param base where partners' pages reach the directory, e.g. {@code https://directory.example}
   * @param key the partner's plain key
   * @param lang {@code zh} or {@code en}, the language the search opens in
   */
  public static EmbedSnippets of(BaseUrl base, String key, String lang) {
    if (base == null) {
      throw new IllegalArgumentException("a base URL is needed");
    }
    if (!PartnerKeys.wellFormed(key)) {
      throw new IllegalArgumentException("not a partner key");
    }
    String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
    if (!l.equals("zh") && !l.equals("en")) {
      throw new IllegalArgumentException("lang must be zh or en: " + lang);
    }
    // BaseUrl and the key's shape already exclude markup; escaping keeps that true if either
    // rule is ever loosened.
    String url = escape(base.value());
    String k = escape(key);
    String script =
        "<script src=\"%s/embed/v1/widget.js\" data-key=\"%s\" data-lang=\"%s\"></script>"
            .formatted(url, k, l);
    String iframe =
        ("<iframe src=\"%s/embed/v1/frame?key=%s&amp;lang=%s\" title=\"%s\""
                + " width=\"100%%\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>")
            .formatted(url, k, l, l.equals("zh") ? "知识产权服务网络" : "IP service network");
    return new EmbedSnippets(script, iframe);
  }

  /** Text as the value of a double-quoted HTML attribute. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
