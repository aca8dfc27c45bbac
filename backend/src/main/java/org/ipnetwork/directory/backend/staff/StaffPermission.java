package org.ipnetwork.directory.backend.staff;

/** What an endpoint of the workplace may require; {@link StaffAccess} grants them to roles. */
public enum StaffPermission {
  /** Signed in at all: any enabled account. */
  SIGNED_IN,
  /** See listings in the workplace, drafts and history included (inside the member's scope). */
  READ_LISTINGS,
  /** Open, change and submit drafts (inside the member's scope). */
  EDIT_LISTINGS,
  /**
   * Publish or reject drafts in review; suspend, reinstate and archive listings (inside the
   * member's scope).
   */
  REVIEW_LISTINGS,
  /**
   * Upload a file of listings, see its dry run, and apply it as drafts in review (inside the
   * member's scope); applying it as published listings needs {@link #REVIEW_LISTINGS} too.
   */
  UPLOAD_LISTINGS,
  /** Add and change staff accounts. */
  MANAGE_STAFF,
  /** Add and change embedding partners: their keys, origins, scope, limit; read their usage. */
  MANAGE_PARTNERS,
  /**
   * Read the search log's dashboard: what the public searched for, what found nothing, and where
   * the network has listings (inside the member's scope).
   */
  READ_SEARCH_LOG
}
