package org.ipnetwork.directory.indexer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.indexer.connection.ConnectionOptions;
import org.ipnetwork.directory.indexer.progress.Progress;
import org.ipnetwork.directory.indexer.progress.Tally;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code indexer export}: every matching listing as NDJSON (canonical) or CSV (flat columns). */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Exports listings as NDJSON (canonical Listing JSON) or CSV (import columns).")
public final class ExportCommand implements Callable<Integer> {

  enum ExportFormat {
    NDJSON,
    CSV
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      defaultValue = "-",
      description = "Where to write; - is stdout (default).")
  String output;

  @Option(
      names = "--format",
      description = "${COMPLETION-CANDIDATES} (default: from the output's extension, else ndjson).")
  ExportFormat format;

  @Option(
      names = "--country",
      paramLabel = "COUNTRY",
      split = ",",
      description = "Only these countries (code or name in English or Chinese); repeatable.")
  List<String> countries = new ArrayList<>();

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      split = ",",
      description = "Only these kinds (provider, workstation, mediation_centre or labels).")
  List<String> kinds = new ArrayList<>();

  @Option(
      names = "--updated-since",
      paramLabel = "TIME",
      description = "Only listings updated at or after this ISO-8601 instant or date.")
  String updatedSince;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ListingScanner.Filter filter = filter(Taxonomies.bundled());
    ExportFormat f = format != null ? format : fromExtension();
    Tally tally = new Tally();
    try (ElasticsearchConnection elasticsearch = connection.open();
        Writer out = writer();
        Progress progress = new Progress(tally, () -> -1, err)) {
      ListingOutput sink =
          f == ExportFormat.CSV ? ListingOutput.csv(out) : ListingOutput.ndjson(out);
      new ListingScanner(elasticsearch.client())
          .scan(
              filter,
              listing -> {
                sink.write(listing);
                tally.read.incrementAndGet();
                tally.unchanged.incrementAndGet();
              });
      out.flush();
    }
    err.printf("exported %d listings%n", tally.read.get());
    err.flush();
    return 0;
  }

  private ListingScanner.Filter filter(Taxonomies taxonomies) {
    List<String> countryCodes = new ArrayList<>();
    for (String c : countries) {
      countryCodes.add(
          taxonomies
              .countries()
              .resolve(c)
              .orElseThrow(() -> usage("not a country of the network: " + c))
              .code());
    }
    List<String> kindCodes = new ArrayList<>();
    for (String k : kinds) {
      kindCodes.add(
          taxonomies.kinds().resolve(k).orElseThrow(() -> usage("unknown kind: " + k)).code());
    }
    Instant since = null;
    if (updatedSince != null) {
      try {
        since =
            updatedSince.length() == 10
                ? java.time.LocalDate.parse(updatedSince)
                    .atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant()
                : Instant.parse(updatedSince);
      } catch (java.time.format.DateTimeParseException e) {
        throw usage("--updated-since wants an ISO-8601 instant or date: " + updatedSince);
      }
    }
    return new ListingScanner.Filter(countryCodes, kindCodes, since);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private ExportFormat fromExtension() {
    return output.toLowerCase(Locale.ROOT).endsWith(".csv")
        ? ExportFormat.CSV
        : ExportFormat.NDJSON;
  }

  private Writer writer() throws IOException {
    OutputStream stream =
        output.equals("-")
            ? new java.io.FilterOutputStream(System.out) {
              @Override
              public void close() throws IOException {
                flush(); // stdout stays open for whoever prints after us
              }
            }
            : Files.newOutputStream(Path.of(output));
    return new java.io.BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }
}
