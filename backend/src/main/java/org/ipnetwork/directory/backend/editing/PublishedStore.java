package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.elasticsearch.ElasticsearchStatus;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.index.ListingWriter;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published copies in {@code listings}, as the workplace reads and writes them. Publishing goes
 * through {@link ListingWriter}, like every import, with {@code updatedAt} as the external version:
 * the indexer's "newest copy wins" keeps protecting a staff change from an older file. A status
 * change (suspend, reinstate, archive) is a compare-and-set on the version the reviewer read
 * ({@link #replace}). Both wait for the refresh ({@code refresh=wait_for}), so that the public
 * search shows the change when the answer arrives.
 *
 * <p>Blocking: called off the event loop ({@link EditingCalls}).
 */
@Component
class PublishedStore {

  private static final ObjectMapper JSON = ElasticsearchClients.jsonMapper().objectMapper();

  /**
   * A published copy as stored.
   *
   * @param version the external version it was written with ({@code updatedAt} in epoch millis; one
   *     more than the previous one after a status change, see {@link #replace})
   * @param seqNo with {@code primaryTerm}, the version a compare-and-set names (its ETag)
   * @param workflow the entry of the staff action that wrote it; {@code null} after an import
   */
  record Published(
      Listing listing, long version, long seqNo, long primaryTerm, WorkflowState workflow) {

    DraftVersion cas() {
      return new DraftVersion(seqNo, primaryTerm);
    }
  }

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
    GetResponse<ObjectNode> r =
        client.get(g -> g.index(ListingIndex.ALIAS).id(id), ObjectNode.class);
    if (!r.found() || r.source() == null || r.version() == null) {
      return Optional.empty();
    }
    Draft copy = DraftStore.read(r.source(), r.seqNo(), r.primaryTerm());
    return Optional.of(
        new Published(
            copy.listing(), r.version(), copy.seqNo(), copy.primaryTerm(), copy.workflow()));
  }

  /**
   * Writes one listing with its {@code workflow} (the entry of the publication) and waits until
   * search shows it.
   *
   * @return the writer's outcome: {@code UNCHANGED} means the index holds a newer copy
   */
  ListingWriter.Outcome write(Listing listing, WorkflowState workflow) {
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
      writer.write(listing, workflow, null);
    }
    if (outcome.get() == ListingWriter.Outcome.REJECTED) {
      throw new IllegalStateException("listings refused " + listing.id() + ": " + reason.get());
    }
    return outcome.get();
  }

  /**
   * Replaces the published copy if it is still at {@code expected} ({@code if_seq_no}, {@code
   * if_primary_term}) and waits until search shows it.
   *
   * <p>Elasticsearch allows a compare-and-set only with its internal versioning, which numbers the
   * new copy one past the stored version: the change would count as one millisecond newer than the
   * copy it changed, and an import row dated between that copy and the change would undo it. So the
   * same document is written once more at once, with the change's time as its external version,
   * which the "newest copy wins" rule of imports compares with. That second write is not a
   * compare-and-set: another member's change landing between the two (after reading the first one's
   * version, within the same few milliseconds) would be overwritten by the same content written
   * again — a window far narrower than the import's, which stays open until the next change.
   *
   * @return the stored copy, or empty when another change landed first
   */
  Optional<Published> replace(Published expected, Listing listing, WorkflowState workflow)
      throws IOException {
    Instant now = Instant.now();
    ObjectNode doc = JSON.valueToTree(documents.of(listing).writtenAt(now));
    doc.set("workflow", JSON.valueToTree(workflow));
    IndexResponse changed;
    try {
      changed =
          client.index(
              i ->
                  i.index(ListingIndex.ALIAS)
                      .id(listing.id())
                      .document(doc)
                      .ifSeqNo(expected.seqNo())
                      .ifPrimaryTerm(expected.primaryTerm()));
    } catch (ElasticsearchException | IOException e) {
      if (ElasticsearchStatus.find(e) == 409) {
        return Optional.empty();
      }
      throw e;
    }
    long version = Math.max(now.toEpochMilli(), changed.version() + 1);
    try {
      IndexResponse r =
          client.index(
              i ->
                  i.index(ListingIndex.ALIAS)
                      .id(listing.id())
                      .document(doc)
                      .version(version)
                      .versionType(VersionType.External)
                      .refresh(Refresh.WaitFor));
      return Optional.of(new Published(listing, r.version(), r.seqNo(), r.primaryTerm(), workflow));
    } catch (ElasticsearchException | IOException e) {
      if (ElasticsearchStatus.find(e) != 409) {
        throw e;
      }
      // A newer copy landed in between (an import of a later row): it stands; the caller's next
      // action meets its version.
      return Optional.of(
          new Published(
              listing, changed.version(), changed.seqNo(), changed.primaryTerm(), workflow));
    }
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
