package org.ipnetwork.directory.elasticsearch;

/** The embedded node could not be started; the message says why and ends with its log tail. */
public class EmbeddedElasticsearchException extends RuntimeException {

  public EmbeddedElasticsearchException(String message) {
    super(message);
  }

  public EmbeddedElasticsearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
