package org.ipnetwork.directory.indexer.partners;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --grace} of {@code partners rotate}: {@code 0}, or a whole number of m, h or d. */
final class Grace {

  private static final Pattern SHAPE = Pattern.compile("([0-9]{1,6})([mhd])");

  private Grace() {}

  /**
   * @throws IllegalArgumentException for anything else (the range, 0 to 30 days, is {@code
   *     PartnerAdmin}'s to check)
   */
  static Duration parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = SHAPE.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "--grace must be 0 or a number of minutes, hours or days such as 30m, 24h, 7d: " + text);
    }
    long n = Long.parseLong(m.group(1));
    Duration grace =
        switch (m.group(2)) {
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
    if (grace.compareTo(Duration.ofDays(30)) > 0) {
      throw new IllegalArgumentException("--grace must be at most 30 days (30d): " + text);
    }
    return grace;
  }
}
