package org.ipnetwork.directory.partner;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The HTML a partner pastes into its pages: the script widget, or an iframe where scripts from
 * other sites are not allowed.
 *
 * @param script the {@code <script>} tag of the widget
 * @param iframe the {@code <iframe>} tag of the framed search
 */
public record EmbedSnippets(String script, String iframe) {

  /** A host name with an optional port; no scheme, path or anything that could break the HTML. */
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?");

  /**
   * The snippets for a key.
   *
   * @param host the directory's public host, e.g. {@code directory.example.org}
   * @param key the partner's plain key
   * @param lang {@code zh} or {@code en}, the language the search opens in
   */
  public static EmbedSnippets of(String host, String key, String lang) {
    if (host == null || !HOST.matcher(host).matches()) {
      throw new IllegalArgumentException("not a host name: " + host);
    }
    if (!PartnerKeys.wellFormed(key)) {
      throw new IllegalArgumentException("not a partner key");
    }
    String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
    if (!l.equals("zh") && !l.equals("en")) {
      throw new IllegalArgumentException("lang must be zh or en: " + lang);
    }
    String script =
        "<script src=\"https://%s/embed/v1/widget.js\" data-key=\"%s\" data-lang=\"%s\"></script>"
            .formatted(host, key, l);
    String iframe =
        ("<iframe src=\"https://%s/embed/v1/frame?key=%s&amp;lang=%s\" title=\"%s\""
                + " width=\"100%%\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>")
            .formatted(host, key, l, l.equals("zh") ? "知识产权服务网络" : "IP service network");
    return new EmbedSnippets(script, iframe);
  }
}
