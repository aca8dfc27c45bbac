package org.ipnetwork.directory.backend.instantsearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code POST …/queries} and {@code POST …/facets/{facet}/query}, read whatever the
 * {@code Content-Type} (Algolia's browser clients send JSON as {@code text/plain} or {@code
 * application/x-www-form-urlencoded}, so that no CORS preflight is needed).
 */
final class MultiQuery {

  /** Queries one request may carry; InstantSearch sends one plus one per refined facet. */
  static final int MAX_QUERIES = 50;

  /** Members of a request that are not search parameters. */
  private static final Set<String> ENVELOPE =
      Set.of("indexName", "params", "type", "facet", "facetQuery");

  /**
   * One query.
   *
   * @param type {@code default}, or {@code facet} for a facet-value search (algoliasearch v5)
   */
  record Query(
      String indexName, String type, String facet, String facetQuery, AlgoliaParams params) {
    boolean facetSearch() {
      return "facet".equals(type);
    }
  }

  private MultiQuery() {}

  /** {@code {"requests": [...]}}, each request with its parameters in any of the three forms. */
  static List<Query> queries(String body, JsonMapper json) {
    JsonNode requests = object(body, json).get("requests");
    if (requests == null || !requests.isArray() || requests.isEmpty()) {
      throw new InvalidParameterException("requests", "requests must be a non-empty array.");
    }
    if (requests.size() > MAX_QUERIES) {
      throw new InvalidParameterException(
          "requests", "requests may hold at most " + MAX_QUERIES + " queries.");
    }
    List<Query> out = new ArrayList<>();
    for (JsonNode r : requests.values()) {
      if (!r.isObject()) {
        throw new InvalidParameterException("requests", "Each request must be an object.");
      }
      out.add(query(r, json));
    }
    return out;
  }

  /** The body of a facet-value search: {@code {"params": ..., "facetQuery": ...}}. */
  static Query facetQuery(String body, JsonMapper json) {
    return query(object(body, json), json);
  }

  private static Query query(JsonNode r, JsonMapper json) {
    Map<String, JsonNode> flat = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : r.properties()) {
      if (!ENVELOPE.contains(e.getKey())) {
        flat.put(e.getKey(), e.getValue());
      }
    }
    AlgoliaParams params = AlgoliaParams.of(flat);
    JsonNode nested = r.get("params");
    if (nested != null && nested.isString()) {
      params = params.with(AlgoliaParams.parse(nested.stringValue(), json));
    } else if (nested != null && nested.isObject()) {
      Map<String, JsonNode> values = new LinkedHashMap<>();
      nested.properties().forEach(e -> values.put(e.getKey(), e.getValue()));
      params = params.with(AlgoliaParams.of(values));
    } else if (nested != null && !nested.isNull()) {
      throw new InvalidParameterException("params", "params must be a string or an object.");
    }
    return new Query(
        string(r, "indexName"),
        string(r, "type"),
        string(r, "facet"),
        string(r, "facetQuery"),
        params);
  }

  private static String string(JsonNode r, String name) {
    JsonNode v = r.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw new InvalidParameterException(name, name + " must be a string.");
    }
    return v.stringValue();
  }

  private static JsonNode object(String body, JsonMapper json) {
    if (body == null || body.isBlank()) {
      throw new InvalidParameterException("requests", "The body must be a JSON object.");
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JacksonException e) {
      throw new InvalidParameterException("requests", "The body is not valid JSON.");
    }
    if (root == null || !root.isObject()) {
      throw new InvalidParameterException("requests", "The body must be a JSON object.");
    }
    return root;
  }
}
