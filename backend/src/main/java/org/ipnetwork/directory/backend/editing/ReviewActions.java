package org.ipnetwork.directory.backend.editing;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ipnetwork.directory.backend.editing.EditingReads.ListingEdit;
import org.ipnetwork.directory.backend.editing.PublishedStore.Published;
import org.ipnetwork.directory.backend.editing.Workflow.Action;
import org.ipnetwork.directory.backend.staff.StaffAccess;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.backend.web.StaleVersionException;
import org.ipnetwork.directory.index.ListingWriter;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;
import org.springframework.stereotype.Component;

/**
 * What reviewers do to the published listings: publish a draft in review, suspend, reinstate and
 * archive. Every write to {@code listings} goes through {@link PublishedStore}: publishing through
 * the one write path of imports (external version = {@code updatedAt} = now), status changes as a
 * compare-and-set on the version the reviewer read. Each write carries its history entry ({@link
 * HistoryOutbox}).
 */
@Component
class ReviewActions {

  private final DraftStore drafts;
  private final DraftActions draftActions;
  private final PublishedStore published;
  private final HistoryOutbox outbox;
  private final ListingRules rules;
  private final Clock clock;

  ReviewActions(
      DraftStore drafts,
      DraftActions draftActions,
      PublishedStore published,
      HistoryOutbox outbox,
      ListingRules rules,
      Clock clock) {
    this.drafts = drafts;
    this.draftActions = draftActions;
    this.published = published;
    this.outbox = outbox;
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * Publishes the draft in review at the version {@code ifMatch} names, in three steps: the draft
   * is claimed by a compare-and-set write (of two reviewers publishing it at once, exactly one gets
   * past here; the other gets 412), the listing is written to {@code listings} (waiting for the
   * refresh), and the claimed draft is removed. A failure between the steps leaves the draft
   * claimed and in review, to publish again.
   *
   * @param overwrite publish even though the published copy changed after the draft was opened (an
   *     import, say); without it that is a 409 naming both versions
   */
  Published publish(StaffPrincipal staff, String id, String ifMatch, boolean overwrite)
      throws IOException {
    Draft draft = draftActions.current(staff, id, ifMatch);
    Optional<Published> current = published.find(id);
    current.ifPresent(p -> StaffAccess.requireInside(staff, p.listing()));
    Status next = Workflow.next(staff.role(), Action.PUBLISH, draft.listing().status());
    Instant now = clock.instant();
    Listing checked = rules.check(draft.listing(), id, now);
    Long base = draft.workflow() == null ? null : draft.workflow().baseVersion();
    Long stored = current.map(Published::version).orElse(null);
    if (!overwrite && !Objects.equals(base, stored)) {
      throw new ConflictException(
          "baseVersion",
          "The published listing changed after this draft was opened (draft based on version "
              + base
              + ", published version now "
              + stored
              + "). Compare them (GET …/diff) and publish with overwrite=true to replace it.");
    }
    // The entries of the copies this publication overwrites and removes go to the history first.
    outbox.flush(draft.listing(), draft.workflow());
    Draft claimed =
        drafts
            .replace(draft.version(), draft.listing(), draft.workflow().claimed(staff.email()))
            .orElseThrow(() -> draftActions.staleNow(draft));
    if (current.isPresent()) {
      outbox.flush(current.get().listing(), current.get().workflow());
    }
    Listing before = current.map(Published::listing).orElse(null);
    Instant version = PublishedStore.versionAfter(now, current);
    Listing out =
        checked
            .withStatus(next)
            .withCreatedAt(before != null ? before.createdAt() : draft.listing().createdAt())
            .withUpdatedAt(version);
    WorkflowState recorded =
        WorkflowState.published(
            HistoryEntry.of(
                id,
                staff.email(),
                now,
                Action.PUBLISH,
                draft.listing().status(),
                next,
                null,
                before,
                out));
    written(published.write(out, recorded), id);
    drafts.delete(id, claimed.version());
    outbox.deliver(out, recorded);
    return published
        .find(id)
        .orElseThrow(() -> new NotFoundException("Listing " + id + " was removed meanwhile."));
  }

  /**
   * Suspends, reinstates or archives the published copy at the version {@code ifMatch} names: a
   * compare-and-set, so that of two reviewers acting on the same version exactly one lands.
   *
   * @throws StaleVersionException (412, with the listing as it is now) when {@code ifMatch} names
   *     another version, or another change landed first
   */
  Published changeStatus(StaffPrincipal staff, String id, Action action, String ifMatch)
      throws IOException {
    Optional<DraftVersion> expected = DraftVersion.fromIfMatch(ifMatch);
    Published current =
        published
            .find(id)
            .orElseThrow(() -> new NotFoundException("There is no published listing " + id + "."));
    StaffAccess.requireInside(staff, current.listing());
    if (expected.isEmpty() || !expected.get().equals(current.cas())) {
      throw stale(current);
    }
    Status from = current.listing().status();
    Status next = Workflow.next(staff.role(), action, from);
    Instant now = clock.instant();
    Instant version = PublishedStore.versionAfter(now, Optional.of(current));
    Listing out = current.listing().withStatus(next).withUpdatedAt(version);
    WorkflowState recorded =
        WorkflowState.published(
            HistoryEntry.of(
                id, staff.email(), now, action, from, next, null, current.listing(), out));
    outbox.flush(current.listing(), current.workflow());
    Published changed = published.replace(current, out, recorded).orElseThrow(() -> staleNow(id));
    outbox.deliver(out, recorded);
    return changed;
  }

  /** The 412 for a status change that lost the race: with the listing as it is now. */
  private StaleVersionException staleNow(String id) {
    try {
      return published
          .find(id)
          .map(this::stale)
          .orElseGet(
              () -> new StaleVersionException("The listing was removed meanwhile.", null, null));
    } catch (IOException e) {
      return new StaleVersionException("The listing was changed meanwhile.", null, null);
    }
  }

  private StaleVersionException stale(Published current) {
    Optional<Draft> draft;
    try {
      draft = drafts.find(current.listing().id());
    } catch (IOException e) {
      draft = Optional.empty();
    }
    return new StaleVersionException(
        "The listing was changed since you read it; here it is as it is now.",
        ListingEdit.of(current, draft.map(Draft::view).orElse(null)),
        current.cas().etag());
  }

  private static void written(ListingWriter.Outcome outcome, String id) {
    switch (outcome) {
      case CREATED, UPDATED -> {}
      case UNCHANGED ->
          throw new ConflictException(
              "updatedAt", "Listing " + id + " was changed meanwhile; read it again.");
      default ->
          throw new java.io.UncheckedIOException(
              new IOException("listing " + id + " could not be written: " + outcome));
    }
  }
}
