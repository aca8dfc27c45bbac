package org.ipnetwork.directory.backend.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Requests Spring Security's firewall refuses before any chain runs: an encoded slash, a NUL, a
 * backslash or a {@code ;} in the path, a header value with control characters. Its own answer is a
 * bare 400; this one is the API's problem+json with the security headers every answer carries (no
 * security chain ran to add them).
 */
final class RejectedRequests implements ServerExchangeRejectedHandler {

  private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

  private final ProblemResponses problems;
  private final SecurityHeaders headers = new SecurityHeaders();

  RejectedRequests(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException e) {
    // Probes and scanners send these all day: worth a line when looking, not a warning.
    log.debug("Request refused by the firewall: {}", e.getMessage());
    return headers
        .writeHttpHeaders(exchange)
        .then(
            problems.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                ProblemTypes.MALFORMED_REQUEST,
                "Malformed request",
                "The request's path or headers hold characters this API does not accept"
                    + " (an encoded slash, NUL, backslash or semicolon in the path, or control"
                    + " characters in a header)."));
  }
}
