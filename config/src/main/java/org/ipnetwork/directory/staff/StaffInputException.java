package org.ipnetwork.directory.staff;

/**
 * Input about a staff account that is refused, naming the field ({@code email}, {@code password},
 * {@code role}, {@code scope}, {@code name}) so that the API can point at it; the message is fit to
 * print on a command line too.
 */
public class StaffInputException extends IllegalArgumentException {

  private final String field;

  public StaffInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
