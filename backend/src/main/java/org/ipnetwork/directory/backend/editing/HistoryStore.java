package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipnetwork.directory.elasticsearch.ElasticsearchStatus;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.stereotype.Component;

/**
 * The audit trail ({@code listing-history}): entries copied from the copies the staff actions wrote
 * ({@link HistoryOutbox}), read per listing, newest first. Nothing in the workplace changes or
 * removes an entry. Each copy refreshes, so that the history shows an action as soon as it is
 * answered.
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
   * Stores {@code entry} under its id with {@code copy} (the listing the action wrote) as its
   * snapshot, unless it is there already: a second copy of the same entry, by a retry or a
   * reconciliation, changes nothing ({@code op_type=create}, 409 taken as done).
   */
  void copy(HistoryEntry entry, Listing copy) throws IOException {
    try {
      client.create(
          c -> c.index(ALIAS).id(entry.id()).document(entry.stored(copy)).refresh(Refresh.True));
    } catch (ElasticsearchException | IOException e) {
      if (ElasticsearchStatus.find(e) != 409) {
        throw e;
      }
    }
  }

  /** Which of {@code ids} the history lacks. */
  Set<String> missing(Collection<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return client
        .mget(m -> m.index(ALIAS).ids(List.copyOf(ids)).source(src -> src.fetch(false)), Void.class)
        .docs()
        .stream()
        .filter(d -> d.isResult() && !d.result().found())
        .map(d -> d.result().id())
        .collect(Collectors.toSet());
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
