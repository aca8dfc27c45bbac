package org.ipnetwork.directory.backend.web;

import java.util.List;

/**
 * A document whose fields break the rules (a listing a staff member saves); answered with 400 and
 * one entry per refused field, so that a form can show each message next to its field.
 */
public class InvalidFieldsException extends RuntimeException {

  /**
   * @param field dotted path of the field ({@code location.country}), or {@code listing} for the
   *     whole
   */
  public record FieldError(String field, String message) {}

  private final List<FieldError> errors;

  public InvalidFieldsException(List<FieldError> errors) {
    super(
        errors.size() == 1 ? "One field is not valid." : errors.size() + " fields are not valid.");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
