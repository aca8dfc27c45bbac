package org.ipnetwork.directory.staff;

/**
 * What a staff member may do in the workplace; the backend's {@code StaffAccess} maps each role to
 * its permissions.
 */
public enum StaffRole {
  /** Maintains listings (within a scope, when one is set). */
  EDITOR,
  /** Checks and publishes what editors changed (within a scope, when one is set). */
  REVIEWER,
  /** Everything, including staff accounts; never scoped. */
  ADMIN
}
