package org.ipnetwork.directory.backend.staff;

/** What an endpoint of the workplace may require; {@link StaffAccess} grants them to roles. */
public enum StaffPermission {
  /** Signed in at all: any enabled account. */
  SIGNED_IN,
  /** Change listings (inside the member's scope). */
  EDIT_LISTINGS,
  /** Review and publish listings (inside the member's scope). */
  REVIEW_LISTINGS,
  /** Add and change staff accounts. */
  MANAGE_STAFF
}
