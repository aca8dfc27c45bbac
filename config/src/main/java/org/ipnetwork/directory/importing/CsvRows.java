package org.ipnetwork.directory.importing;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.ipnetwork.directory.csv.LineNumberedCsv;
import org.ipnetwork.directory.validation.SourceRow;

/** CSV with a header row; rows are numbered by the physical line they start on. */
final class CsvRows implements RowReader {

  @Override
  public void read(InputStream in, String file, Consumer<SourceRow> sink) {
    LineNumberedCsv csv = new LineNumberedCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
    LineNumberedCsv.Row header = csv.next();
    if (header == null) {
      return;
    }
    Headers headers = new Headers(file, header.cells());
    while (true) {
      LineNumberedCsv.Row row;
      try {
        row = csv.next();
      } catch (LineNumberedCsv.MalformedCsvException e) {
        // The rest of the file cannot be split into records reliably any more.
        sink.accept(SourceRow.unreadable(file, e.line(), "malformed CSV: " + e.getMessage()));
        return;
      }
      if (row == null) {
        return;
      }
      sink.accept(new SourceRow(file, row.line(), headers.cells(row.cells()), List.of()));
    }
  }
}
