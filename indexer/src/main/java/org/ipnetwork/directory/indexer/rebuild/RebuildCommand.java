package org.ipnetwork.directory.indexer.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.indexer.connection.ConnectionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code indexer rebuild}: a new versioned index filled from the live one, then the alias swapped.
 * It copies from the index, never from files, so that staff edits survive; the fields derived from
 * the listing alone (Chinese name sort key, completion inputs, simplified and pinyin forms) are
 * computed again on the way. The new index comes from the current definition, so a rebuild is also
 * how an installation gets an analyzer added since (an open index cannot take one).
 */
@Command(
    name = "rebuild",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds the listings index from the live index (current mapping and settings), then swaps"
          + " the alias atomically. The previous index is kept for `rollback`.",
      "Listings are copied as stored, except that the fields derived from the listing alone (the"
          + " Chinese name sort key, completion inputs, simplified and pinyin forms) are computed"
          + " again; taxonomy labels are copied as they are."
    })
public final class RebuildCommand implements Callable<Integer> {

  /**
   * Edits made while the copy runs land in the old index; copying everything updated since shortly
   * before the copy started, once more after the swap, carries them over. The margin covers clock
   * skew between this machine and the writers.
   */
  static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(5);

  /** How long a write already sent to the old index may still take to land there. */
  static final Duration IN_FLIGHT_GRACE = Duration.ofSeconds(3);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try (ElasticsearchConnection elasticsearch = connection.open()) {
      Result r = rebuild(elasticsearch.client(), Clock.systemUTC());
      err.printf(
          "rebuilt %s -> %s: %d listings (%d carried over after the swap) in %.1f s%n",
          r.from(), r.to(), r.count(), r.caughtUp(), r.duration().toMillis() / 1000.0);
      err.flush();
    }
    return 0;
  }

  /** What a rebuild did. */
  public record Result(String from, String to, long count, long caughtUp, Duration duration) {}

  public static Result rebuild(ElasticsearchClient client, Clock clock) throws IOException {
    Instant start = clock.instant();
    String live =
        ListingIndex.INDEX
            .current(client)
            .orElseThrow(() -> new IllegalStateException("no listings index to rebuild"));
    String next = ListingIndex.INDEX.newIndexName(clock);
    Reindexing ops = new Reindexing(client);
    Reindexing.LoadSettings restore = ops.settingsOf(live);
    client.indices().create(ListingIndex.INDEX.createRequest(next).build());
    ops.forLoading(next);
    Reindexing.Copied copied = ops.copy(live, next, null);
    ops.apply(next, restore);
    long count = ops.count(next);
    long expected = copied.total();
    if (count != expected) {
      throw new IllegalStateException(
          next + " holds " + count + " listings but " + expected + " were copied; alias unchanged");
    }
    ops.awaitUsable(next);
    ListingIndex.INDEX.swap(client, live, next);
    Instant since = start.minus(CATCH_UP_MARGIN);
    long carried = ops.copy(live, next, since).written();
    // A bulk request that resolved the alias to the old index just before the swap can land there
    // after the first catch-up; a second one, after the writers' in-flight time, carries it over.
    sleep(IN_FLIGHT_GRACE);
    carried += ops.copy(live, next, since).written();
    return new Result(
        live, next, ops.count(next), carried, Duration.between(start, clock.instant()));
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during the catch-up", e);
    }
  }
}
