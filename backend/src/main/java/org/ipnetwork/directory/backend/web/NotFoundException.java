package org.ipnetwork.directory.backend.web;

/** The resource does not exist or is not public; answered with 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
