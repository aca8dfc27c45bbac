package org.ipnetwork.directory.backend.web;

/**
 * A failure that is this server's fault, not the client's and not an outage (Elasticsearch refusing
 * a request we built); answered with 500 and logged.
 */
public class InternalErrorException extends RuntimeException {

  public InternalErrorException(String message, Throwable cause) {
    super(message, cause);
  }
}
