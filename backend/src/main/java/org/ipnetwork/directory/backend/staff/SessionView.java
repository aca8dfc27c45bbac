package org.ipnetwork.directory.backend.staff;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.staff.StaffRole;
import org.springframework.security.web.server.csrf.CsrfToken;

/**
 * Who is signed in, and what the page sends back with every change.
 *
 * @param email the member's email
 * @param name display name
 * @param role the member's role
 * @param scope facet parameter → codes the member works on; empty for the whole directory
 * @param signedInAt when the member signed in
 * @param expiresAt when the session ends however busy (the absolute timeout)
 * @param csrf the token to send with every change
 */
record SessionView(
    String email,
    String name,
    StaffRole role,
    Map<String, Set<String>> scope,
    Instant signedInAt,
    Instant expiresAt,
    Csrf csrf) {

  /**
   * @param headerName the header to send the token in ({@code X-XSRF-TOKEN})
   * @param token the token (also in the {@code XSRF-TOKEN} cookie)
   */
  record Csrf(String headerName, String token) {
    static Csrf of(CsrfToken token) {
      return new Csrf(token.getHeaderName(), token.getToken());
    }
  }

  static SessionView of(
      StaffPrincipal staff, Instant signedInAt, Instant expiresAt, CsrfToken token) {
    Map<String, Set<String>> scope = new LinkedHashMap<>();
    staff.scope().fixed().forEach((facet, codes) -> scope.put(facet.parameter(), codes));
    return new SessionView(
        staff.email(), staff.name(), staff.role(), scope, signedInAt, expiresAt, Csrf.of(token));
  }
}
