package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.index.ListingWriter;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.stereotype.Component;

/**
 * The published copies in {@code listings}, as the workplace reads and writes them. Writes go
 * through {@link ListingWriter}, like every import, with {@code updatedAt} as the external version:
 * the indexer's "newest copy wins" keeps protecting a staff change from an older file. They wait
 * for the refresh ({@code refresh=wait_for}), so that the public search shows the change when the
 * answer arrives.
 *
 * <p>Blocking: called off the event loop ({@link EditingCalls}).
 */
@Component
class PublishedStore {

  /**
   * A published copy and its version, the external version it was written with ({@code updatedAt}
   * in epoch millis).
   */
  record Published(Listing listing, long version) {}

  private final ElasticsearchClient client;
  private final ElasticsearchAsyncClient asyncClient;
  private final ListingDocuments documents;

  PublishedStore(
      ElasticsearchClient client,
      ElasticsearchAsyncClient asyncClient,
      ListingDocuments documents) {
    this.client = client;
    this.asyncClient = asyncClient;
    this.documents = documents;
  }

  Optional<Published> find(String id) throws IOException {
    GetResponse<Listing> r = client.get(g -> g.index(ListingIndex.ALIAS).id(id), Listing.class);
    return r.found() && r.source() != null && r.version() != null
        ? Optional.of(new Published(r.source(), r.version()))
        : Optional.empty();
  }

  /**
   * Writes one listing and waits until search shows it.
   *
   * @return the writer's outcome: {@code UNCHANGED} means the index holds a newer copy
   */
  ListingWriter.Outcome write(Listing listing) {
    AtomicReference<ListingWriter.Outcome> outcome = new AtomicReference<>();
    AtomicReference<String> reason = new AtomicReference<>();
    try (ListingWriter<Void> writer =
        new ListingWriter<>(
            asyncClient,
            documents,
            ListingIndex.ALIAS,
            ListingWriter.Limits.defaults(),
            Refresh.WaitFor,
            (context, id, o, why) -> {
              outcome.set(o);
              reason.set(why);
            })) {
      writer.write(listing, null);
    }
    if (outcome.get() == ListingWriter.Outcome.REJECTED) {
      throw new IllegalStateException("listings refused " + listing.id() + ": " + reason.get());
    }
    return outcome.get();
  }

  /**
   * A version for a write now that is newer than {@code current}: the clock, or one millisecond
   * past the stored version when that is ahead of it (a row imported with a date in the future).
   */
  static Instant versionAfter(Instant now, Optional<Published> current) {
    long stored = current.map(Published::version).orElse(Long.MIN_VALUE);
    return now.toEpochMilli() > stored ? now : Instant.ofEpochMilli(stored + 1);
  }
}
