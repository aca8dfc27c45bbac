package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opaque paging cursor: the sort values of the last hit of a page (Elasticsearch's {@code
 * search_after}), the sort they belong to and how many hits came before, as base64url JSON signed
 * by {@link CursorSeal}. Clients cannot build or change it: a cursor whose signature is wrong, that
 * belongs to another sort, or whose values are not of the types that sort produces is a 400 naming
 * {@code cursor}, found here rather than by Elasticsearch.
 *
 * @param sort the sort key it was made for ({@link SearchSort#cursorKey})
 * @param after the last hit's sort values: strings, numbers or null
 * @param seen hits on this and the previous pages, to know when the last page is reached
 */
record Cursor(String sort, List<Object> after, long seen) {

  static final int MAX_LENGTH = 2100;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String NOT_OURS = "The cursor is not one this API made.";

  Cursor {
    after = Collections.unmodifiableList(new ArrayList<>(after));
  }

  String encode(CursorSeal seal) {
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
    return seal.seal(
        Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node)));
  }

  /**
   * Decodes a cursor: its signature, then that it was made for {@code expectedKey}, then that its
   * values have the count and types of {@code expectedSort}.
   */
  static Cursor decode(String raw, SearchSort expectedSort, String expectedKey, CursorSeal seal) {
    if (raw.length() > MAX_LENGTH) {
      throw invalid("The cursor is too long.");
    }
    String payload = seal.open(raw.trim());
    if (payload == null) {
      throw invalid(NOT_OURS);
    }
    JsonNode node;
    try {
      node =
          JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | JacksonException e) {
      throw invalid(NOT_OURS);
    }
    if (node == null
        || !node.isObject()
        || !node.path("s").isString()
        || !node.path("n").canConvertToLong()
        || node.path("n").asLong() < 0
        || !node.path("a").isArray()) {
      throw invalid(NOT_OURS);
    }
    if (!node.path("s").asString().equals(expectedKey)) {
      throw invalid("The cursor belongs to another sort; start again without it.");
    }
    List<Object> after = new ArrayList<>();
    for (JsonNode v : node.path("a")) {
      after.add(value(v));
    }
    List<SearchSort.SortValue> types = expectedSort.sortValues();
    if (after.size() != types.size()) {
      throw invalid(NOT_OURS);
    }
    for (int i = 0; i < types.size(); i++) {
      if (!types.get(i).accepts(after.get(i))) {
        throw invalid(NOT_OURS);
      }
    }
    return new Cursor(expectedKey, after, node.path("n").asLong());
  }

  private static Object value(JsonNode v) {
    if (v.isNull()) {
      return null;
    } else if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.asLong();
    } else if (v.isNumber()) {
      return v.asDouble();
    } else if (v.isString()) {
      return v.asString();
    } else if (v.isBoolean()) {
      return v.asBoolean();
    }
    throw invalid(NOT_OURS);
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
