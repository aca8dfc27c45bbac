package org.ipnetwork.directory.backend.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The zh/en strings of the search page, the partner widget and the no-JS frame: one table, {@value
 * #RESOURCE}, shaped {@code {key: {zh, en}}}. The browser fetches the same file (see {@link
 * UiStringsController}); the frame reads it here.
 *
 * <p>A text may hold {@code {name}} placeholders. A text that depends on a count is an object
 * {@code {"one": …, "other": …}}, chosen by the argument {@code n} ({@code one} when it is 1: the
 * plural rule of English; Chinese gives a plain text). Labels of codes (countries, services, …) are
 * not here: they come from the taxonomies.
 */
@Component
public final class UiStrings {

  public static final String RESOURCE = "i18n/strings.json";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  /**
   * The keys of the workplace's texts, which the public page, the widget and the frame never use.
   */
  public static final String WORKPLACE_PREFIX = "staff";

  private final byte[] json;
  private final byte[] publicJson;
  private final Map<String, Map<Lang, Forms>> table;

  /** The forms of one text in one language; both the same when it does not depend on a count. */
  private record Forms(String one, String other) {

    boolean plain() {
      return one.equals(other) && !PLACEHOLDER.matcher(other).find();
    }
  }

  public UiStrings() {
    try (InputStream in = UiStrings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      json = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A key written twice would silently keep its last text: several people add keys to this file.
    JsonMapper mapper =
        JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    JsonNode root = mapper.readTree(json);
    table = parse(root);
    ObjectNode visitors = ((ObjectNode) root).deepCopy();
    visitors.propertyNames().stream()
        .filter(key -> key.startsWith(WORKPLACE_PREFIX))
        .toList()
        .forEach(visitors::remove);
    publicJson = mapper.writeValueAsBytes(visitors);
  }

  /** The file as served to browsers, byte for byte. */
  public byte[] json() {
    return json.clone();
  }

  /**
   * The table without the workplace's texts (keys starting {@value #WORKPLACE_PREFIX}): what the
   * public page and the widget load, about 40 % of the whole. On their first visit it is the
   * largest thing they fetch before their scripts can run.
   */
  public byte[] publicJson() {
    return publicJson.clone();
  }

  /** A text without placeholders. */
  public String text(Lang lang, String key) {
    return text(lang, key, Map.of());
  }

  /** A text with its {@code {name}} placeholders filled; {@code n} also picks the plural form. */
  public String text(Lang lang, String key, Map<String, ?> args) {
    Map<Lang, Forms> entry = table.get(key);
    if (entry == null) {
      throw new IllegalArgumentException("no UI string " + key);
    }
    Forms forms = entry.get(lang);
    Object n = args.get("n");
    String text = n instanceof Number count && count.longValue() == 1 ? forms.one() : forms.other();
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = args.get(m.group(1));
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
    }
    return m.appendTail(out).toString();
  }

  /**
   * Every text of a language that has neither placeholders nor plural forms, by key: what a
   * template may print as it is (a missing key fails the rendering rather than printing nothing).
   */
  public Map<String, String> plain(Lang lang) {
    Map<String, String> out = new LinkedHashMap<>();
    table.forEach(
        (key, entry) -> {
          if (entry.get(lang).plain()) {
            out.put(key, entry.get(lang).other());
          }
        });
    return out;
  }

  /** Fails on a key without both languages or a value of another shape than documented. */
  private static Map<String, Map<Lang, Forms>> parse(JsonNode root) {
    if (!root.isObject()) {
      throw new IllegalStateException(RESOURCE + ": not a JSON object");
    }
    Map<String, Map<Lang, Forms>> out = new LinkedHashMap<>();
    root.properties()
        .forEach(
            e -> {
              Map<Lang, Forms> entry = new EnumMap<>(Lang.class);
              for (Lang lang : Lang.values()) {
                entry.put(lang, forms(e.getKey(), lang, e.getValue().get(lang.code())));
              }
              out.put(e.getKey(), entry);
            });
    return out;
  }

  private static Forms forms(String key, Lang lang, JsonNode value) {
    if (value != null && value.isString() && !value.stringValue().isBlank()) {
      return new Forms(value.stringValue(), value.stringValue());
    }
    if (value != null && value.isObject() && value.size() == 2) {
      JsonNode one = value.get("one");
      JsonNode other = value.get("other");
      if (one != null && one.isString() && other != null && other.isString()) {
        return new Forms(one.stringValue(), other.stringValue());
      }
    }
    throw new IllegalStateException(
        RESOURCE + ": " + key + "." + lang.code() + " must be a text or {\"one\", \"other\"}");
  }
}
