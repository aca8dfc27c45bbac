package org.ipnetwork.directory.backend.web;

/**
 * Reading plain values of query parameters, naming the parameter of a value that cannot be used.
 */
public final class RequestParameters {

  private RequestParameters() {}

  /** {@code true}, {@code false}, or {@code null} when absent. */
  public static Boolean bool(String raw, String name) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return switch (raw.trim()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new InvalidParameterException(name, name + " must be true or false.");
    };
  }

  /** A whole number in {@code [min, max]}; {@code fallback} when absent. */
  public static int integer(String raw, String name, int fallback, int min, int max) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(raw.trim());
      if (v < min || v > max) {
        throw new InvalidParameterException(
            name, name + " must be between " + min + " and " + max + ".");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, name + " must be a whole number.");
    }
  }
}
