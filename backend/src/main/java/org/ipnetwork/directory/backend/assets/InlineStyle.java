package org.ipnetwork.directory.backend.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public page's style sheet, written into the page instead of linked: the page's first paint
 * (with its first results, see {@link FirstAnswer}) then waits for nothing but the page itself. A
 * linked sheet is render-blocking and shares the slow link with the modules preloaded at the same
 * moment, which on a throttled phone put the first paint a second after the page had arrived. The
 * cost is the sheet's 7 KB (gzipped) on each page load that is not a 304.
 */
final class InlineStyle {

  private static final String RESOURCE = "static/assets/css/app.css";

  /** The page's link to the sheet, versioned or not. */
  private static final Pattern LINK =
      Pattern.compile("<link rel=\"stylesheet\" href=\"/assets/(?:v/[0-9a-f]+/)?css/app\\.css\">");

  private static final String CSS = load();

  private InlineStyle() {}

  static String insert(String html) {
    Matcher link = LINK.matcher(html);
    if (!link.find()) {
      throw new IllegalStateException("the public page does not link " + RESOURCE);
    }
    return html.substring(0, link.start())
        + "<style>\n"
        + CSS
        + "</style>"
        + html.substring(link.end());
  }

  private static String load() {
    try (InputStream in = InlineStyle.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (css.contains("</")) {
        throw new IllegalStateException(RESOURCE + " would end the <style> element it goes in");
      }
      return css;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
