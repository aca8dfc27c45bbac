package org.ipnetwork.directory.backend.editing;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ipnetwork.directory.backend.editing.PublishedStore.Published;
import org.ipnetwork.directory.backend.editing.Workflow.Action;
import org.ipnetwork.directory.backend.staff.StaffAccess;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.index.ListingWriter;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;
import org.springframework.stereotype.Component;

/**
 * What reviewers do to the published listings: publish a draft in review, suspend, reinstate and
 * archive. Every write to {@code listings} goes through {@link PublishedStore} (the one write path,
 * external version = {@code updatedAt} = now).
 */
@Component
class ReviewActions {

  private final DraftStore drafts;
  private final DraftActions draftActions;
  private final PublishedStore published;
  private final HistoryStore history;
  private final ListingRules rules;
  private final Clock clock;

  ReviewActions(
      DraftStore drafts,
      DraftActions draftActions,
      PublishedStore published,
      HistoryStore history,
      ListingRules rules,
      Clock clock) {
    this.drafts = drafts;
    this.draftActions = draftActions;
    this.published = published;
    this.history = history;
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
    Draft claimed =
        drafts
            .replace(draft.version(), draft.listing(), draft.workflow().claimed(staff.email()))
            .orElseThrow(() -> draftActions.staleNow(draft));
    Listing before = current.map(Published::listing).orElse(null);
    Instant version = PublishedStore.versionAfter(now, current);
    Listing out =
        checked
            .withStatus(next)
            .withCreatedAt(before != null ? before.createdAt() : draft.listing().createdAt())
            .withUpdatedAt(version);
    written(published.write(out), id);
    drafts.delete(id, claimed.version());
    history.record(
        id, staff.email(), now, Action.PUBLISH, draft.listing().status(), next, null, before, out);
    return new Published(out, version.toEpochMilli());
  }

  /** Suspends, reinstates or archives the published copy. */
  Published changeStatus(StaffPrincipal staff, String id, Action action) throws IOException {
    Published current =
        published
            .find(id)
            .orElseThrow(() -> new NotFoundException("There is no published listing " + id + "."));
    StaffAccess.requireInside(staff, current.listing());
    Status from = current.listing().status();
    Status next = Workflow.next(staff.role(), action, from);
    Instant now = clock.instant();
    Instant version = PublishedStore.versionAfter(now, Optional.of(current));
    Listing out = current.listing().withStatus(next).withUpdatedAt(version);
    written(published.write(out), id);
    history.record(id, staff.email(), now, action, from, next, null, current.listing(), out);
    return new Published(out, version.toEpochMilli());
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
