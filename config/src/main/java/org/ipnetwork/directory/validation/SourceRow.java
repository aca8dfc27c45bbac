package org.ipnetwork.directory.validation;

import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.columns.Column;

/**
 * One row as read from a file, before validation.
 *
 * @param line where it is: the physical line (CSV, NDJSON), the sheet row (XLSX) or the 0-based
 *     array element index (JSON)
 * @param cells raw text per column; multi-valued cells still joined
 * @param problems what the reader already found wrong (e.g. a line that is not JSON)
 */
public record SourceRow(String file, long line, Map<Column, String> cells, List<Problem> problems) {

  public static SourceRow unreadable(String file, long line, String reason) {
    return new SourceRow(file, line, Map.of(), List.of(new Problem("row", reason)));
  }
}
