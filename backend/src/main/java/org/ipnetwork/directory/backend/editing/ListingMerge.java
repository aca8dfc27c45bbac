package org.ipnetwork.directory.backend.editing;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.ipnetwork.directory.backend.editing.PublishedStore.Published;
import org.ipnetwork.directory.backend.editing.Workflow.Action;
import org.ipnetwork.directory.backend.staff.StaffAccess;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.InvalidFieldsException;
import org.ipnetwork.directory.backend.web.InvalidFieldsException.FieldError;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.backend.web.StaleVersionException;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Merging two published copies of one firm, as the editing workflow writes any change: the survivor
 * takes the chosen values through the listing rules, as a compare-and-set on the version read, with
 * a {@code merge} entry in its history (the field changes, and the merged listing's id, whose own
 * history stays under that id); the merged listing is archived (off the search) with an {@code
 * archive} entry naming the survivor. Both writes carry their history entries ({@link
 * HistoryOutbox}).
 *
 * <p>Blocking: called off the event loop.
 */
@Component
public class ListingMerge {

  /** A field that differs between two listings, as a leaf path and the two values. */
  public record Difference(String field, JsonNode left, JsonNode right) {}

  private final PublishedStore published;
  private final HistoryOutbox outbox;
  private final ListingRules rules;
  private final Clock clock;

  ListingMerge(PublishedStore published, HistoryOutbox outbox, ListingRules rules, Clock clock) {
    this.published = published;
    this.outbox = outbox;
    this.rules = rules;
    this.clock = clock;
  }

  /** The fields that differ, as the history's diff names them ({@code contacts.phone}, …). */
  public static List<Difference> differences(Listing left, Listing right) {
    return ListingDiff.between(left, right).stream()
        .map(c -> new Difference(c.field(), c.before(), c.after()))
        .toList();
  }

  /**
   * The published listing {@code id}, inside the member's scope.
   *
   * @throws NotFoundException when there is no listing {@code id} or it is not published
   */
  public Listing read(StaffPrincipal staff, String id) throws IOException {
    Published p = publishedCopy(id);
    StaffAccess.requireInside(staff, p.listing());
    return p.listing();
  }

  /**
   * Writes {@code combine}'s result (given the survivor and the merged listing) as the survivor's
   * new content and archives the merged listing.
   *
   * @return the survivor as now published
   */
  public Listing merge(
      StaffPrincipal staff, String survivorId, String mergedId, BinaryOperator<Listing> combine)
      throws IOException {
    if (survivorId.equals(mergedId)) {
      throw new InvalidFieldsException(
          List.of(new FieldError("mergedId", "a listing cannot be merged into itself")));
    }
    Published survivor = publishedCopy(survivorId);
    Published merged = publishedCopy(mergedId);
    StaffAccess.requireInside(staff, survivor.listing());
    StaffAccess.requireInside(staff, merged.listing());
    Status next = Workflow.next(staff.role(), Action.MERGE, survivor.listing().status());
    Workflow.next(staff.role(), Action.ARCHIVE, merged.listing().status());
    Instant now = clock.instant();
    Listing checked =
        rules.check(combine.apply(survivor.listing(), merged.listing()), survivorId, now);
    StaffAccess.requireInside(staff, checked);
    Listing out =
        checked
            .withStatus(next)
            .withCreatedAt(survivor.listing().createdAt())
            .withUpdatedAt(PublishedStore.versionAfter(now, Optional.of(survivor)));
    String why =
        "Merged listing "
            + mergedId
            + " into this one; its history stays under "
            + mergedId
            + " (/api/v1/admin/listings/"
            + mergedId
            + "/history).";
    write(staff, survivor, Action.MERGE, out, why, now);
    Listing archived =
        merged
            .listing()
            .withStatus(Status.ARCHIVED)
            .withUpdatedAt(PublishedStore.versionAfter(now, Optional.of(merged)));
    write(staff, merged, Action.ARCHIVE, archived, "Merged into listing " + survivorId + ".", now);
    return out;
  }

  private void write(
      StaffPrincipal staff,
      Published current,
      Action action,
      Listing out,
      String reason,
      Instant now)
      throws IOException {
    WorkflowState recorded =
        WorkflowState.published(
            HistoryEntry.of(
                out.id(),
                staff.email(),
                now,
                action,
                current.listing().status(),
                out.status(),
                reason,
                current.listing(),
                out));
    outbox.flush(current.listing(), current.workflow());
    published
        .replace(current, out, recorded)
        .orElseThrow(
            () ->
                new StaleVersionException(
                    "Listing " + out.id() + " was changed meanwhile; compare them again.",
                    null,
                    null));
    outbox.deliver(out, recorded);
  }

  private Published publishedCopy(String id) throws IOException {
    Published p =
        published
            .find(id)
            .orElseThrow(() -> new NotFoundException("There is no published listing " + id + "."));
    if (p.listing().status() != Status.PUBLISHED) {
      throw new ConflictException(
          "status", "Listing " + id + " is " + p.listing().status().code() + ", not published.");
    }
    return p;
  }
}
