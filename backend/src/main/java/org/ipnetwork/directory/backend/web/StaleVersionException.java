package org.ipnetwork.directory.backend.web;

/**
 * A change made on a version that is no longer the stored one ({@code If-Match} differs); answered
 * with 412, the stored version in the body ({@code current}) and its ETag, so that the client can
 * show what changed and try again on it.
 */
public class StaleVersionException extends RuntimeException {

  private final transient Object current;
  private final String etag;

  public StaleVersionException(String message, Object current, String etag) {
    super(message);
    this.current = current;
    this.etag = etag;
  }

  public Object current() {
    return current;
  }

  public String etag() {
    return etag;
  }
}
