package org.ipnetwork.directory.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV records (RFC 4180, parsed by Apache Commons CSV) with the physical line on which each one
 * starts, so that a rejected row can be reported by its line in the file. Quoted fields may span
 * lines; blank lines are skipped; a leading UTF-8 byte order mark is dropped.
 */
public final class LineNumberedCsv implements Closeable {

  /** One record and the 1-based line on which it starts. */
  public record Row(long line, List<String> cells) {}

  /**
   * Comma, double quote, CRLF / LF / CR line ends. Blank lines come back as records and are skipped
   * in {@link #next}: skipped by the parser, they would lie between the line the parser was on
   * before a record and the record's first line. {@code ALL_NON_NULL} only makes an unquoted empty
   * cell {@code null}, which tells a blank line from a line holding {@code ""}. Characters after a
   * closing quote are kept ({@code "ab"c} reads {@code abc}) rather than failing the rest of the
   * file.
   */
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setIgnoreEmptyLines(false)
          .setQuoteMode(QuoteMode.ALL_NON_NULL)
          .setTrailingData(true)
          .get();

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;

  /**
   * Carriage returns not followed by a line feed inside quoted cells so far: the parser counts each
   * as a line break, but in a file with LF or CRLF line ends (what spreadsheets write) an editor
   * shows it within its line, and so does the import report.
   */
  private long strayCarriageReturns;

  public LineNumberedCsv(Reader reader) {
    try {
      this.parser = FORMAT.parse(withoutByteOrderMark(reader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.records = parser.iterator();
  }

  /**
   * The next record, or {@code null} at the end.
   *
   * @throws MalformedCsvException when the rest of the file cannot be split into records
   */
  public Row next() {
    while (true) {
      // Between records the parser stands just after a line break (or at the start), so its count
      // of line breaks read is the line before the next record's first one.
      long line = parser.getCurrentLineNumber() + 1 - strayCarriageReturns;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return null;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CSVException malformed) {
          throw new MalformedCsvException(line, describe(malformed));
        }
        throw e;
      }
      if (record.size() == 1 && record.get(0) == null) {
        continue; // a blank line
      }
      List<String> cells = new ArrayList<>(record.size());
      for (String cell : record) {
        cells.add(cell == null ? "" : cell);
        strayCarriageReturns += strayCarriageReturns(cell);
      }
      return new Row(line, List.copyOf(cells));
    }
  }

  private static int strayCarriageReturns(String cell) {
    int n = 0;
    for (int i = cell == null ? -1 : cell.indexOf('\r'); i >= 0; i = cell.indexOf('\r', i + 1)) {
      if (i + 1 == cell.length() || cell.charAt(i + 1) != '\n') {
        n++;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  /** With trailing data kept, the only parse failure left is a quote that never closes. */
  private static String describe(CSVException e) {
    String message = e.getMessage();
    return message != null && message.contains("EOF reached before encapsulated")
        ? "unterminated quoted field"
        : message;
  }

  /** A record that cannot be parsed; carries the line where it started. */
  public static final class MalformedCsvException extends RuntimeException {
    private final long line;

    public MalformedCsvException(long line, String message) {
      super("line " + line + ": " + message);
      this.line = line;
    }

    public long line() {
      return line;
    }
  }
}
