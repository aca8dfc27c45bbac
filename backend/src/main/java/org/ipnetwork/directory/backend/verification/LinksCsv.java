package org.ipnetwork.directory.backend.verification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.ipnetwork.directory.backend.listing.CsvCells;

/**
 * The links of a mail merge as CSV: a byte order mark (so that Excel reads UTF-8 and Chinese names
 * arrive intact), Excel's dialect with every cell quoted, every cell through {@link CsvCells} (a
 * name starting with {@code =} is not run as a formula). Column names are plain ASCII, as mail
 * merge fields want them.
 */
final class LinksCsv {

  static final String BOM = "\uFEFF";

  static final List<String> COLUMNS =
      List.of("id", "name_zh", "name_en", "country", "email", "link", "expires");

  private static final CSVFormat FORMAT =
      CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.ALL).get();

  private LinksCsv() {}

  static String of(List<VerificationBatches.IssuedLink> links) {
    StringWriter out = new StringWriter();
    out.write(BOM);
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(COLUMNS);
      for (VerificationBatches.IssuedLink l : links) {
        VerificationQueue.Due d = l.listing();
        printer.printRecord(
            List.of(
                    d.id(),
                    d.name() == null || d.name().zh() == null ? "" : d.name().zh(),
                    d.name() == null || d.name().en() == null ? "" : d.name().en(),
                    d.country() == null ? "" : d.country(),
                    d.email() == null ? "" : d.email(),
                    l.link(),
                    LocalDate.ofInstant(l.expires(), ZoneOffset.UTC).toString())
                .stream()
                .map(CsvCells::safe)
                .toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
