package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opaque paging cursor: the sort values of the last hit of a page (Elasticsearch's {@code
 * search_after}), the sort they belong to and how many hits came before, as base64url JSON. Clients
 * must not build or change it; a cursor that does not decode, or belongs to another sort, is a 400.
 *
 * @param sort the sort key it was made for ({@link SearchSort#key})
 * @param after the last hit's sort values: strings, numbers or null
 * @param seen hits on this and the previous pages, to know when the last page is reached
 */
record Cursor(String sort, List<Object> after, long seen) {

  static final int MAX_LENGTH = 2000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  Cursor {
    after = java.util.Collections.unmodifiableList(new ArrayList<>(after));
  }

  String encode() {
    ObjectNode node = JSON.createObjectNode();
    node.put("s", sort);
    node.put("n", seen);
    ArrayNode values = node.putArray("a");
    for (Object v : after) {
      if (v == null) {
        values.addNull();
      } else if (v instanceof Long l) {
        values.add(l);
      } else if (v instanceof Double d) {
        values.add(d);
      } else if (v instanceof Boolean b) {
        values.add(b);
      } else {
        values.add(v.toString());
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
  }

  /** Decodes a cursor and checks that it was made for {@code expectedKey}. */
  static Cursor decode(String raw, SearchSort expectedSort, String expectedKey) {
    if (raw.length() > MAX_LENGTH) {
      throw invalid("The cursor is too long.");
    }
    JsonNode node;
    try {
      node = JSON.readTree(Base64.getUrlDecoder().decode(raw.trim()));
    } catch (IllegalArgumentException | JacksonException e) {
      throw invalid("The cursor is not one this API made.");
    }
    if (node == null
        || !node.isObject()
        || !node.path("s").isString()
        || !node.path("n").canConvertToLong()
        || node.path("n").asLong() < 0
        || !node.path("a").isArray()) {
      throw invalid("The cursor is not one this API made.");
    }
    if (!node.path("s").asString().equals(expectedKey)) {
      throw invalid("The cursor belongs to another sort; start again without it.");
    }
    List<Object> after = new ArrayList<>();
    for (JsonNode v : node.path("a")) {
      if (v.isNull()) {
        after.add(null);
      } else if (v.isIntegralNumber() && v.canConvertToLong()) {
        after.add(v.asLong());
      } else if (v.isNumber()) {
        after.add(v.asDouble());
      } else if (v.isString()) {
        after.add(v.asString());
      } else if (v.isBoolean()) {
        after.add(v.asBoolean());
      } else {
        throw invalid("The cursor is not one this API made.");
      }
    }
    if (after.size() != expectedSort.sortValues()) {
      throw invalid("The cursor is not one this API made.");
    }
    return new Cursor(expectedKey, after, node.path("n").asLong());
  }

  /** The values as Elasticsearch's {@code search_after}. */
  List<FieldValue> fieldValues() {
    List<FieldValue> out = new ArrayList<>();
    for (Object v : after) {
      if (v == null) {
        out.add(FieldValue.NULL);
      } else if (v instanceof Long l) {
        out.add(FieldValue.of(l.longValue()));
      } else if (v instanceof Double d) {
        out.add(FieldValue.of(d.doubleValue()));
      } else if (v instanceof Boolean b) {
        out.add(FieldValue.of(b.booleanValue()));
      } else {
        out.add(FieldValue.of(v.toString()));
      }
    }
    return out;
  }

  /** The plain values of a hit's {@code sort} array. */
  static List<Object> values(List<FieldValue> sort) {
    List<Object> out = new ArrayList<>();
    for (FieldValue v : sort) {
      if (v.isNull()) {
        out.add(null);
      } else if (v.isLong()) {
        out.add(v.longValue());
      } else if (v.isDouble()) {
        out.add(v.doubleValue());
      } else if (v.isBoolean()) {
        out.add(v.booleanValue());
      } else if (v.isString()) {
        out.add(v.stringValue());
      } else {
        out.add(v._get().toString());
      }
    }
    return out;
  }

  private static InvalidParameterException invalid(String message) {
    return new InvalidParameterException("cursor", message);
  }
}
