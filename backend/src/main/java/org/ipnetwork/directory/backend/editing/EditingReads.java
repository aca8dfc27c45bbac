package org.ipnetwork.directory.backend.editing;

import java.io.IOException;
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
   * @param draft the open draft with its ETag, or {@code null}
   */
  record ListingEdit(String id, Listing published, Long publishedVersion, Draft.DraftView draft) {

    static ListingEdit of(Published published) {
      return new ListingEdit(
          published.listing().id(), published.listing(), published.version(), null);
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

  EditingReads(DraftStore drafts, PublishedStore published, HistoryStore history) {
    this.drafts = drafts;
    this.published = published;
    this.history = history;
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
    return new ListingEdit(
        id,
        p.map(Published::listing).orElse(null),
        p.map(Published::version).orElse(null),
        d.map(Draft::view).orElse(null));
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

  List<HistoryEntry> history(StaffPrincipal staff, String id) throws IOException {
    find(staff, id);
    return history.of(id);
  }
}
