package org.ipnetwork.directory.backend.web;

/** Credentials that were refused, or none where some are needed; answered with 401. */
public class UnauthorizedException extends RuntimeException {

  public UnauthorizedException(String message) {
    super(message);
  }
}
