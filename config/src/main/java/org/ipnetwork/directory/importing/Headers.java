package org.ipnetwork.directory.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.columns.Column;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The header row of a CSV file or a sheet: which column each position holds. */
public final class Headers {

  private static final Logger log = LoggerFactory.getLogger(Headers.class);

  private final List<Column> byPosition = new ArrayList<>();

  Headers(String file, List<String> names) {
    List<String> unknown = new ArrayList<>();
    for (String name : names) {
      Column column = Column.forHeader(name).orElse(null);
      if (column == null && name != null && !name.isBlank()) {
        unknown.add(name);
      }
      byPosition.add(column);
    }
    if (!unknown.isEmpty()) {
      // A warning, not a rejection: extra columns (notes, internal ids) are common in staff sheets.
      log.warn("{}: ignoring unknown columns {}", file, unknown);
    }
  }

  Map<Column, String> cells(List<String> values) {
    Map<Column, String> out = new EnumMap<>(Column.class);
    for (int i = 0; i < values.size() && i < byPosition.size(); i++) {
      Column column = byPosition.get(i);
      String value = values.get(i);
      if (column != null && value != null && !value.isEmpty()) {
        out.put(column, unneutralise(value));
      }
    }
    return out;
  }

  /**
   * Undoes the apostrophe export puts before a cell starting with {@code = + - @}, tab or CR
   * against formula injection, so that an exported file imports as itself.
   */
  public static String unneutralise(String value) {
    if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
      return value.substring(1);
    }
    return value;
  }
}
