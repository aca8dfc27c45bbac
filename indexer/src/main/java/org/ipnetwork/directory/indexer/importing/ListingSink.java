package org.ipnetwork.directory.indexer.importing;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ListingWriter;
import org.ipnetwork.directory.index.ListingWriter.Outcome;
import org.ipnetwork.directory.indexer.cli.Tally;
import org.ipnetwork.directory.indexer.importing.ImportReport.Item;

/**
 * Sends valid listings through {@link ListingWriter} and re-sends those whose whole request failed
 * (connection lost, 5xx, timeout). The listener runs on the client's I/O thread, so it only queues
 * them; the importing thread re-sends after a backoff, which never stalls the client.
 */
final class ListingSink implements AutoCloseable {

  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final ListingWriter<Item> writer;
  private final Queue<Item> retries = new ConcurrentLinkedQueue<>();
  private final Object lock = new Object();
  private final Tally tally;
  private final ImportReport report;
  private final int maxRequestRetries;
  private final Duration initialBackoff;
  private long inFlight;

  ListingSink(
      ElasticsearchAsyncClient client,
      ListingDocuments documents,
      String target,
      ListingWriter.Limits limits,
      int maxRequestRetries,
      Tally tally,
      ImportReport report) {
    this.tally = tally;
    this.report = report;
    this.maxRequestRetries = maxRequestRetries;
    this.initialBackoff = limits.initialBackoff();
    this.writer = new ListingWriter<>(client, documents, target, limits, this::onOutcome);
  }

  void write(Item item) {
    synchronized (lock) {
      inFlight++;
    }
    writer.write(item.listing(), item);
    resendDue();
  }

  private void onOutcome(Item item, String id, Outcome outcome, String reason) {
    switch (outcome) {
      case CREATED -> tally.created.incrementAndGet();
      case UPDATED -> tally.updated.incrementAndGet();
      case UNCHANGED -> tally.unchanged.incrementAndGet();
      case REJECTED -> {
        tally.rejected.incrementAndGet();
        report.refused(item, "rejected", reason);
      }
      case FAILED -> {
        if (item.attempt() < maxRequestRetries) {
          retries.add(item.retry());
        } else {
          tally.failed.incrementAndGet();
          report.refused(item, "failed", reason);
        }
      }
    }
    synchronized (lock) {
      inFlight--;
      lock.notifyAll();
    }
  }

  /** Re-sends what failed so far, each after the backoff its attempt number calls for. */
  private void resendDue() {
    for (Item item = retries.poll(); item != null; item = retries.poll()) {
      sleep(backoff(item.attempt()));
      synchronized (lock) {
        inFlight++;
      }
      writer.write(item.listing(), item);
    }
  }

  Duration backoff(int attempt) {
    Duration d = initialBackoff.multipliedBy(1L << Math.min(attempt, 16));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  /** Waits until every listing has a final outcome, re-sending failed requests meanwhile. */
  void drain() {
    while (true) {
      // Outside the lock: flush can wait for a free request slot, whose completion needs the lock.
      writer.flush();
      synchronized (lock) {
        if (inFlight == 0 && retries.isEmpty()) {
          return;
        }
        if (retries.isEmpty()) {
          try {
            lock.wait(200);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
          }
        }
      }
      resendDue();
    }
  }

  @Override
  public void close() {
    drain();
    writer.close();
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
