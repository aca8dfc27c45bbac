package org.ipnetwork.directory.backend.editing;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ipnetwork.directory.backend.editing.PublishedStore.Published;
import org.ipnetwork.directory.backend.staff.StaffAccess;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.stereotype.Component;

/** One listing as the workplace sees it: published copy, open draft, their diff, its history. */
@Component
class EditingReads {

  /**
   * A listing in the workplace.
   *
   * @param published the published copy (whatever its status), or {@code null} for a new listing
   * @param publishedVersion its version ({@code updatedAt} in epoch millis)
   * @param publishedEtag its version for a status change's {@code If-Match}
   * @param publishedChange the staff action that wrote the published copy; {@code null} when an
   *     import wrote it
   * @param draft the open draft with its ETag, or {@code null}
   */
  record ListingEdit(
      String id,
      Listing published,
      Long publishedVersion,
      String publishedEtag,
      Change publishedChange,
      Draft.DraftView draft) {

    static ListingEdit of(Published published, Draft.DraftView draft) {
      return new ListingEdit(
          published.listing().id(),
          published.listing(),
          published.version(),
          published.cas().etag(),
          Change.of(published.workflow()),
          draft);
    }
  }

  /** Who did what to a copy, and when: its last staff action. */
  record Change(String action, String by, Instant at) {

    static Change of(WorkflowState workflow) {
      if (workflow == null || workflow.history() == null) {
        return null;
      }
      HistoryEntry e = workflow.history();
      return new Change(e.action(), e.by(), e.at());
    }
  }

  /**
   * What the draft changes.
   *
   * @param baseVersion the published version the draft was opened from ({@code null}: new)
   * @param publishedVersion the published version now
   * @param publishedChanged the two differ: the published copy changed after the draft was opened
   * @param etag the draft's version the diff was made from
   */
  record DiffView(
      String id,
      Long baseVersion,
      Long publishedVersion,
      boolean publishedChanged,
      List<ListingDiff.FieldChange> changes,
      String etag) {}

  private final DraftStore drafts;
  private final PublishedStore published;
  private final HistoryStore history;
  private final HistoryOutbox outbox;

  EditingReads(
      DraftStore drafts, PublishedStore published, HistoryStore history, HistoryOutbox outbox) {
    this.drafts = drafts;
    this.published = published;
    this.history = history;
    this.outbox = outbox;
  }

  /**
   * @throws NotFoundException when there is neither a published copy nor a draft
   */
  ListingEdit find(StaffPrincipal staff, String id) throws IOException {
    Optional<Published> p = published.find(id);
    Optional<Draft> d = drafts.find(id);
    if (p.isEmpty() && d.isEmpty()) {
      throw new NotFoundException("There is no listing " + id + ".");
    }
    p.ifPresent(x -> StaffAccess.requireInside(staff, x.listing()));
    d.ifPresent(x -> StaffAccess.requireInside(staff, x.listing()));
    Draft.DraftView draft = d.map(Draft::view).orElse(null);
    return p.map(x -> ListingEdit.of(x, draft))
        .orElseGet(() -> new ListingEdit(id, null, null, null, null, draft));
  }

  DiffView diff(StaffPrincipal staff, String id) throws IOException {
    ListingEdit edit = find(staff, id);
    if (edit.draft() == null) {
      throw new NotFoundException("Listing " + id + " has no open draft.");
    }
    WorkflowState workflow = edit.draft().workflow();
    Long base = workflow == null ? null : workflow.baseVersion();
    return new DiffView(
        id,
        base,
        edit.publishedVersion(),
        !Objects.equals(base, edit.publishedVersion()),
        ListingDiff.between(edit.published(), edit.draft().listing()),
        edit.draft().etag());
  }

  /** The history, with any entry still kept in the listing's copies copied to it first. */
  List<HistoryEntry> history(StaffPrincipal staff, String id) throws IOException {
    find(staff, id);
    outbox.reconcile(id);
    return history.of(id);
  }
}
