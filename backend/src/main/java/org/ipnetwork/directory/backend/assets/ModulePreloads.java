package org.ipnetwork.directory.backend.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <link rel="modulepreload">} tags for a page's module scripts: every module reachable
 * through static imports from the page's entry scripts. Without them the browser discovers the
 * modules level by level (main.js, then what it imports, then what those import), one round trip
 * per level; with them it asks for all of them at once, which is what a slow overseas link needs.
 */
final class ModulePreloads {

  /** {@code <script type="module" src="/assets/…">} of a page. */
  private static final Pattern ENTRY =
      Pattern.compile("<script type=\"module\" src=\"/assets/([^\"]+\\.js)\"></script>");

  /** Static imports: {@code import … from "./x.js"} and {@code import "./x.js"}. */
  private static final Pattern IMPORT =
      Pattern.compile(
          "^\\s*(?:import|export)\\s[^;]*?[\"'](\\.{1,2}/[^\"']+\\.js)[\"']", Pattern.MULTILINE);

  private ModulePreloads() {}

  /**
   * The HTML with a modulepreload link for each module its entry scripts need, inserted before the
   * first entry script. Paths stay unversioned here ({@code /assets/…}); {@link AssetVersion}
   * versions them with the rest of the page.
   */
  static String insert(String html) {
    Matcher entry = ENTRY.matcher(html);
    Set<String> modules = new LinkedHashSet<>();
    int first = -1;
    while (entry.find()) {
      first = first < 0 ? entry.start() : first;
      walk(entry.group(1), modules, true);
    }
    if (modules.isEmpty()) {
      return html;
    }
    StringBuilder links = new StringBuilder();
    for (String module : modules) {
      links.append("<link rel=\"modulepreload\" href=\"/assets/").append(module).append("\">\n  ");
    }
    return html.substring(0, first) + links + html.substring(first);
  }

  /** Adds the modules {@code path} imports (itself too, unless it is the entry script). */
  private static void walk(String path, Set<String> seen, boolean entry) {
    if (!entry && !seen.add(path)) {
      return;
    }
    Matcher m = IMPORT.matcher(source(path));
    while (m.find()) {
      String imported = URI.create("/" + path).resolve(m.group(1)).getPath().substring(1);
      walk(imported, seen, false);
    }
  }

  private static String source(String path) {
    String resource = "static/assets/" + path;
    try (InputStream in = ModulePreloads.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "a page's module imports " + resource + ", which is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
