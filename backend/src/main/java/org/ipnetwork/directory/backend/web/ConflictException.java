package org.ipnetwork.directory.backend.web;

/** The request clashes with what is stored (an account that exists); answered with 409. */
public class ConflictException extends RuntimeException {

  private final String parameter;

  public ConflictException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
