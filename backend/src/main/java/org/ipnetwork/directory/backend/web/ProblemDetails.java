package org.ipnetwork.directory.backend.web;

import org.springframework.http.HttpStatusCode;

/**
 * What the framework's status-only errors mean for a client, in words that name no class and echo
 * nothing of the request.
 */
final class ProblemDetails {

  private ProblemDetails() {}

  static String detail(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "The request could not be read.";
      case 404 -> "Nothing is served at this path.";
      case 405 -> "This path does not take this method; see the Allow header.";
      case 406 -> "This path cannot answer in any of the media types the Accept header asks for.";
      case 408 -> "The request did not arrive in time.";
      case 413 -> "The request body is too large.";
      case 414 -> "The request line (path and parameters) is too long.";
      case 415 -> "This path does not take a body of this media type.";
      case 431 -> "The request's header fields are too large.";
      default ->
          status.is5xxServerError()
              ? "Something went wrong on our side."
              : "The request cannot be served as it is.";
    };
  }
}
