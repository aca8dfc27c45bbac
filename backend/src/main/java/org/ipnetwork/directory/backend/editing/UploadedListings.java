package org.ipnetwork.directory.backend.editing;

import java.io.IOException;
import java.util.Optional;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.stereotype.Component;

/**
 * What a staff upload does to the listings, through the editing workflow so that each row gets its
 * history entry: a row becomes a draft in review ({@link Workflow.Action#UPLOAD}), which a reviewer
 * may publish at once. The same role, scope and open-draft rules apply as to a change made by hand.
 */
@Component
public class UploadedListings {

  private final DraftActions drafts;
  private final ReviewActions review;
  private final PublishedStore published;

  UploadedListings(DraftActions drafts, ReviewActions review, PublishedStore published) {
    this.drafts = drafts;
    this.review = review;
    this.published = published;
  }

  /** The published copy of {@code id}, in any status; empty when there is none. */
  public Optional<Listing> published(String id) throws IOException {
    return published.find(id).map(PublishedStore.Published::listing);
  }

  /**
   * Opens a draft in review of {@code row}.
   *
   * @throws org.ipnetwork.directory.backend.web.ForbiddenException outside the member's scope
   * @throws org.ipnetwork.directory.backend.web.ConflictException when it has an open draft
   */
  public void toReview(StaffPrincipal staff, Listing row) throws IOException {
    drafts.upload(staff, row);
  }

  /** Opens a draft in review of {@code row} and publishes it (a reviewer's or an admin's). */
  public void publish(StaffPrincipal staff, Listing row) throws IOException {
    Draft draft = drafts.upload(staff, row);
    review.publish(staff, row.id(), draft.version().etag(), false);
  }
}
