package org.ipnetwork.directory.backend.editing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;

/**
 * One entry of a listing's history ({@code listing-history}), never changed or removed through any
 * route. It is first written inside the copy the action wrote ({@code workflow.history}, without
 * the snapshot, which is that copy's listing) and then copied to the history under its id ({@link
 * HistoryOutbox}).
 *
 * @param id the entry's document id, chosen before the action's write and kept with it, so that
 *     every copy of the entry to the history lands on the same document (in the history index it is
 *     the document id, not a field)
 * @param action the workflow action's code ({@code save}, {@code publish}, …)
 * @param from status before, {@code null} when the action opened a draft
 * @param reason a reviewer's reason for a rejection
 * @param changes the field-level changes the action made
 * @param snapshot the listing as it was after the action, for "restore this version"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HistoryEntry(
    String id,
    String listingId,
    Instant at,
    String by,
    String action,
    Status from,
    Status to,
    String reason,
    List<ListingDiff.FieldChange> changes,
    Listing snapshot) {

  /**
   * The entry of an action about to be written: a fresh id (the listing's and a random part: the
   * version the write will get is not known before it), the field-level changes from {@code before}
   * to {@code after}, no snapshot (the written copy is it).
   */
  static HistoryEntry of(
      String listingId,
      String by,
      Instant at,
      Workflow.Action action,
      Status from,
      Status to,
      String reason,
      Listing before,
      Listing after) {
    return new HistoryEntry(
        listingId + "." + UUID.randomUUID(),
        listingId,
        at,
        by,
        action.code(),
        from,
        to,
        reason,
        ListingDiff.between(before, after),
        null);
  }

  HistoryEntry withId(String id) {
    return new HistoryEntry(id, listingId, at, by, action, from, to, reason, changes, snapshot);
  }

  /** The entry as the history index stores it: with the snapshot, the id as the document's. */
  HistoryEntry stored(Listing copy) {
    return new HistoryEntry(null, listingId, at, by, action, from, to, reason, changes, copy);
  }
}
