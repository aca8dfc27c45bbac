package org.ipnetwork.directory.backend.listing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Makes a cell of a downloaded CSV file safe to open in a spreadsheet. A cell that starts with
 * {@code = + - @}, a tab or a carriage return may be run as a formula by Excel, LibreOffice or
 * Google Sheets (CSV injection, e.g. {@code =HYPERLINK(...)} in an address a stranger suggested),
 * so it gets a leading single quote, which the spreadsheet reads as "text" (OWASP's rule:
 * https://owasp.org/www-community/attacks/CSV_Injection). Quoting of quotes, commas and line breaks
 * is the CSV printer's job: {@link #line} does both, for every CSV file the backend writes.
 */
public final class CsvCells {

  /** The byte order mark: without it Excel opens a UTF-8 file as the system code page. */
  public static final String BOM = "\uFEFF";

  /** Excel's dialect (CRLF), every cell quoted as OWASP advises for exported data. */
  private static final CSVFormat FORMAT =
      CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.ALL).get();

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

  /** One CSV line of these cells, each made {@link #safe} and quoted, ending with CRLF. */
  public static String line(Iterable<String> cells) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (String cell : cells) {
        printer.print(safe(cell));
      }
      printer.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }
}
