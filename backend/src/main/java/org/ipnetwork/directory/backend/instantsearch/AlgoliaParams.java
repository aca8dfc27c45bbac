package org.ipnetwork.directory.backend.instantsearch;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * The search parameters of one query of an Algolia client, whichever way it sent them: the
 * URL-encoded {@code params} string of algoliasearch v3/v4 (arrays as JSON inside it), a {@code
 * params} object, or the fields of the request itself (algoliasearch v5). Values are kept as JSON
 * nodes; the accessors name the parameter of a value they cannot use.
 */
final class AlgoliaParams {

  /** Parameters whose value is an array, sent as JSON inside the URL-encoded string. */
  private static final Set<String> ARRAYS =
      Set.of(
          "facetFilters",
          "numericFilters",
          "tagFilters",
          "optionalFilters",
          "facets",
          "attributesToRetrieve",
          "attributesToHighlight",
          "attributesToSnippet",
          "ruleContexts",
          "analyticsTags",
          "naturalLanguages");

  private final Map<String, JsonNode> values;

  private AlgoliaParams(Map<String, JsonNode> values) {
    this.values = values;
  }

  static AlgoliaParams of(Map<String, JsonNode> values) {
    return new AlgoliaParams(new LinkedHashMap<>(values));
  }

  /** {@code query=a&facetFilters=%5B...%5D}. */
  static AlgoliaParams parse(String encoded, JsonMapper json) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return new AlgoliaParams(out);
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.put(name, node(name, value, json));
    }
    return new AlgoliaParams(out);
  }

  private static JsonNode node(String name, String value, JsonMapper json) {
    if (ARRAYS.contains(name) && value.trim().startsWith("[")) {
      try {
        return json.readTree(value);
      } catch (JacksonException e) {
        throw new InvalidParameterException(name, name + " is not a JSON array.");
      }
    }
    return StringNode.valueOf(value);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("params", "params is not URL-encoded.");
    }
  }

  /** These values, overridden by {@code other}'s. */
  AlgoliaParams with(AlgoliaParams other) {
    Map<String, JsonNode> out = new LinkedHashMap<>(values);
    out.putAll(other.values);
    return new AlgoliaParams(out);
  }

  /** A copy without {@code name}. */
  AlgoliaParams without(String name) {
    Map<String, JsonNode> out = new LinkedHashMap<>(values);
    out.remove(name);
    return new AlgoliaParams(out);
  }

  boolean has(String name) {
    JsonNode v = values.get(name);
    return v != null && !v.isNull() && !(v.isString() && v.stringValue().isBlank());
  }

  /** A scalar as text, or {@code null} when absent or blank. */
  String text(String name) {
    if (!has(name)) {
      return null;
    }
    JsonNode v = values.get(name);
    if (v.isArray() || v.isObject()) {
      throw new InvalidParameterException(name, name + " must be a single value.");
    }
    return v.asString().trim();
  }

  /** A whole number in {@code [min, max]}; {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) {
    String raw = text(name);
    if (raw == null) {
      return fallback;
    }
    int v;
    try {
      v = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, name + " must be a whole number.");
    }
    if (v < min || v > max) {
      throw new InvalidParameterException(
          name, name + " must be between " + min + " and " + max + ".");
    }
    return v;
  }

  /** A list of strings: a JSON array, or one string of comma-separated values. */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    if (!has(name)) {
      return out;
    }
    JsonNode v = values.get(name);
    if (v.isArray()) {
      for (JsonNode e : v.values()) {
        if (!e.isString()) {
          throw new InvalidParameterException(name, name + " must be an array of strings.");
        }
        out.add(e.stringValue().trim());
      }
      return out;
    }
    for (String s : text(name).split(",")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  /**
   * Filters as Algolia combines them: the outer list is ANDed, each inner list ORed. A string is
   * one filter; an array's strings are ANDed and its arrays are OR groups.
   */
  List<List<String>> filters(String name) {
    List<List<String>> out = new ArrayList<>();
    if (!has(name)) {
      return out;
    }
    JsonNode v = values.get(name);
    if (!v.isArray()) {
      out.add(List.of(text(name)));
      return out;
    }
    for (JsonNode e : v.values()) {
      if (e.isString()) {
        out.add(List.of(e.stringValue()));
      } else if (e.isArray()) {
        List<String> group = new ArrayList<>();
        for (JsonNode g : e.values()) {
          if (!g.isString()) {
            throw new InvalidParameterException(name, name + " must hold strings and arrays.");
          }
          group.add(g.stringValue());
        }
        out.add(group);
      } else {
        throw new InvalidParameterException(name, name + " must hold strings and arrays.");
      }
    }
    return out;
  }

  /** The parameters as Algolia echoes them in {@code params}: URL-encoded, arrays as JSON. */
  String encoded() {
    List<String> pairs = new ArrayList<>();
    values.forEach(
        (name, v) ->
            pairs.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(
                            v.isString() ? v.stringValue() : v.toString(), StandardCharsets.UTF_8)
                        .replace("+", "%20")));
    return String.join("&", pairs);
  }
}
