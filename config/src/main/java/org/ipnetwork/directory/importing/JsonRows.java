package org.ipnetwork.directory.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.columns.FlatListing;
import org.ipnetwork.directory.validation.SourceRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON object as a row, in either shape: the canonical nested {@code Listing} (what export
 * writes) or a flat object with the CSV column names.
 */
final class JsonRows {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonRows() {}

  static SourceRow row(String file, long line, JsonNode node) {
    if (!node.isObject()) {
      return SourceRow.unreadable(file, line, "not a JSON object");
    }
    Map<Column, String> cells = canonical(node) ? nested(node) : flat(node);
    return new SourceRow(file, line, cells, List.of());
  }

  /** The canonical shape nests names and location; a flat row never has objects there. */
  private static boolean canonical(JsonNode node) {
    return node.path("name").isObject() || node.path("location").isObject();
  }

  private static Map<Column, String> flat(JsonNode node) {
    Map<Column, String> cells = new EnumMap<>(Column.class);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      Column.forHeader(field.getKey()).ifPresent(c -> put(cells, c, field.getValue()));
    }
    // Flat rows are spreadsheet rows, often saved from an exported CSV: undo its neutralising.
    cells.replaceAll((column, value) -> Headers.unneutralise(value));
    return cells;
  }

  private static Map<Column, String> nested(JsonNode node) {
    return FlatListing.cells(node);
  }

  private static void put(Map<Column, String> cells, Column column, JsonNode value) {
    String cell = FlatListing.cell(value);
    if (cell != null) {
      cells.put(column, cell);
    }
  }
}
