package org.ipnetwork.directory.staff;

import java.util.Collection;
import java.util.Map;

/**
 * A change to a staff account; every {@code null} field stays as it is. An empty scope is a change:
 * the whole directory.
 *
 * @param name new display name
 * @param role new role
 * @param scope replaces the scope
 * @param enabled switches the account on or off
 * @param password a new password (a reset); sessions signed in before end
 */
public record StaffChanges(
    String name,
    StaffRole role,
    Map<String, ? extends Collection<String>> scope,
    Boolean enabled,
    String password) {

  /** Leaves the password out, so that the record can be logged or printed. */
  @Override
  public String toString() {
    return "StaffChanges[name="
        + name
        + ", role="
        + role
        + ", scope="
        + scope
        + ", enabled="
        + enabled
        + ", password="
        + (password == null ? "unchanged" : "new")
        + "]";
  }
}
