package org.ipnetwork.directory.backend.web;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Every API error as RFC 9457 problem+json with a stable type, from this one place; never a class
 * name or a stack trace. Framework errors (unknown route, bad method) come through the base class.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  /** Seconds a client should wait before trying again when the index is unavailable. */
  static final String RETRY_AFTER_SECONDS = "5";

  private static final URI ABOUT_BLANK = URI.create("about:blank");

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e) {
    ProblemDetail p =
        problem(
            HttpStatus.BAD_REQUEST,
            ProblemTypes.INVALID_PARAMETER,
            "Invalid parameter",
            e.getMessage());
    if (e.parameter() != null) {
      p.setProperty("parameter", e.parameter());
    }
    return ResponseEntity.badRequest().body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    ProblemDetail p =
        problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage());
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unauthorized(UnauthorizedException e) {
    ProblemDetail p =
        problem(
            HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Not signed in", e.getMessage());
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
    ProblemDetail p =
        problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", e.getMessage());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    ProblemDetail p =
        problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", e.getMessage());
    p.setProperty("parameter", e.parameter());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> verificationLink(VerificationLinkException e) {
    HttpStatus status = e.reason().status();
    ProblemDetail p =
        problem(status, ProblemTypes.VERIFICATION_LINK, "Link cannot be used", e.getMessage());
    p.setProperty("reason", e.reason().code());
    return ResponseEntity.status(status).body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalidFields(InvalidFieldsException e) {
    ProblemDetail p =
        problem(
            HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_FIELDS, "Invalid fields", e.getMessage());
    p.setProperty("errors", e.errors());
    return ResponseEntity.badRequest().body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e) {
    ProblemDetail p =
        problem(
            HttpStatus.PRECONDITION_REQUIRED,
            ProblemTypes.PRECONDITION_REQUIRED,
            "If-Match required",
            e.getMessage());
    return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> staleVersion(StaleVersionException e) {
    ProblemDetail p =
        problem(
            HttpStatus.PRECONDITION_FAILED,
            ProblemTypes.STALE_VERSION,
            "Changed meanwhile",
            e.getMessage());
    p.setProperty("current", e.current());
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.PRECONDITION_FAILED);
    if (e.etag() != null) {
      answer.eTag(e.etag());
    }
    return answer.body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e) {
    ProblemDetail p =
        problem(
            HttpStatus.TOO_MANY_REQUESTS,
            ProblemTypes.RATE_LIMITED,
            "Too many requests",
            e.getMessage());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException e) {
    log.warn("Search unavailable: {}", e.getMessage(), e.getCause());
    ProblemDetail p =
        problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            ProblemTypes.SEARCH_UNAVAILABLE,
            "Search temporarily unavailable",
            e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> internal(InternalErrorException e) {
    log.error("Internal error: {}", e.getMessage(), e.getCause());
    return ResponseEntity.internalServerError().body(internalProblem());
  }

  /** A parameter Spring could not convert (e.g. {@code size=abc}) names that parameter too. */
  @Override
  protected Mono<ResponseEntity<Object>> handleServerWebInputException(
      ServerWebInputException e,
      HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.server.ServerWebExchange exchange) {
    String parameter =
        e.getMethodParameter() != null ? e.getMethodParameter().getParameterName() : null;
    ProblemDetail p =
        problem(
            HttpStatus.BAD_REQUEST,
            ProblemTypes.INVALID_PARAMETER,
            "Invalid parameter",
            parameter == null
                ? "The request could not be read."
                : "Parameter '" + parameter + "' has a value of the wrong type.");
    if (parameter != null) {
      p.setProperty("parameter", parameter);
    }
    return Mono.just(ResponseEntity.badRequest().body(p));
  }

  /**
   * The framework's own errors (405, 406, 415, a missing body, …) as the API's problems: a stable
   * type per status instead of none ({@code about:blank}), and a detail that echoes nothing of the
   * request. Here rather than in {@code handleExceptionInternal}, where the body is still to be
   * made.
   */
  @Override
  protected Mono<ResponseEntity<Object>> createResponseEntity(
      Object body,
      HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.server.ServerWebExchange exchange) {
    // Spring leaves the type out (null), meaning about:blank.
    if (body instanceof ProblemDetail p
        && (p.getType() == null || ABOUT_BLANK.equals(p.getType()))) {
      p.setType(ProblemTypes.forStatus(status.value()));
      HttpStatus known = HttpStatus.resolve(status.value());
      if (known != null) {
        p.setTitle(known.getReasonPhrase());
      }
      p.setDetail(ProblemDetails.detail(status));
    }
    return super.createResponseEntity(body, headers, status, exchange);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
    log.error("Unexpected error", e);
    return ResponseEntity.internalServerError().body(internalProblem());
  }

  private static ProblemDetail internalProblem() {
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        ProblemTypes.INTERNAL,
        "Internal error",
        "Something went wrong on our side.");
  }

  /** A problem of {@code type}: its status, short title and what happened. */
  private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(type);
    p.setTitle(title);
    return p;
  }
}
