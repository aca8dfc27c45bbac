package org.ipnetwork.directory.backend.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem+json from a filter, where the controller advice cannot help; same shape and types
 * as every other error of the API.
 */
public final class ProblemResponses {

  private final JsonMapper json;

  public ProblemResponses(JsonMapper json) {
    this.json = json;
  }

  public Mono<Void> write(
      ServerWebExchange exchange, HttpStatus status, URI type, String title, String detail) {
    return write(exchange, status, type, title, detail, null);
  }

  /**
   * With a machine-readable {@code code} member (e.g. {@code partner_key_unknown}) that tells apart
   * problems sharing a type; {@code null} for none.
   */
  public Mono<Void> write(
      ServerWebExchange exchange,
      HttpStatus status,
      URI type,
      String title,
      String detail,
      String code) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    instance(exchange).ifPresent(problem::setInstance);
    if (code != null) {
      problem.setProperty("code", code);
    }
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] body = json.writeValueAsBytes(problem);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }

  /** The path the problem happened at, when it is one a URI can hold (a refused one may not be). */
  private static Optional<URI> instance(ServerWebExchange exchange) {
    try {
      return Optional.of(new URI(exchange.getRequest().getPath().value()));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
