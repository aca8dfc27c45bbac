package org.ipnetwork.directory.backend.editing;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ipnetwork.directory.backend.editing.PublishedStore.Published;
import org.ipnetwork.directory.backend.editing.Workflow.Action;
import org.ipnetwork.directory.backend.staff.StaffAccess;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.InvalidFieldsException;
import org.ipnetwork.directory.backend.web.InvalidFieldsException.FieldError;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.backend.web.StaleVersionException;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;
import org.springframework.stereotype.Component;

/**
 * What editors do with drafts: open one (new, from the published copy, or from a version in the
 * history), save it, submit it for review; and what a reviewer's rejection does to it. Each change
 * names the version it was made on and lands only on that version ({@link DraftStore#replace}); the
 * history gets one entry per change that landed, written with the change ({@link HistoryOutbox}).
 */
@Component
class DraftActions {

  private final DraftStore drafts;
  private final PublishedStore published;
  private final HistoryStore history;
  private final HistoryOutbox outbox;
  private final ListingRules rules;
  private final Clock clock;

  DraftActions(
      DraftStore drafts,
      PublishedStore published,
      HistoryStore history,
      HistoryOutbox outbox,
      ListingRules rules,
      Clock clock) {
    this.drafts = drafts;
    this.published = published;
    this.history = history;
    this.outbox = outbox;
    this.rules = rules;
    this.clock = clock;
  }

  /** Opens a draft of a new listing, or of a published one ({@code body.id} names it). */
  Draft create(StaffPrincipal staff, Listing body) throws IOException {
    Instant now = clock.instant();
    return open(staff, rules.check(body, body == null ? null : body.id(), now), Action.CREATE);
  }

  /**
   * Opens a draft in review of a listing read from a staff upload (new, or a change of a published
   * one); refused (409) when the listing has an open draft already.
   */
  Draft upload(StaffPrincipal staff, Listing row) throws IOException {
    return open(staff, rules.check(row, row.id(), clock.instant()), Action.UPLOAD);
  }

  /** Opens a draft from the snapshot of a history entry of listing {@code id}. */
  Draft restore(StaffPrincipal staff, String id, String entryId) throws IOException {
    HistoryEntry entry =
        history
            .find(entryId)
            .filter(e -> id.equals(e.listingId()) && e.snapshot() != null)
            .orElseThrow(
                () -> new NotFoundException("Listing " + id + " has no history entry " + entryId));
    return open(staff, rules.check(entry.snapshot(), id, clock.instant()), Action.RESTORE);
  }

  private Draft open(StaffPrincipal staff, Listing checked, Action action) throws IOException {
    Optional<Published> current = published.find(checked.id());
    current.ifPresent(p -> StaffAccess.requireInside(staff, p.listing()));
    StaffAccess.requireInside(staff, checked);
    Optional<Draft> open = drafts.find(checked.id());
    open.ifPresent(d -> StaffAccess.requireInside(staff, d.listing()));
    Status status =
        Workflow.next(staff.role(), action, open.map(d -> d.listing().status()).orElse(null));
    Instant now = clock.instant();
    Listing before = current.map(Published::listing).orElse(null);
    Listing draft =
        checked
            .withStatus(status)
            .withCreatedAt(before != null ? before.createdAt() : now)
            .withUpdatedAt(now);
    HistoryEntry entry =
        HistoryEntry.of(draft.id(), staff.email(), now, action, null, status, null, before, draft);
    WorkflowState workflow =
        WorkflowState.opened(staff.email(), now, current.map(Published::version).orElse(null))
            .recording(entry);
    Draft created = drafts.create(draft, workflow);
    outbox.deliver(draft, workflow);
    return created;
  }

  /** Saves a new content of the draft, on the version the editor read. */
  Draft save(StaffPrincipal staff, String id, String ifMatch, Listing body) throws IOException {
    Draft current = current(staff, id, ifMatch);
    Workflow.next(staff.role(), Action.SAVE, current.listing().status());
    Instant now = clock.instant();
    Listing checked = rules.check(body, id, now);
    StaffAccess.requireInside(staff, checked);
    Listing saved =
        checked
            .withStatus(current.listing().status())
            .withCreatedAt(current.listing().createdAt())
            .withUpdatedAt(now);
    return change(
        staff, current, Action.SAVE, saved, current.workflow().edited(staff.email(), now), null);
  }

  /** Hands the draft to the reviewers; it must meet the rules as they are now. */
  Draft submit(StaffPrincipal staff, String id, String ifMatch) throws IOException {
    Draft current = current(staff, id, ifMatch);
    Status next = Workflow.next(staff.role(), Action.SUBMIT, current.listing().status());
    Instant now = clock.instant();
    rules.check(current.listing(), id, now);
    return change(
        staff,
        current,
        Action.SUBMIT,
        current.listing().withStatus(next),
        current.workflow().submitted(staff.email(), now),
        null);
  }

  /** Sends a draft in review back to its editors, saying why. */
  Draft reject(StaffPrincipal staff, String id, String ifMatch, String reason) throws IOException {
    Draft current = current(staff, id, ifMatch);
    Status next = Workflow.next(staff.role(), Action.REJECT, current.listing().status());
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldsException(
          List.of(new FieldError("reason", "a rejection needs a reason for the editor")));
    }
    String why = reason.strip();
    return change(
        staff,
        current,
        Action.REJECT,
        current.listing().withStatus(next),
        current.workflow().rejected(staff.email(), why),
        why);
  }

  /**
   * The open draft of {@code id} at the version {@code ifMatch} names, inside the member's scope.
   *
   * @throws StaleVersionException (412, with the stored draft) when {@code ifMatch} names another
   *     version
   */
  Draft current(StaffPrincipal staff, String id, String ifMatch) throws IOException {
    Optional<DraftVersion> expected = DraftVersion.fromIfMatch(ifMatch);
    Draft current =
        drafts
            .find(id)
            .orElseThrow(() -> new NotFoundException("Listing " + id + " has no open draft."));
    StaffAccess.requireInside(staff, current.listing());
    if (expected.isEmpty() || !expected.get().equals(current.version())) {
      throw stale(current);
    }
    return current;
  }

  private Draft change(
      StaffPrincipal staff,
      Draft current,
      Action action,
      Listing listing,
      WorkflowState workflow,
      String reason)
      throws IOException {
    HistoryEntry entry =
        HistoryEntry.of(
            listing.id(),
            staff.email(),
            clock.instant(),
            action,
            current.listing().status(),
            listing.status(),
            reason,
            current.listing(),
            listing);
    WorkflowState recorded = workflow.recording(entry);
    // The entry of the change this one replaces goes to the history first (it is there already
    // unless copying it failed): a stored copy's entry is never overwritten before it is copied.
    outbox.flush(current.listing(), current.workflow());
    Draft changed =
        drafts.replace(current.version(), listing, recorded).orElseThrow(() -> staleNow(current));
    outbox.deliver(listing, recorded);
    return changed;
  }

  /** The 412 for a change that lost the race: with the draft as it is now. */
  StaleVersionException staleNow(Draft lost) {
    try {
      return drafts
          .find(lost.listing().id())
          .map(DraftActions::stale)
          .orElseGet(
              () ->
                  new StaleVersionException(
                      "The draft was published or removed meanwhile.", null, null));
    } catch (IOException e) {
      return new StaleVersionException("The draft was changed meanwhile.", null, null);
    }
  }

  static StaleVersionException stale(Draft current) {
    return new StaleVersionException(
        "The draft was changed since you read it; here is the current version.",
        current.view(),
        current.version().etag());
  }
}
