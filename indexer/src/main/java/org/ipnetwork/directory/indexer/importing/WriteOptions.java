package org.ipnetwork.directory.indexer.importing;

import java.time.Duration;
import org.ipnetwork.directory.index.ListingWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The bulk ingester's limits as command-line options; defaults from {@link ListingWriter}. */
public final class WriteOptions {

  @Option(
      names = "--max-operations",
      defaultValue = "1000",
      description = "Listings per bulk request (default ${DEFAULT-VALUE}).")
  int maxOperations;

  @Option(
      names = "--max-bytes",
      defaultValue = "5242880",
      description = "Bytes per bulk request (default ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(
      names = "--flush-interval",
      defaultValue = "PT1S",
      description =
          "A partial bulk request is sent at the next listing after this long, and at the end"
              + " (default ${DEFAULT-VALUE}).")
  Duration flushInterval;

  @Option(
      names = "--max-concurrent-requests",
      defaultValue = "2",
      description = "Bulk requests in flight (default ${DEFAULT-VALUE}).")
  int maxConcurrentRequests;

  @Option(
      names = "--initial-backoff",
      defaultValue = "PT0.2S",
      description =
          "First wait before re-sending a listing refused with 429, doubling each time"
              + " (default ${DEFAULT-VALUE}).")
  Duration initialBackoff;

  @Option(
      names = "--max-retries",
      defaultValue = "8",
      description = "Re-sends of a listing refused with 429 (default ${DEFAULT-VALUE}).")
  int maxRetries;

  @Option(
      names = "--request-retries",
      defaultValue = "5",
      description =
          "Re-sends of listings whose whole request failed (connection, 5xx, timeout) (default"
              + " ${DEFAULT-VALUE}).")
  int requestRetries;

  @Option(
      names = "--request-backoff",
      defaultValue = "PT1S",
      description =
          "First wait before re-sending listings whose request failed, doubling each time up to"
              + " 30 s (default ${DEFAULT-VALUE}).")
  Duration requestBackoff;

  @Option(
      names = "--max-rate",
      defaultValue = "0",
      description =
          "Listings written per second at most, 0 for as fast as Elasticsearch takes them"
              + " (default ${DEFAULT-VALUE}). On a machine that also answers searches, a full-speed"
              + " import takes the CPU they need: at 300, searches at half their capacity kept"
              + " their 99th percentile within 2x of idle (docs/performance.md, P5).")
  double maxRate;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /**
   * The limits; a value they refuse (a count below 1, a negative rate) is a usage error, exit 2.
   */
  ListingWriter.Limits limits() {
    try {
      return new ListingWriter.Limits(
          maxOperations,
          maxBytes,
          flushInterval,
          maxConcurrentRequests,
          initialBackoff,
          maxRetries,
          requestRetries,
          requestBackoff,
          maxRate);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
