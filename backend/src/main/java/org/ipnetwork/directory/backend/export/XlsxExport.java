package org.ipnetwork.directory.backend.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ipnetwork.directory.backend.export.ListingPages.Page;
import org.ipnetwork.directory.listing.Listing;
import reactor.core.publisher.Flux;

/**
 * An export as one XLSX sheet, with POI's streaming workbook: it keeps {@link #WINDOW} rows in
 * memory and flushes older ones to a temporary file, then zips the whole into {@code out}. Runs on
 * a worker thread of the pipe, which may block; pages are taken one at a time. Every cell is
 * written as text: a spreadsheet never evaluates a text cell, so nothing a listing holds can run as
 * a formula, and import reads the cells as they were.
 * https://poi.apache.org/components/spreadsheet/how-to.html#sxssf
 */
final class XlsxExport {

  /** Rows kept in memory; the rest are on disk until the workbook is written. */
  static final int WINDOW = 100;

  private XlsxExport() {}

  static void write(Flux<Page> pages, OutputStream out) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      // Inline strings (the streaming workbook's default): a shared-strings table would hold
      // every distinct text in memory.
      SXSSFSheet sheet = workbook.createSheet("listings");
      int r = 0;
      row(sheet, r++, ImportColumns.header());
      // Closing the stream cancels the pages (and closes the point in time) when writing fails.
      try (Stream<Page> each = pages.toStream(1)) {
        for (Page page : (Iterable<Page>) each::iterator) {
          for (Listing listing : page.listings()) {
            row(sheet, r++, ImportColumns.row(listing));
          }
        }
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException e) {
        // Nothing left to free: the temporary files are gone with dispose().
      }
    }
  }

  private static void row(SXSSFSheet sheet, int index, List<String> cells) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < cells.size(); c++) {
      String value = cells.get(c);
      if (value != null) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
      }
    }
  }
}
