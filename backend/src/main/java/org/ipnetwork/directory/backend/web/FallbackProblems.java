package org.ipnetwork.directory.backend.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that never reach a controller, so that {@link ProblemHandler} cannot answer them: a path
 * no route or static file serves (404), a method a route does not take (405), a failure in a
 * filter. Ordered before Spring Boot's own handler, whose answer is not problem+json; the same
 * types as every other answer ({@link ProblemTypes#forStatus}), and the security headers even when
 * no security chain ran.
 */
@Component
@Order(-2)
class FallbackProblems implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(FallbackProblems.class);

  private final ProblemResponses problems;
  private final SecurityHeaders headers = new SecurityHeaders();

  FallbackProblems(JsonMapper json) {
    this.problems = new ProblemResponses(json);
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable e) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(e);
    }
    HttpStatusCode code =
        e instanceof ErrorResponse r ? r.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
    HttpStatus status = HttpStatus.resolve(code.value());
    if (status == null || status.is5xxServerError()) {
      log.error("Unexpected error on {}", exchange.getRequest().getPath(), e);
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    HttpHeaders response = exchange.getResponse().getHeaders();
    if (e instanceof ErrorResponse r) {
      // Allow (405) and Accept (415) tell the client what would have worked.
      r.getHeaders().forEach((name, values) -> response.put(name, values));
    }
    return headers
        .writeHttpHeaders(exchange)
        .then(
            problems.write(
                exchange,
                status,
                ProblemTypes.forStatus(status.value()),
                status.getReasonPhrase(),
                ProblemDetails.detail(status)));
  }
}
