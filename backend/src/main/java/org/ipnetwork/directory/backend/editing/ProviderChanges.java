package org.ipnetwork.directory.backend.editing;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.ipnetwork.directory.backend.editing.PublishedStore.Published;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.listing.Verification;
import org.springframework.stereotype.Component;

/**
 * What a provider does to its own listing through a re-verification link, without an account:
 * confirm it as it is (the published copy's last-verified date becomes today, a compare-and-set
 * like a reviewer's status change) or propose changes (a draft in review, for a reviewer to publish
 * or reject like any other). Both land in the listing's history under {@code by}, the provider's
 * label, with the reason "confirmed by the provider" or "proposed by the provider".
 *
 * <p>Blocking: called off the event loop.
 */
@Component
public class ProviderChanges {

  /** History action of a confirmation. */
  public static final String CONFIRMED = "provider_confirmed";

  /** History action of a proposal. */
  public static final String PROPOSED = "provider_proposed";

  /** {@code verification.verifiedBy} of a listing its provider confirmed. */
  public static final String VERIFIED_BY = "provider";

  private final DraftStore drafts;
  private final PublishedStore published;
  private final HistoryOutbox outbox;
  private final ListingRules rules;
  private final Clock clock;

  ProviderChanges(
      DraftStore drafts,
      PublishedStore published,
      HistoryOutbox outbox,
      ListingRules rules,
      Clock clock) {
    this.drafts = drafts;
    this.published = published;
    this.outbox = outbox;
    this.rules = rules;
    this.clock = clock;
  }

  /** The published listing {@code id}, when it is published. */
  public Optional<Listing> publishedListing(String id) throws IOException {
    return published.find(id).map(Published::listing).filter(Listing::published);
  }

  /**
   * Sets the published listing's last-verified date to today (UTC). Tried twice: a staff change
   * landing between the read and the write is read again, not overwritten.
   *
   * @return the listing as now published
   * @throws NotFoundException when the listing is not published (any more)
   */
  public Listing confirm(String id, String by) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Published current = currentPublished(id);
      Instant now = clock.instant();
      Listing before = current.listing();
      Listing out =
          before
              .withVerification(
                  new Verification(VERIFIED_BY, LocalDate.ofInstant(now, ZoneOffset.UTC)))
              .withUpdatedAt(PublishedStore.versionAfter(now, Optional.of(current)));
      HistoryEntry entry =
          entry(id, by, now, CONFIRMED, Status.PUBLISHED, Status.PUBLISHED, before, out);
      WorkflowState recorded = WorkflowState.published(entry);
      outbox.flush(before, current.workflow());
      Optional<Published> changed = published.replace(current, out, recorded);
      if (changed.isPresent()) {
        outbox.deliver(out, recorded);
        return out;
      }
      if (attempt > 0) {
        throw new ConflictException("listing", "The listing is being changed; try again.");
      }
    }
  }

  /**
   * Opens a draft in review with the provider's changes applied to the published copy, checked by
   * the rules of every listing; its verification is today's, so that publishing it also records the
   * listing as verified.
   *
   * @throws ConflictException (409) when a draft of the listing is open already
   * @throws org.ipnetwork.directory.backend.web.InvalidFieldsException (400) for refused values
   */
  public Listing propose(String id, String by, UnaryOperator<Listing> changes) throws IOException {
    Published current = currentPublished(id);
    if (drafts.find(id).isPresent()) {
      throw new ConflictException("id", "A change of listing " + id + " is being reviewed.");
    }
    Instant now = clock.instant();
    Listing before = current.listing();
    Listing proposed =
        changes
            .apply(before)
            .withVerification(
                new Verification(VERIFIED_BY, LocalDate.ofInstant(now, ZoneOffset.UTC)));
    Listing draft =
        rules
            .check(proposed, id, now)
            .withStatus(Status.IN_REVIEW)
            .withCreatedAt(before.createdAt())
            .withUpdatedAt(now);
    HistoryEntry entry = entry(id, by, now, PROPOSED, null, Status.IN_REVIEW, before, draft);
    WorkflowState workflow =
        WorkflowState.opened(by, now, current.version()).submitted(by, now).recording(entry);
    drafts.create(draft, workflow);
    outbox.deliver(draft, workflow);
    return draft;
  }

  private Published currentPublished(String id) throws IOException {
    return published
        .find(id)
        .filter(p -> p.listing().published())
        .orElseThrow(() -> new NotFoundException("There is no published listing " + id + "."));
  }

  private static HistoryEntry entry(
      String id,
      String by,
      Instant at,
      String action,
      Status from,
      Status to,
      Listing before,
      Listing after) {
    String reason =
        CONFIRMED.equals(action) ? "confirmed by the provider" : "proposed by the provider";
    return new HistoryEntry(
        id + "." + UUID.randomUUID(),
        id,
        at,
        by,
        action,
        from,
        to,
        reason,
        ListingDiff.between(before, after),
        null);
  }
}
