package org.ipnetwork.directory.backend.web;

/** Elasticsearch cannot answer; answered with 503 and Retry-After, never with an empty result. */
public class ServiceUnavailableException extends RuntimeException {

  public ServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
