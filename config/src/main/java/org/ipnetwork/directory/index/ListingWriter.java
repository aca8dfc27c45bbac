package org.ipnetwork.directory.index;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.ipnetwork.directory.listing.Listing;

/**
 * Writes listings through {@link BulkIngester} and reports each one's outcome to a listener that
 * knows where it came from (file and line, say).
 *
 * <p>Each write carries the listing's {@code updatedAt} as an <em>external version</em>: the index
 * keeps whichever copy is newest, so re-importing a file is idempotent (same version: {@link
 * Outcome#UNCHANGED}) and an older file row never overwrites a newer staff edit.
 *
 * @param <C> what the caller wants back with each outcome
 */
public final class ListingWriter<C> implements AutoCloseable {

  /** What happened to one listing. */
  public enum Outcome {
    CREATED,
    UPDATED,
    /** The index already holds this version or a newer one. */
    UNCHANGED,
    /** Elasticsearch refused the document itself (4xx): sending it again cannot help. */
    REJECTED,
    /** The request failed (5xx, timeout, connection): the listing may be sent again. */
    FAILED
  }

  /** Receives every outcome exactly once, from the client's threads. */
  @FunctionalInterface
  public interface Listener<C> {
    void onOutcome(C context, String id, Outcome outcome, String reason);
  }

  /**
   * Typed limits of the ingester.
   *
   * @param maxOperations documents per bulk request
   * @param maxBytes bytes per bulk request
   * @param flushInterval longest time a document waits in a partial request
   * @param maxConcurrentRequests bulk requests in flight at once
   * @param initialBackoff first wait before re-sending items refused with 429
   * @param maxRetries re-sends of a 429 item before it counts as failed
   */
  public record Limits(
      int maxOperations,
      long maxBytes,
      Duration flushInterval,
      int maxConcurrentRequests,
      Duration initialBackoff,
      int maxRetries) {

    public static Limits defaults() {
      return new Limits(1000, 5L << 20, Duration.ofSeconds(1), 2, Duration.ofMillis(200), 8);
    }
  }

  private final BulkIngester<Outcomeable<C>> ingester;
  private final ListingDocuments documents;
  private final String target;

  /** Wraps the caller's context with the id, which a bulk item response does not always echo. */
  private record Outcomeable<C>(C context, String id) {}

  public ListingWriter(
      ElasticsearchAsyncClient client,
      ListingDocuments documents,
      String target,
      Limits limits,
      Listener<C> listener) {
    this.documents = documents;
    this.target = target;
    this.ingester =
        BulkIngester.of(
            b ->
                b.client(client)
                    .maxOperations(limits.maxOperations())
                    .maxSize(limits.maxBytes())
                    .maxConcurrentRequests(limits.maxConcurrentRequests())
                    .flushInterval(limits.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                    .backoffPolicy(
                        BackoffPolicy.exponentialBackoff(
                            limits.initialBackoff().toMillis(), limits.maxRetries()))
                    .listener(new Forwarder<>(listener)));
  }

  /** Queues one listing; blocks while {@code maxConcurrentRequests} requests are in flight. */
  public void write(Listing listing, C context) {
    Objects.requireNonNull(listing.id(), "listing id");
    Objects.requireNonNull(listing.updatedAt(), "listing updatedAt (the external version)");
    ListingDocument doc = documents.of(listing);
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
    ingester.add(op, new Outcomeable<>(context, listing.id()));
  }

  /** Sends what is queued now, without waiting for the flush interval. */
  public void flush() {
    ingester.flush();
  }

  /** Flushes and waits until every outcome has been reported. */
  @Override
  public void close() {
    ingester.close();
  }

  private static final class Forwarder<C> implements BulkListener<Outcomeable<C>> {
    private final Listener<C> listener;

    Forwarder(Listener<C> listener) {
      this.listener = listener;
    }

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Outcomeable<C>> contexts) {}

    @Override
    public void afterBulk(
        long executionId,
        BulkRequest request,
        List<Outcomeable<C>> contexts,
        BulkResponse response) {
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        Outcomeable<C> ctx = contexts.get(i);
        listener.onOutcome(ctx.context(), ctx.id(), outcome(item), reason(item));
      }
    }

    @Override
    public void afterBulk(
        long executionId, BulkRequest request, List<Outcomeable<C>> contexts, Throwable failure) {
      for (Outcomeable<C> ctx : contexts) {
        listener.onOutcome(ctx.context(), ctx.id(), Outcome.FAILED, String.valueOf(failure));
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
}
