package org.ipnetwork.directory.backend.staff;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.staff.StaffAccount;
import org.ipnetwork.directory.staff.StaffRole;

/**
 * A staff account as the accounts API shows it: never the password or its hash.
 *
 * @param email sign-in address, lower case
 * @param name display name
 * @param role the account's role
 * @param scope facet parameter → codes; empty for the whole directory
 * @param enabled whether the account may sign in
 * @param created when it was added
 * @param updated its last change
 */
record StaffView(
    String email,
    String name,
    StaffRole role,
    Map<String, List<String>> scope,
    boolean enabled,
    Instant created,
    Instant updated) {

  static StaffView of(StaffAccount a) {
    return new StaffView(
        a.email(), a.name(), a.role(), a.scope(), a.enabled(), a.created(), a.updated());
  }
}
