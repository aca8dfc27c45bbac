package org.ipnetwork.directory.indexer.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.importing.CountingInput;
import org.ipnetwork.directory.importing.Format;
import org.ipnetwork.directory.importing.InvalidText;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.index.ListingWriter;
import org.ipnetwork.directory.indexer.connection.ConnectionOptions;
import org.ipnetwork.directory.indexer.importing.ImportReport.Item;
import org.ipnetwork.directory.indexer.progress.Progress;
import org.ipnetwork.directory.indexer.progress.Tally;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.validation.RowValidator;
import org.ipnetwork.directory.validation.SourceRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indexer import}: validates rows from files and writes the good ones to the index. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports listings from CSV, JSON (array), NDJSON or XLSX files (see docs/import-format.md).",
      "Safe to rerun after an interruption: ids are stable and the newest version of a listing"
          + " wins."
    })
public final class ImportCommand implements Callable<Integer> {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionOptions connection;
  @Mixin WriteOptions write;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import; - is stdin.")
  List<String> files;

  @Option(
      names = "--format",
      description = "Format of every file: ${COMPLETION-CANDIDATES} (default: from extension).")
  Format format;

  @Option(names = "--dry-run", description = "Validate and report only; write nothing.")
  boolean dryRun;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Folder for import-report-<time>.csv and dead-letter-<time>.ndjson.")
  Path reportDir;

  @Option(
      names = "--id-namespace",
      paramLabel = "NS",
      description = "Prefix the source's own ids with NS: (keeps two sources' ids apart).")
  String idNamespace;

  @Option(
      names = "--taxonomies",
      paramLabel = "DIR",
      description = "Folder with edited taxonomy CSV files (default: the bundled ones).")
  Path taxonomyDir;

  @Option(
      names = "--refresh-interval",
      paramLabel = "TIME",
      defaultValue = "30s",
      description =
          "How often the index shows new listings to searches while the import writes (default"
              + " ${DEFAULT-VALUE}; \"keep\" for the index's own). Each refresh slows the searches"
              + " that follow; the import refreshes once more at its end, and the index's own"
              + " interval is put back.")
  String refreshInterval;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ListingWriter.Limits limits = write.limits(); // refused values before anything is read
    if (!ImportRefresh.INTERVAL.matcher(refreshInterval).matches()) {
      throw new ParameterException(
          spec.commandLine(),
          "--refresh-interval is a time such as 30s, 500ms or 2m, or keep: " + refreshInterval);
    }
    Taxonomies taxonomies = Taxonomies.load(taxonomyDir);
    RowValidator validator = new RowValidator(taxonomies);
    Tally tally = new Tally();
    Instant started = Instant.now();
    AtomicLong bytesRead = new AtomicLong();
    long totalBytes = totalBytes();
    try (ImportReport report = new ImportReport(reportDir, STAMP.format(started), err);
        ElasticsearchConnection elasticsearch = dryRun ? null : connection.open();
        ListingSink sink = dryRun ? null : sink(elasticsearch, taxonomies, limits, tally, report);
        ImportRefresh refresh =
            dryRun
                ? null
                : ImportRefresh.during(
                    elasticsearch.client(), ListingIndex.ALIAS, refreshInterval, err);
        Progress progress =
            new Progress(
                tally, () -> totalBytes <= 0 ? -1 : (double) bytesRead.get() / totalBytes, err)) {
      for (String file : files) {
        importFile(
            file,
            started,
            bytesRead,
            row -> {
              tally.read.incrementAndGet();
              RowValidator.Result result = validator.validate(row.row(), row.defaults());
              if (!result.valid()) {
                tally.rejected.incrementAndGet();
                report.rejected(row.row(), result.problems());
              } else if (dryRun) {
                tally.unchanged.incrementAndGet();
              } else {
                sink.write(new Item(row.row().file(), row.row().line(), result.listing()));
              }
            });
      }
      if (sink != null) {
        sink.close(); // every listing has its outcome before the refresh and the summary
        elasticsearch.client().indices().refresh(r -> r.index(ListingIndex.ALIAS));
      }
      progress.close();
      if (dryRun) {
        err.printf("dry run: %d valid, %d rejected%n", tally.unchanged.get(), tally.rejected.get());
      }
      tally.printSummary(err);
      report.printLocations(err);
    }
    return tally.clean() ? 0 : 1;
  }

  private ListingSink sink(
      ElasticsearchConnection elasticsearch,
      Taxonomies taxonomies,
      ListingWriter.Limits limits,
      Tally tally,
      ImportReport r)
      throws IOException {
    ListingIndex.INDEX.ensureExists(elasticsearch.client(), Clock.systemUTC());
    return new ListingSink(
        elasticsearch.asyncClient(),
        new ListingDocuments(taxonomies),
        ListingIndex.ALIAS,
        limits,
        tally,
        r);
  }

  private record Pending(SourceRow row, RowValidator.Defaults defaults) {}

  private void importFile(
      String file,
      Instant started,
      AtomicLong bytesRead,
      java.util.function.Consumer<Pending> handler)
      throws IOException {
    Format f = format != null ? format : Format.of(file);
    boolean stdin = file.equals("-");
    // Rows without updated_at get the file's last-modified time as their version: rerunning the
    // same file then changes nothing, and a staff edit made after the file was saved stays.
    Instant version =
        stdin
            ? started.truncatedTo(ChronoUnit.MILLIS)
            : Files.getLastModifiedTime(Path.of(file)).toInstant().truncatedTo(ChronoUnit.MILLIS);
    String name = stdin ? "stdin" : Path.of(file).getFileName().toString();
    RowValidator.Defaults defaults =
        new RowValidator.Defaults(version, "import:" + name, idNamespace);
    try (InputStream in =
        new CountingInput(stdin ? System.in : Files.newInputStream(Path.of(file)), bytesRead)) {
      f.reader()
          .read(
              in,
              stdin ? "-" : file,
              row -> handler.accept(new Pending(InvalidText.checked(row), defaults)));
    }
  }

  private long totalBytes() throws IOException {
    long total = 0;
    for (String file : files) {
      if (file.equals("-")) {
        return -1;
      }
      total += Files.size(Path.of(file));
    }
    return total;
  }
}
