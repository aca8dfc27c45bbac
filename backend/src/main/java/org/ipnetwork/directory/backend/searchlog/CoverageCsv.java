package org.ipnetwork.directory.backend.searchlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.listing.CsvCells;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * The heatmap as a CSV file: one line per country and service, with the header in the request's
 * language. It starts with a byte order mark, so that Excel reads it as UTF-8 and Chinese labels
 * arrive intact, and every cell goes through {@link CsvCells} (no cell can start a formula).
 */
final class CoverageCsv {

  static final String BOM = "\uFEFF";

  static final List<String> COLUMNS =
      List.of(
          "csvCoverageCountryCode",
          "csvCoverageCountry",
          "csvCoverageServiceCode",
          "csvCoverageService",
          "csvCoverageListings",
          "csvCoverageZeroResults");

  private static final CSVFormat FORMAT =
      CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.ALL).get();

  private CoverageCsv() {}

  static String of(Coverage coverage, UiStrings strings, Lang lang) {
    StringBuilder out = new StringBuilder(BOM);
    line(out, COLUMNS.stream().map(key -> strings.text(lang, key)));
    for (Coverage.Row row : coverage.countries()) {
      for (int i = 0; i < coverage.services().size(); i++) {
        Coverage.Column service = coverage.services().get(i);
        Coverage.Cell cell = row.cells().get(i);
        line(
            out,
            Stream.of(
                row.code(),
                row.label(),
                service.code(),
                service.label(),
                String.valueOf(cell.listings()),
                String.valueOf(cell.zeroResultSearches())));
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, Stream<String> cells) {
    try {
      CSVPrinter printer = new CSVPrinter(out, FORMAT);
      printer.printRecord(cells.map(CsvCells::safe));
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
  }
}
