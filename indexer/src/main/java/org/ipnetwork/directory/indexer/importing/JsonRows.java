package org.ipnetwork.directory.indexer.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.ipnetwork.directory.indexer.columns.Column;
import org.ipnetwork.directory.indexer.columns.FlatListing;
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

  private static Map<Column, String> nested(JsonNode n) {
    Map<Column, String> c = new EnumMap<>(Column.class);
    put(c, Column.ID, n.path("id"));
    put(c, Column.KIND, n.path("kind"));
    put(c, Column.NAME_ZH, n.path("name").path("zh"));
    put(c, Column.NAME_EN, n.path("name").path("en"));
    put(c, Column.NAME_ORIGINAL, n.path("name").path("original"));
    put(c, Column.ORIGINAL_LANGUAGE, n.path("name").path("originalLanguage"));
    put(c, Column.ORG_TYPE, n.path("orgType"));
    JsonNode loc = n.path("location");
    put(c, Column.COUNTRY, loc.path("country"));
    put(c, Column.CITY, loc.path("city"));
    put(c, Column.CITY_ZH, loc.path("cityZh"));
    put(c, Column.ADDRESS, loc.path("address"));
    put(c, Column.LAT, loc.path("geo").path("lat"));
    put(c, Column.LON, loc.path("geo").path("lon"));
    put(c, Column.SERVICES, n.path("services"));
    put(c, Column.INDUSTRIES, n.path("industries"));
    put(c, Column.LANGUAGES, n.path("languages"));
    put(c, Column.DESCRIPTION_ZH, n.path("description").path("zh"));
    put(c, Column.DESCRIPTION_EN, n.path("description").path("en"));
    put(c, Column.WEBSITE, n.path("contacts").path("website"));
    put(c, Column.EMAIL, n.path("contacts").path("email"));
    put(c, Column.PHONE, n.path("contacts").path("phone"));
    JsonNode ws = n.path("workstation");
    put(c, Column.HOST_ORGANISATION, ws.path("hostOrganisation"));
    put(c, Column.FOCUS_INDUSTRIES, ws.path("focusIndustries"));
    put(c, Column.COVERED_COUNTRIES, ws.path("coveredCountries"));
    put(c, Column.STATUS, n.path("status"));
    put(c, Column.VERIFIED_BY, n.path("verification").path("verifiedBy"));
    put(c, Column.LAST_VERIFIED, n.path("verification").path("lastVerified"));
    put(c, Column.CREATED_AT, n.path("createdAt"));
    put(c, Column.UPDATED_AT, n.path("updatedAt"));
    put(c, Column.SOURCE, n.path("source"));
    return c;
  }

  /** Scalars as their text; arrays joined the way a multi-valued cell is. */
  private static void put(Map<Column, String> cells, Column column, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return;
    }
    if (value.isArray()) {
      StringJoiner joined = new StringJoiner(FlatListing.SEPARATOR);
      value.forEach(v -> joined.add(v.asString()));
      cells.put(column, joined.toString());
    } else if (value.isValueNode()) {
      cells.put(column, value.asString());
    }
  }
}
