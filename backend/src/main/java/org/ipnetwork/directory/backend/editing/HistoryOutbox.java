package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the history complete and exactly-once. A staff action writes its history entry inside the
 * copy it changes ({@code workflow.history} of the draft or the published listing), in the same
 * write as the change: the change and its entry land together or not at all. The entry is then
 * copied to {@code listing-history} under the id it was written with, so that copying it again
 * changes nothing ({@link HistoryStore#copy}). It is copied:
 *
 * <ul>
 *   <li>right after the write ({@link #deliver}; a failure there is logged, the entry waits in the
 *       copy);
 *   <li>before a staff action overwrites or removes the copy ({@link #flush}): the next change of a
 *       draft or listing never replaces an entry that is not in the history yet;
 *   <li>when a listing's history is read ({@link #reconcile(String)}), and for every copy at
 *       start-up ({@link #reconcileAll}), which is what completes the history after a crash between
 *       the write and the copy.
 * </ul>
 *
 * <p>The entry stays in the copy after it was copied (clearing it would be a second write with a
 * new version): the copy always carries the entry of the action that wrote it.
 *
 * <p>Blocking: called off the event loop ({@link EditingCalls}).
 */
@Component
class HistoryOutbox {

  private static final Logger log = LoggerFactory.getLogger(HistoryOutbox.class);

  /** Copies read per request at start-up. */
  private static final int PAGE = 500;

  private final ElasticsearchClient client;
  private final DraftStore drafts;
  private final PublishedStore published;
  private final HistoryStore history;

  HistoryOutbox(
      ElasticsearchClient client,
      DraftStore drafts,
      PublishedStore published,
      HistoryStore history) {
    this.client = client;
    this.drafts = drafts;
    this.published = published;
    this.history = history;
  }

  /**
   * Copies the entry of a stored copy to the history, before the copy is overwritten or removed.
   *
   * @throws IOException when the history cannot be written: the action must not go ahead
   */
  void flush(Listing copy, WorkflowState workflow) throws IOException {
    if (workflow != null && workflow.history() != null) {
      history.copy(workflow.history(), copy);
    }
  }

  /**
   * Copies the entry of a copy just written. The action has landed, with its entry: a failure here
   * leaves the entry for the next flush or reconciliation, and the action is answered as done.
   */
  void deliver(Listing copy, WorkflowState workflow) {
    try {
      flush(copy, workflow);
    } catch (IOException | RuntimeException e) {
      log.warn(
          "The history entry of {} is kept in the listing until it can be copied: {}",
          copy.id(),
          e.toString());
    }
  }

  /** Copies the entries of the draft and the published copy of one listing. */
  void reconcile(String listingId) throws IOException {
    Optional<Draft> draft = drafts.find(listingId);
    if (draft.isPresent()) {
      flush(draft.get().listing(), draft.get().workflow());
    }
    Optional<PublishedStore.Published> live = published.find(listingId);
    if (live.isPresent()) {
      flush(live.get().listing(), live.get().workflow());
    }
  }

  /**
   * Copies every entry that the history lacks, from every draft and published listing that a staff
   * action wrote.
   *
   * @return how many entries were missing
   */
  int reconcileAll() throws IOException {
    int copied = 0;
    for (String index : List.of(DraftStore.ALIAS, ListingIndex.ALIAS)) {
      List<FieldValue> after = null;
      while (true) {
        List<FieldValue> from = after;
        SearchResponse<ObjectNode> page =
            client.search(
                s -> {
                  s.index(index)
                      .query(q -> q.exists(e -> e.field("workflow.history.id")))
                      .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                      .size(PAGE);
                  return from == null ? s : s.searchAfter(from);
                },
                ObjectNode.class);
        List<Hit<ObjectNode>> hits = page.hits().hits();
        if (hits.isEmpty()) {
          break;
        }
        Map<String, Draft> entries = new LinkedHashMap<>();
        for (Hit<ObjectNode> hit : hits) {
          Draft copy = DraftStore.read(hit.source(), null, null);
          if (copy.workflow() != null && copy.workflow().history() != null) {
            entries.put(copy.workflow().history().id(), copy);
          }
        }
        Set<String> missing = history.missing(entries.keySet());
        for (String id : missing) {
          Draft copy = entries.get(id);
          history.copy(copy.workflow().history(), copy.listing());
          copied++;
        }
        after = hits.get(hits.size() - 1).sort();
      }
    }
    if (copied > 0) {
      log.info("Copied {} history entries that were kept in listings and drafts", copied);
    }
    return copied;
  }
}
