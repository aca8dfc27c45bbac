package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;
import org.springframework.stereotype.Component;

/**
 * The audit trail ({@code listing-history}): appended to after each staff action, read per listing,
 * newest first. Nothing in the workplace changes or removes an entry. Each append refreshes, so
 * that the history shows an action as soon as it is answered.
 *
 * <p>Blocking: called off the event loop ({@link EditingCalls}).
 */
@Component
class HistoryStore {

  static final String ALIAS = ListingIndex.HISTORY.alias();

  /** More entries than any listing gathers in practice; the oldest beyond it are not listed. */
  static final int MAX_LISTED = 1000;

  private final ElasticsearchClient client;

  HistoryStore(ElasticsearchClient client) {
    this.client = client;
  }

  /**
   * Records an action: its field-level changes from {@code before} to {@code after} and {@code
   * after} itself as the snapshot to restore.
   */
  HistoryEntry record(
      String listingId,
      String by,
      Instant at,
      Workflow.Action action,
      Status from,
      Status to,
      String reason,
      Listing before,
      Listing after)
      throws IOException {
    HistoryEntry entry =
        new HistoryEntry(
            null,
            listingId,
            at,
            by,
            action.code(),
            from,
            to,
            reason,
            ListingDiff.between(before, after),
            after);
    String id = client.index(i -> i.index(ALIAS).document(entry).refresh(Refresh.True)).id();
    return entry.withId(id);
  }

  /**
   * Records an action that changes neither the listing's status nor its fields (what became of a
   * visitor's correction report): no changes, no snapshot to restore.
   */
  HistoryEntry note(String listingId, String by, Instant at, String action, String reason)
      throws IOException {
    HistoryEntry entry =
        new HistoryEntry(null, listingId, at, by, action, null, null, reason, List.of(), null);
    String id = client.index(i -> i.index(ALIAS).document(entry).refresh(Refresh.True)).id();
    return entry.withId(id);
  }

  List<HistoryEntry> of(String listingId) throws IOException {
    SearchResponse<HistoryEntry> r =
        client.search(
            s ->
                s.index(ALIAS)
                    .query(q -> q.term(t -> t.field("listingId").value(listingId)))
                    .sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc)))
                    .size(MAX_LISTED),
            HistoryEntry.class);
    return r.hits().hits().stream().map(h -> h.source().withId(h.id())).toList();
  }

  Optional<HistoryEntry> find(String entryId) throws IOException {
    GetResponse<HistoryEntry> r = client.get(g -> g.index(ALIAS).id(entryId), HistoryEntry.class);
    return r.found() && r.source() != null
        ? Optional.of(r.source().withId(r.id()))
        : Optional.empty();
  }
}
