package org.ipnetwork.directory.backend.listing;

/**
 * Makes a cell of a downloaded CSV file safe to open in a spreadsheet. A cell that starts with
 * {@code = + - @}, a tab or a carriage return may be run as a formula by Excel, LibreOffice or
 * Google Sheets (CSV injection, e.g. {@code =HYPERLINK(...)} in an address a stranger suggested),
 * so it gets a leading single quote, which the spreadsheet reads as "text" (OWASP's rule:
 * https://owasp.org/www-community/attacks/CSV_Injection). Quoting of quotes, commas and line breaks
 * is the CSV printer's job.
 */
public final class CsvCells {

  private CsvCells() {}

  /** The value as a cell: empty for none, quote-prefixed when it could start a formula. */
  public static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }
}
