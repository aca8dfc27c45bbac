package org.ipnetwork.directory.indexer.columns;

import java.util.List;

/** Formats one RFC 4180 record, optionally defusing cells a spreadsheet would run as formulas. */
public final class CsvLine {

  private CsvLine() {}

  /**
   * The cells quoted where needed and joined, ending with CRLF as RFC 4180 says.
   *
   * @param neutralise prefix cells that start with {@code = + - @}, tab or CR with an apostrophe
   *     (OWASP "CSV injection"); import strips it again
   */
  public static String format(List<String> cells, boolean neutralise) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells.get(i) == null ? "" : cells.get(i);
      out.append(quote(neutralise ? neutralise(cell) : cell));
    }
    return out.append("\r\n").toString();
  }

  public static String neutralise(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }

  static String quote(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
