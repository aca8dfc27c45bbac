package org.ipnetwork.directory.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 reader that remembers on which physical line each record starts, so that a rejected row
 * can be reported by its line in the file. Quoted fields may span lines; a leading UTF-8 BOM is
 * skipped.
 */
public final class CsvReader implements Closeable {

  /** One record and the 1-based line on which it starts. */
  public record Row(long line, List<String> cells) {}

  private final BufferedReader in;
  private long line = 1;
  private boolean first = true;

  public CsvReader(Reader reader) {
    this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
  }

  /** The next record, or {@code null} at the end; blank lines are skipped. */
  public Row next() {
    try {
      return read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Row read() throws IOException {
    int c = in.read();
    if (first) {
      first = false;
      if (c == '\uFEFF') {
        c = in.read();
      }
    }
    while (c == '\r' || c == '\n') {
      consumeNewline(c);
      c = in.read();
    }
    if (c == -1) {
      return null;
    }
    long start = line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new MalformedCsvException(start, "unterminated quoted field");
        }
        if (c == '"') {
          int n = in.read();
          if (n == '"') {
            cell.append('"');
          } else {
            quoted = false;
            c = n;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append((char) c);
        }
        c = in.read();
        continue;
      }
      if (c == '"' && cell.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n' || c == -1) {
        cells.add(cell.toString());
        if (c != -1) {
          consumeNewline(c);
        }
        return new Row(start, cells);
      } else {
        cell.append((char) c);
      }
      c = in.read();
    }
  }

  /** Counts one line break (CR, LF or CRLF) whose first char {@code c} was already read. */
  private void consumeNewline(int c) throws IOException {
    line++;
    if (c == '\r') {
      in.mark(1);
      if (in.read() != '\n') {
        in.reset();
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
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
