package org.ipnetwork.directory.indexer.columns;

import java.util.List;
import java.util.regex.Pattern;

/** Formats one RFC 4180 record, optionally defusing cells a spreadsheet would run as formulas. */
public final class CsvLine {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9][0-9 .]*");

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

  /**
   * A plain number (a coordinate, an E.164 phone) starts with a sign but cannot be a formula, so it
   * stays as it is; anything else starting with {@code = + - @}, tab or CR gets the apostrophe.
   */
  public static String neutralise(String cell) {
    if (!cell.isEmpty()
        && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
        && !PLAIN_NUMBER.matcher(cell).matches()) {
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
