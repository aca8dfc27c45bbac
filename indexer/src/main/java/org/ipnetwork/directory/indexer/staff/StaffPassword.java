package org.ipnetwork.directory.indexer.staff;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Where {@code staff add} gets a password from: never the command line. */
final class StaffPassword {

  static final String ENVIRONMENT = "DIRECTORY_STAFF_PASSWORD";

  private StaffPassword() {}

  /**
   * The environment variable when set; else, on a terminal, typed twice without echo; else the
   * first line of standard input ({@code printf '%s\n' "$PW" | indexer staff add …}).
   *
   * @throws IllegalArgumentException when there is none, or the two typed do not match
   */
  static String read() {
    String fromEnvironment = System.getenv(ENVIRONMENT);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment;
    }
    Console console = System.console();
    if (console != null) { // only when both standard input and output are a terminal
      char[] first = console.readPassword("Password: ");
      char[] second = console.readPassword("Password again: ");
      try {
        if (first == null || !Arrays.equals(first, second)) {
          throw new IllegalArgumentException("the two passwords differ");
        }
        return new String(first);
      } finally {
        Arrays.fill(first == null ? new char[0] : first, ' ');
        Arrays.fill(second == null ? new char[0] : second, ' ');
      }
    }
    try {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null || line.isEmpty()) {
        throw new IllegalArgumentException(
            "no password: set " + ENVIRONMENT + " or give it on standard input");
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
