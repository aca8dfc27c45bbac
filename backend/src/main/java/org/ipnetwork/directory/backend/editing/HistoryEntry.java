package org.ipnetwork.directory.backend.editing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;

/**
 * One entry of a listing's history ({@code listing-history}): written by the backend after each
 * staff action, never changed or removed through any route.
 *
 * @param id the entry's document id (not stored in the document itself)
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

  HistoryEntry withId(String id) {
    return new HistoryEntry(id, listingId, at, by, action, from, to, reason, changes, snapshot);
  }
}
