package org.ipnetwork.directory.partner;

/**
 * Input about a partner that is refused, naming the field ({@code id}, {@code name}, {@code
 * allowedOrigins}, {@code scope}, {@code requestsPerMinute}, {@code grace}, {@code days}) so that
 * the API can point at it; the message is fit to print on a command line too.
 */
public class PartnerInputException extends IllegalArgumentException {

  private final String field;

  public PartnerInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
