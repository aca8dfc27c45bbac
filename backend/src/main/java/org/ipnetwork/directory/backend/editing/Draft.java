package org.ipnetwork.directory.backend.editing;

import org.ipnetwork.directory.listing.Listing;

/**
 * A staff working copy as stored, with the sequence number and primary term of the stored version:
 * together they are the draft's version, which every change must name ({@link DraftVersion}).
 */
record Draft(Listing listing, WorkflowState workflow, long seqNo, long primaryTerm) {

  DraftVersion version() {
    return new DraftVersion(seqNo, primaryTerm);
  }

  DraftView view() {
    return new DraftView(listing, workflow, version().etag());
  }

  /**
   * A draft as answered.
   *
   * @param etag the version, as in the {@code ETag} header; send it back in {@code If-Match}
   */
  record DraftView(Listing listing, WorkflowState workflow, String etag) {}
}
