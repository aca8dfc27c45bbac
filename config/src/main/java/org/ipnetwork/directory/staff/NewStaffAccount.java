package org.ipnetwork.directory.staff;

import java.util.Collection;
import java.util.Map;

/**
 * What an admin gives when adding a staff account ({@code indexer staff add}, {@code POST
 * /api/v1/admin/staff}).
 *
 * @param email the sign-in address (stored lower-cased)
 * @param name display name
 * @param role the account's role
 * @param scope facet parameter → codes; empty or {@code null} for the whole directory
 * @param password the first password, at least {@value Passwords#MIN_LENGTH} characters
 */
public record NewStaffAccount(
    String email,
    String name,
    StaffRole role,
    Map<String, ? extends Collection<String>> scope,
    String password) {

  /** Leaves the password out, so that the record can be logged or printed. */
  @Override
  public String toString() {
    return "NewStaffAccount[email=" + email + ", name=" + name + ", role=" + role + "]";
  }
}
