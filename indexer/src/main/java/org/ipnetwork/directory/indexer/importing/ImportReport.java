package org.ipnetwork.directory.indexer.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.indexer.columns.CsvLine;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.validation.Problem;
import org.ipnetwork.directory.validation.SourceRow;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where every rejected or failed row is written down: one CSV line per problem in the report file
 * (flushed at once, so that a killed run still leaves its report), the first ones on screen too,
 * and listings Elasticsearch refused into a dead-letter NDJSON file to fix and re-import.
 */
final class ImportReport implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final List<String> HEADER = List.of("file", "line", "id", "outcome", "field", "reason");

  /** More than this on screen drowns the summary; the report file has them all. */
  private static final int SCREEN_LIMIT = 100;

  private final Path reportFile;
  private final Path deadLetterFile;
  private final PrintWriter screen;
  private final BufferedWriter report;
  private BufferedWriter deadLetters;
  private int shown;

  ImportReport(Path dir, String stamp, PrintWriter screen) throws IOException {
    Files.createDirectories(dir);
    this.reportFile = dir.resolve("import-report-" + stamp + ".csv");
    this.deadLetterFile = dir.resolve("dead-letter-" + stamp + ".ndjson");
    this.screen = screen;
    this.report = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8);
    report.write(CsvLine.format(HEADER, false));
    report.flush();
  }

  Path reportFile() {
    return reportFile;
  }

  /** A row the rules refused; its {@code id} cell, when it has one, names it in the report. */
  synchronized void rejected(SourceRow row, List<Problem> problems) {
    String id = row.cells().get(Column.ID);
    id = id == null || id.isBlank() ? null : id.strip();
    for (Problem p : problems) {
      line(row.file(), row.line(), id, "rejected", p.field(), p.reason());
    }
  }

  /** An outcome from Elasticsearch: {@code rejected} (4xx) also goes to the dead letters. */
  synchronized void refused(Item item, String outcome, String reason) {
    line(item.file(), item.line(), item.listing().id(), outcome, "document", reason);
    if (outcome.equals("rejected")) {
      deadLetter(item, reason);
    }
  }

  private void line(String file, long line, String id, String outcome, String field, String why) {
    try {
      report.write(
          CsvLine.format(
              List.of(file, Long.toString(line), id == null ? "" : id, outcome, field, why), true));
      report.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (shown++ < SCREEN_LIMIT) {
      screen.printf("%s:%d: %s: %s: %s%n", file, line, outcome, field, why);
    } else if (shown == SCREEN_LIMIT + 1) {
      screen.println("(more in " + reportFile + ")");
    }
    screen.flush();
  }

  private void deadLetter(Item item, String reason) {
    try {
      if (deadLetters == null) {
        deadLetters = Files.newBufferedWriter(deadLetterFile, StandardCharsets.UTF_8);
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("file", item.file());
      entry.put("line", item.line());
      entry.put("reason", reason);
      entry.put("listing", item.listing());
      deadLetters.write(JSON.writeValueAsString(entry));
      deadLetters.newLine();
      deadLetters.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line per listing that went wrong; points at the files. */
  synchronized void printLocations(PrintWriter out) {
    out.println("report: " + reportFile);
    if (deadLetters != null) {
      out.println("dead letters (refused by Elasticsearch): " + deadLetterFile);
    }
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    report.close();
    if (deadLetters != null) {
      deadLetters.close();
    }
  }

  /** A listing on its way to the index, with where it came from. */
  record Item(String file, long line, Listing listing) {}
}
