package org.ipnetwork.directory.columns;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import org.ipnetwork.directory.listing.Listing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A listing as flat cells, through {@link Column#pointer()}: the same mapping turns export's
 * canonical JSON into CSV columns and an imported canonical JSON row back into cells, so the flat
 * and the nested shape cannot drift apart.
 */
public final class FlatListing {

  /** What export puts between the values of a multi-valued cell. */
  public static final String SEPARATOR = "|";

  private static final JsonMapper CANONICAL = JsonMapper.builder().build();

  private FlatListing() {}

  public static Map<Column, String> cells(Listing listing) {
    return cells(CANONICAL.<JsonNode>valueToTree(listing));
  }

  /** The cells of a listing in its canonical nested JSON shape. */
  public static Map<Column, String> cells(JsonNode canonical) {
    Map<Column, String> out = new EnumMap<>(Column.class);
    for (Column column : Column.values()) {
      String value = cell(canonical.at(column.pointer()));
      if (value != null) {
        out.put(column, value);
      }
    }
    return out;
  }

  /** Scalars as their text, arrays joined the way a multi-valued cell is; null when absent. */
  public static String cell(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isArray()) {
      if (value.isEmpty()) {
        return null;
      }
      StringJoiner joined = new StringJoiner(SEPARATOR);
      value.forEach(v -> joined.add(v.asString()));
      return joined.toString();
    }
    return value.isValueNode() ? value.asString() : null;
  }
}
