package org.ipnetwork.directory.staff;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.Builder;
import lombok.With;

/**
 * A staff member's account as stored in the {@code staff} index. Only a BCrypt hash of the password
 * is stored; it never leaves the backend and the indexer (views and lists leave it out).
 *
 * @param email lower-cased address, also the document id
 * @param name display name
 * @param role what the account may do
 * @param scope the part of the directory the account works on, shaped like a partner's (facet
 *     parameter name → codes, see {@link org.ipnetwork.directory.partner.PartnerScopes}); empty for
 *     all of it
 * @param passwordHash BCrypt hash ({@link Passwords})
 * @param enabled an admin's switch: a disabled account cannot sign in, and its open sessions end
 * @param created when the account was added
 * @param updated last change of any field
 * @param passwordChanged when the password was last set; sessions signed in before it end
 */
@Builder
@With
public record StaffAccount(
    String email,
    String name,
    StaffRole role,
    Map<String, List<String>> scope,
    String passwordHash,
    boolean enabled,
    Instant created,
    Instant updated,
    Instant passwordChanged) {

  public StaffAccount {
    Map<String, List<String>> sorted = new TreeMap<>();
    if (scope != null) {
      scope.forEach((facet, codes) -> sorted.put(facet, List.copyOf(codes)));
    }
    scope = Collections.unmodifiableMap(sorted);
  }

  /** Whether the account is limited to part of the directory. */
  public boolean scoped() {
    return !scope.isEmpty();
  }
}
