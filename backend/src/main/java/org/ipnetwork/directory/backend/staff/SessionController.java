package org.ipnetwork.directory.backend.staff;

import io.swagger.v3.oas.annotations.Operation;
import org.ipnetwork.directory.backend.ratelimit.ClientAddress;
import org.ipnetwork.directory.backend.ratelimit.RateLimitProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/** Signing in and out of the workplace, and who is signed in. */
@RestController
@RequestMapping("/api/v1/admin/session")
class SessionController {

  private static final Logger log = LoggerFactory.getLogger(SessionController.class);

  /**
   * @param email the account's email (any case)
   * @param password its password
   */
  record SignInRequest(String email, String password) {
    @Override
    public String toString() {
      return "SignInRequest[email=" + email + "]";
    }
  }

  private final SignIn signIn;
  private final StaffSessions sessions;
  private final ServerCsrfTokenRepository csrfTokens;
  private final RateLimitProperties rateLimits;

  SessionController(
      SignIn signIn,
      StaffSessions sessions,
      ServerCsrfTokenRepository csrfTokens,
      RateLimitProperties rateLimits) {
    this.signIn = signIn;
    this.sessions = sessions;
    this.csrfTokens = csrfTokens;
    this.rateLimits = rateLimits;
  }

  /**
   * Signs in: a new session id, and a new CSRF token (the one used to sign in was handed out before
   * anybody was signed in).
   */
  @Operation(
      operationId = "signIn",
      summary = "Sign in (needs the CSRF token of the XSRF-TOKEN cookie)")
  @PostMapping
  Mono<SessionView> signIn(@RequestBody SignInRequest body, ServerWebExchange exchange) {
    String address = ClientAddress.of(exchange.getRequest(), rateLimits.trustForwardedFor());
    return signIn
        .check(body.email(), body.password(), address)
        .flatMap(
            account ->
                sessions
                    .signIn(exchange, account)
                    .flatMap(
                        at ->
                            newCsrfToken(exchange)
                                .map(
                                    token -> {
                                      log.info("Staff member {} signed in", account.email());
                                      return SessionView.of(
                                          sessions.principal(account),
                                          at,
                                          sessions.expiresAt(at),
                                          token);
                                    })));
  }

  @Operation(operationId = "session", summary = "Who is signed in, and the CSRF token")
  @GetMapping
  Mono<SessionView> current(StaffPrincipal staff, ServerWebExchange exchange) {
    return sessions
        .signedInAt(exchange)
        .zipWith(currentCsrfToken(exchange))
        .map(t -> SessionView.of(staff, t.getT1(), sessions.expiresAt(t.getT1()), t.getT2()));
  }

  @Operation(operationId = "signOut", summary = "Sign out: the session ends")
  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> signOut(StaffPrincipal staff, ServerWebExchange exchange) {
    return exchange
        .getSession()
        .flatMap(WebSession::invalidate)
        .then(csrfTokens.saveToken(exchange, null))
        .doOnSuccess(v -> log.info("Staff member {} signed out", staff.email()));
  }

  private Mono<CsrfToken> newCsrfToken(ServerWebExchange exchange) {
    return csrfTokens
        .generateToken(exchange)
        .delayUntil(token -> csrfTokens.saveToken(exchange, token));
  }

  /** The request's token as the CSRF filter put it on the exchange (made and set if missing). */
  private static Mono<CsrfToken> currentCsrfToken(ServerWebExchange exchange) {
    Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
    return token == null ? Mono.empty() : token;
  }
}
