package org.ipnetwork.directory.backend.web;

/** A change that must name the version it was made on ({@code If-Match}) did not; 428. */
public class PreconditionRequiredException extends RuntimeException {

  public PreconditionRequiredException(String message) {
    super(message);
  }
}
