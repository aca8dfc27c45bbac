package org.ipnetwork.directory.index;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes listings through {@link BulkIngester} and reports each one's final outcome, exactly once,
 * to a listener that knows where it came from (file and line, say).
 *
 * <p>Each write carries the listing's {@code updatedAt} as an <em>external version</em>: the index
 * keeps whichever copy is newest, so re-importing a file is idempotent (same version: {@link
 * Outcome#UNCHANGED}) and an older file row never overwrites a newer staff edit. The same property
 * makes re-sending safe: an item that did land before its request failed comes back UNCHANGED.
 *
 * <p>Two kinds of retry, each after a doubling backoff: items refused with 429 ({@code
 * initialBackoff}, {@code maxRetries}) and listings whose whole request failed — connection lost,
 * timeout, 5xx ({@code requestBackoff}, {@code requestRetries}). They are queued by the client's
 * threads, which must never block on a full ingester, and handed back to the ingester by the
 * writing thread (at its next {@link #write} or in {@link #close}), which is also the only thread
 * that flushes. Write from one thread. Every writer of listings — the indexer, the sample loader
 * and, later, staff edits — gets both from this one class.
 *
 * @param <C> what the caller wants back with each outcome
 */
public final class ListingWriter<C> implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ListingWriter.class);

  private static final ObjectMapper JSON = ElasticsearchClients.jsonMapper().objectMapper();

  /** What happened to one listing. */
  public enum Outcome {
    CREATED,
    UPDATED,
    /** The index already holds this version or a newer one. */
    UNCHANGED,
    /** Elasticsearch refused the document itself (4xx): sending it again cannot help. */
    REJECTED,
    /** Every attempt failed (5xx, timeout, connection): running the same input again resumes. */
    FAILED
  }

  /** Receives every listing's final outcome exactly once, from the client's threads. */
  @FunctionalInterface
  public interface Listener<C> {
    void onOutcome(C context, String id, Outcome outcome, String reason);
  }

  /**
   * Typed limits of the ingester and of the re-sending.
   *
   * @param maxOperations documents per bulk request
   * @param maxBytes bytes per bulk request
   * @param flushInterval a partial request is sent at the next write after this long (and on close)
   * @param maxConcurrentRequests bulk requests in flight at once
   * @param initialBackoff first wait before re-sending items refused with 429, doubling each time
   * @param maxRetries re-sends of a 429 item before it counts as failed
   * @param requestRetries re-sends of a listing whose request failed, before it counts as failed
   * @param requestBackoff first wait before such a re-send, doubling each time (at most {@link
   *     #MAX_BACKOFF}); the defaults wait 1+2+4+8+16 s, enough for a node to restart
   * @param maxRate listings written per second at most, 0 for as fast as the node takes them: an
   *     import at full speed takes the CPU that searches on the same machine need ({@link Pacer})
   */
  public record Limits(
      int maxOperations,
      long maxBytes,
      Duration flushInterval,
      int maxConcurrentRequests,
      Duration initialBackoff,
      int maxRetries,
      int requestRetries,
      Duration requestBackoff,
      double maxRate) {

    public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** Limits without a rate: as fast as the node takes the listings. */
    public Limits(
        int maxOperations,
        long maxBytes,
        Duration flushInterval,
        int maxConcurrentRequests,
        Duration initialBackoff,
        int maxRetries,
        int requestRetries,
        Duration requestBackoff) {
      this(
          maxOperations,
          maxBytes,
          flushInterval,
          maxConcurrentRequests,
          initialBackoff,
          maxRetries,
          requestRetries,
          requestBackoff,
          0);
    }

    public Limits {
      if (maxOperations < 1 || maxBytes < 1 || maxConcurrentRequests < 1) {
        throw new IllegalArgumentException("bulk limits must be positive");
      }
      if (!(maxRate >= 0) || Double.isInfinite(maxRate)) {
        throw new IllegalArgumentException("a rate is 0 (none) or a positive number");
      }
      if (maxRetries < 0 || requestRetries < 0) {
        throw new IllegalArgumentException("retries cannot be negative");
      }
      Objects.requireNonNull(flushInterval, "flushInterval");
      Objects.requireNonNull(initialBackoff, "initialBackoff");
      Objects.requireNonNull(requestBackoff, "requestBackoff");
    }

    public static Limits defaults() {
      return new Limits(
          1000,
          5L << 20,
          Duration.ofSeconds(1),
          2,
          Duration.ofMillis(200),
          8,
          5,
          Duration.ofSeconds(1));
    }

    /** The wait before re-send number {@code attempt + 1} of a failed request. */
    public Duration requestBackoff(int attempt) {
      Duration d = requestBackoff.multipliedBy(1L << Math.min(attempt, 16));
      return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
  }

  private final BulkIngester<Pending<C>> ingester;
  private final ListingDocuments documents;
  private final String target;
  private final Limits limits;
  private final Listener<C> listener;
  private final Pacer pacer;

  /** Listings to send again, each when its backoff is over; re-added by the writing thread. */
  private final DelayQueue<Retry<C>> retries = new DelayQueue<>();

  private final Object lock = new Object();
  private long unsettled;
  private long lastFlush = System.nanoTime();
  private boolean closed;

  /**
   * One listing on its way: the caller's context, the id (a bulk item response does not always echo
   * it), the operation to re-send and how often it was sent already.
   */
  private record Pending<C>(C context, String id, BulkOperation operation, int attempt) {
    Pending<C> next() {
      return new Pending<>(context, id, operation, attempt + 1);
    }
  }

  /** A listing waiting out its backoff before it is sent again. */
  private record Retry<C>(Pending<C> pending, long dueNanos) implements Delayed {
    Retry(Pending<C> pending, Duration backoff) {
      this(pending, System.nanoTime() + backoff.toNanos());
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }
  }

  public ListingWriter(
      ElasticsearchAsyncClient client,
      ListingDocuments documents,
      String target,
      Limits limits,
      Listener<C> listener) {
    this(client, documents, target, limits, null, listener);
  }

  /**
   * @param refresh the bulk requests' {@code refresh}, or {@code null} for none: a staff member who
   *     publishes one listing passes {@link Refresh#WaitFor}, so that the public search shows it
   *     when the answer arrives; imports leave it to the index's refresh interval
   */
  public ListingWriter(
      ElasticsearchAsyncClient client,
      ListingDocuments documents,
      String target,
      Limits limits,
      Refresh refresh,
      Listener<C> listener) {
    this.documents = documents;
    this.target = target;
    this.limits = limits;
    this.listener = listener;
    this.pacer = limits.maxRate() > 0 ? Pacer.of(limits.maxRate()) : null;
    this.ingester =
        BulkIngester.of(
            b ->
                b.client(client)
                    .maxOperations(limits.maxOperations())
                    .maxSize(limits.maxBytes())
                    .maxConcurrentRequests(limits.maxConcurrentRequests())
                    // No flush interval and no backoff policy of the ingester's own: both flush
                    // from threads of their own, and a second thread waiting for a free request
                    // slot can take the wake-up meant for the writing thread, which then waits
                    // for ever (seen in ListingWriterFaultsIT). The writing thread flushes and
                    // re-sends 429 items itself.
                    .globalSettings(g -> refresh == null ? g : g.refresh(refresh))
                    .listener(new Forwarder()));
  }

  /** Queues one listing; blocks while {@code maxConcurrentRequests} requests are in flight. */
  public void write(Listing listing, C context) {
    write(listing, null, context);
  }

  /**
   * Queues one listing with the workplace's {@code workflow} object in the same document: staff
   * publishing records the history entry of the publication there, so that the change and its audit
   * entry land in one write (imports pass none).
   */
  public void write(Listing listing, Object workflow, C context) {
    Objects.requireNonNull(listing.id(), "listing id");
    Objects.requireNonNull(listing.updatedAt(), "listing updatedAt (the external version)");
    ListingDocument derived = documents.of(listing).writtenAt(Instant.now());
    Object doc = workflow == null ? derived : withWorkflow(derived, workflow);
    BulkOperation op =
        BulkOperation.of(
            b ->
                b.index(
                    i ->
                        i.index(target)
                            .id(listing.id())
                            .document(doc)
                            .version(listing.updatedAt().toEpochMilli())
                            .versionType(VersionType.External)));
    if (pacer != null) {
      pacer.acquire();
    }
    synchronized (lock) {
      unsettled++;
    }
    resendDue();
    ingester.add(op, new Pending<>(context, listing.id(), op, 0));
    long now = System.nanoTime();
    if (now - lastFlush > limits.flushInterval().toNanos()) {
      ingester.flush();
      lastFlush = now;
    }
  }

  private static ObjectNode withWorkflow(ListingDocument derived, Object workflow) {
    ObjectNode node = JSON.valueToTree(derived);
    node.set("workflow", JSON.valueToTree(workflow));
    return node;
  }

  /**
   * Hands the listings whose backoff is over back to the ingester, on the writing thread: the
   * ingester's wait for a free request slot wakes one waiter at a time, and a second thread adding
   * at the same time (a re-send thread of its own, as tried first) left the writer waiting forever
   * now and then.
   */
  private void resendDue() {
    for (Retry<C> r = retries.poll(); r != null; r = retries.poll()) {
      ingester.add(r.pending().operation(), r.pending());
    }
  }

  /**
   * Flushes and waits until every listing has its final outcome, re-sends included; the last ones
   * may wait for their backoff.
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      while (true) {
        resendDue();
        // Outside the lock: flush can wait for a free request slot, whose completion needs it.
        ingester.flush();
        synchronized (lock) {
          if (unsettled == 0) {
            break;
          }
          lock.wait(50);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
    } finally {
      ingester.close();
    }
  }

  private void settle(Pending<C> pending, Outcome outcome, String reason, boolean throttled) {
    int allowed = throttled ? limits.maxRetries() : limits.requestRetries();
    if (outcome == Outcome.FAILED && pending.attempt() < allowed) {
      Duration backoff =
          throttled
              ? limits.initialBackoff().multipliedBy(1L << Math.min(pending.attempt(), 16))
              : limits.requestBackoff(pending.attempt());
      retries.add(new Retry<>(pending.next(), backoff));
      synchronized (lock) {
        lock.notifyAll(); // close() may be waiting: there is something to re-send
      }
      return;
    }
    finish(pending, outcome, reason);
  }

  private void finish(Pending<C> pending, Outcome outcome, String reason) {
    try {
      listener.onOutcome(pending.context(), pending.id(), outcome, reason);
    } finally {
      synchronized (lock) {
        unsettled--;
        lock.notifyAll();
      }
    }
  }

  private final class Forwarder implements BulkListener<Pending<C>> {

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Pending<C>> contexts) {}

    @Override
    public void afterBulk(
        long executionId, BulkRequest request, List<Pending<C>> contexts, BulkResponse response) {
      List<BulkResponseItem> items = response.items();
      int failed = 0;
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        Outcome outcome = outcome(item);
        failed += outcome == Outcome.FAILED ? 1 : 0;
        settle(contexts.get(i), outcome, reason(item), item.status() == 429);
      }
      if (failed > 0) {
        log.warn("{} of {} listings failed in bulk request {}", failed, items.size(), executionId);
      }
    }

    @Override
    public void afterBulk(
        long executionId, BulkRequest request, List<Pending<C>> contexts, Throwable failure) {
      // One line per request, not per listing: the ingester's own per-item lines are too many.
      log.warn(
          "bulk request {} of {} listings failed ({}); those with attempts left are re-sent",
          executionId,
          contexts.size(),
          failure.toString());
      for (Pending<C> pending : contexts) {
        settle(pending, Outcome.FAILED, String.valueOf(failure), false);
      }
    }
  }

  private static Outcome outcome(BulkResponseItem item) {
    if (item.error() == null) {
      return "created".equals(item.result()) ? Outcome.CREATED : Outcome.UPDATED;
    }
    if (item.status() == 409) {
      return Outcome.UNCHANGED;
    }
    return item.status() >= 400 && item.status() < 500 && item.status() != 429
        ? Outcome.REJECTED
        : Outcome.FAILED;
  }

  private static String reason(BulkResponseItem item) {
    return item.error() == null ? null : item.error().type() + ": " + item.error().reason();
  }
}
