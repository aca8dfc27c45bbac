package org.ipnetwork.directory.backend.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.staff.StaffAccount;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Where a staff member's sign-in lives: the server's {@link WebSession} (cookie {@code SESSION},
 * HttpOnly, SameSite=Lax, Secure when the request came over TLS) holds only the email and the time
 * of sign-in. At every request of the workplace the account is read again, so a session ends as
 * soon as the account is disabled, its password reset, or the absolute timeout passed; its role and
 * scope are always the current ones. The idle timeout is the session's own max idle time.
 */
@Component
class StaffSessions implements ServerSecurityContextRepository {

  static final String EMAIL = StaffSessions.class.getName() + ".email";
  static final String SIGNED_IN_AT = StaffSessions.class.getName() + ".signedInAt";

  private final StaffAccounts accounts;
  private final StaffProperties properties;
  private final Taxonomies taxonomies;
  private final Clock clock;

  StaffSessions(
      StaffAccounts accounts, StaffProperties properties, Taxonomies taxonomies, Clock clock) {
    this.accounts = accounts;
    this.properties = properties;
    this.taxonomies = taxonomies;
    this.clock = clock;
  }

  /**
   * Starts the signed-in session of {@code account}: a new session id (against session fixation: an
   * id planted before sign-in is worth nothing after; Spring's own {@code
   * WebSessionServerSecurityContextRepository} does the same), the sign-in time, the idle timeout.
   */
  Mono<Instant> signIn(ServerWebExchange exchange, StaffAccount account) {
    Instant now = clock.instant();
    return exchange
        .getSession()
        .flatMap(
            session -> {
              session.getAttributes().clear();
              session.getAttributes().put(EMAIL, account.email());
              session.getAttributes().put(SIGNED_IN_AT, now);
              session.setMaxIdleTime(properties.idleTimeout());
              return session.changeSessionId();
            })
        .thenReturn(now);
  }

  /** When the session's member signed in; empty when nobody is signed in. */
  Mono<Instant> signedInAt(ServerWebExchange exchange) {
    return exchange
        .getSession()
        .mapNotNull(s -> s.getAttribute(SIGNED_IN_AT) instanceof Instant i ? i : null);
  }

  Instant expiresAt(Instant signedInAt) {
    return signedInAt.plus(properties.absoluteTimeout());
  }

  /**
   * Signing in goes through {@link #signIn}; a {@code null} context (sign-out) ends the session.
   */
  @Override
  public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
    if (context == null) {
      return exchange.getSession().flatMap(WebSession::invalidate);
    }
    return Mono.error(new UnsupportedOperationException("staff sign in through StaffSessions"));
  }

  @Override
  public Mono<SecurityContext> load(ServerWebExchange exchange) {
    return exchange.getSession().flatMap(this::load);
  }

  private Mono<SecurityContext> load(WebSession session) {
    if (!(session.getAttribute(EMAIL) instanceof String email)
        || !(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
      return Mono.empty();
    }
    if (!clock.instant().isBefore(expiresAt(signedInAt))) {
      return session.invalidate().then(Mono.empty());
    }
    return accounts
        .find(email)
        .flatMap(
            found -> {
              StaffAccount account = found.orElse(null);
              if (account == null
                  || !account.enabled()
                  || account.passwordChanged().isAfter(signedInAt)) {
                return session.invalidate().then(Mono.<SecurityContext>empty());
              }
              return Mono.just(context(account));
            });
  }

  /** The member as controllers see it; a stored scope on an unknown facet fails (never widens). */
  StaffPrincipal principal(StaffAccount account) {
    return new StaffPrincipal(
        account.email(),
        account.name(),
        account.role(),
        Scope.fromStored(account.scope(), taxonomies));
  }

  private SecurityContext context(StaffAccount account) {
    StaffPrincipal principal = principal(account);
    return new SecurityContextImpl(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, List.of(new SimpleGrantedAuthority("ROLE_" + account.role()))));
  }
}
