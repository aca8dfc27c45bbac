package org.ipnetwork.directory.indexer.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code indexer generate}: synthetic listings as NDJSON, for load tests and the sample network.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes deterministic synthetic listings as NDJSON, one listing per line.",
      "The same --count and --seed always give the same bytes.",
      "--sample writes the fictional sample network shipped with the directory instead."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--count", paramLabel = "N", description = "Number of listings to generate.")
  Long count;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed; different seeds give different networks (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      defaultValue = "-",
      description = "File to write, or - for standard output (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(
      names = "--sample",
      description = "Write the sample network (about 3,000 fictional listings, fixed seed).")
  boolean sample;

  @Option(
      names = "--format",
      defaultValue = "ndjson",
      description =
          "ndjson (one listing per line, what import reads) or bulk (the _bulk request lines the"
              + " indexer sends, for benchmarking a raw _bulk against it; default: ${DEFAULT-VALUE}).")
  Format format;

  /** Output shapes. */
  enum Format {
    NDJSON,
    BULK
  }

  @Override
  public Integer call() throws IOException {
    if (sample == (count != null)) {
      throw new ParameterException(spec.commandLine(), "give either --count or --sample");
    }
    if (count != null && count < 0) {
      throw new ParameterException(spec.commandLine(), "--count must not be negative");
    }
    Taxonomies taxonomies = Taxonomies.bundled();
    ReferenceData data = ReferenceData.load(taxonomies);
    long started = System.nanoTime();
    long written;
    boolean stdout = output.equals("-");
    OutputStream target = stdout ? System.out : Files.newOutputStream(Path.of(output));
    try (NdjsonSink sink =
        format == Format.BULK
            ? new BulkSink(target, new ListingDocuments(taxonomies))
            : new NdjsonSink(target)) {
      if (sample) {
        new SampleNetwork(data).generate(sink);
      } else {
        new SyntheticNetwork(data, seed).generate(count, sink);
      }
      written = sink.count();
    } finally {
      if (!stdout) {
        target.close();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    // Progress goes to stderr: stdout may be the data itself.
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "wrote %,d listings to %s in %.1f s (%,.0f listings/s)%n",
        written, stdout ? "standard output" : output, seconds, written / Math.max(seconds, 1e-9));
    err.flush();
    return 0;
  }
}
