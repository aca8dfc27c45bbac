package org.ipnetwork.directory.backend.web;

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

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setType(ProblemTypes.INVALID_PARAMETER);
    p.setTitle("Invalid parameter");
    p.setProperty("parameter", e.parameter());
    return ResponseEntity.badRequest().body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setType(ProblemTypes.NOT_FOUND);
    p.setTitle("Not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unauthorized(UnauthorizedException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
    p.setType(ProblemTypes.UNAUTHORIZED);
    p.setTitle("Not signed in");
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    p.setType(ProblemTypes.FORBIDDEN);
    p.setTitle("Forbidden");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setType(ProblemTypes.CONFLICT);
    p.setTitle("Conflict");
    p.setProperty("parameter", e.parameter());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalidFields(InvalidFieldsException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setType(ProblemTypes.INVALID_FIELDS);
    p.setTitle("Invalid fields");
    p.setProperty("errors", e.errors());
    return ResponseEntity.badRequest().body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
    p.setType(ProblemTypes.PRECONDITION_REQUIRED);
    p.setTitle("If-Match required");
    return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> staleVersion(StaleVersionException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
    p.setType(ProblemTypes.STALE_VERSION);
    p.setTitle("Changed meanwhile");
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
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    p.setType(ProblemTypes.RATE_LIMITED);
    p.setTitle("Too many requests");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .body(p);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException e) {
    log.warn("Search unavailable: {}", e.getMessage(), e.getCause());
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    p.setType(ProblemTypes.SEARCH_UNAVAILABLE);
    p.setTitle("Search temporarily unavailable");
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
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            parameter == null
                ? "The request could not be read."
                : "Parameter '" + parameter + "' has a value of the wrong type.");
    p.setType(ProblemTypes.INVALID_PARAMETER);
    p.setTitle("Invalid parameter");
    if (parameter != null) {
      p.setProperty("parameter", parameter);
    }
    return Mono.just(ResponseEntity.badRequest().body(p));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
    log.error("Unexpected error", e);
    return ResponseEntity.internalServerError().body(internalProblem());
  }

  private static ProblemDetail internalProblem() {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    p.setType(ProblemTypes.INTERNAL);
    p.setTitle("Internal error");
    return p;
  }
}
