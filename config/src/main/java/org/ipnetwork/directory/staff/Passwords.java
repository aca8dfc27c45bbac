package org.ipnetwork.directory.staff;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The password rules and the one hashing of staff passwords (BCrypt, Spring Security's default
 * strength 10). Passwords are never logged, printed or stored in the clear.
 */
public final class Passwords {

  public static final int MIN_LENGTH = 12;

  /** BCrypt reads at most 72 bytes; Spring's encoder refuses longer input rather than cut it. */
  public static final int MAX_BYTES = 72;

  /**
   * A hash of a password nobody has, checked when an email is unknown so that a sign-in takes as
   * long whether the account exists or not.
   */
  private static final String DECOY = new BCryptPasswordEncoder().encode("decoy password, unused");

  private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

  /**
   * The password's hash, after checking the rules.
   *
   * @throws StaffInputException naming {@code password} when it breaks a rule
   */
  public String hash(String password) {
    check(password);
    return encoder.encode(password);
  }

  /** Whether {@code password} matches {@code hash}; {@code false} for anything unreadable. */
  public boolean matches(String password, String hash) {
    if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return false;
    }
    return encoder.matches(password, hash);
  }

  /** Spends the time of one check without an account, see {@link #DECOY}. */
  public void matchNothing(String password) {
    matches(password == null ? "" : password, DECOY);
  }

  /**
   * At least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes in UTF-8, not only
   * blanks. Length is what makes a password strong; composition rules only make it hard to remember
   * (NIST SP 800-63B, 5.1.1).
   */
  public static void check(String password) {
    if (password == null || password.isBlank()) {
      throw new StaffInputException("password", "a password is required");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new StaffInputException(
          "password", "the password must have at least " + MIN_LENGTH + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new StaffInputException(
          "password", "the password must be at most " + MAX_BYTES + " bytes long (UTF-8)");
    }
  }
}
