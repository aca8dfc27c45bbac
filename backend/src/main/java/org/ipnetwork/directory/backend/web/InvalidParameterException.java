package org.ipnetwork.directory.backend.web;

/**
 * A request parameter that cannot be used; answered with 400 naming the parameter, or without a
 * name when only Elasticsearch found the values unusable and the feature could not tell which.
 */
public class InvalidParameterException extends RuntimeException {

  private final String parameter;

  public InvalidParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The parameter, or {@code null} when it is not known. */
  public String parameter() {
    return parameter;
  }
}
