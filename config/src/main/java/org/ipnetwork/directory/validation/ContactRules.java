package org.ipnetwork.directory.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises and checks website, e-mail and phone; each method throws with a readable reason. */
final class ContactRules {

  private static final Pattern HOST_PORT = Pattern.compile("^[^/]+:\\d+.*");

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /** Deliberately simple: a full RFC 5322 check accepts addresses no mail server does. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[^@\\s]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  private ContactRules() {}

  /** An absolute http(s) URL with a host; {@code https://} is added when no scheme is given. */
  static String website(String text) {
    String url =
        SCHEME.matcher(text).matches() && !HOST_PORT.matcher(text).matches()
            ? text
            : "https://" + text;
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + text);
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("only http and https websites: " + text);
    }
    String host = uri.getHost();
    if (host == null || !host.contains(".")) {
      throw new IllegalArgumentException("no host name in URL: " + text);
    }
    String rest =
        url.substring(url.indexOf(uri.getRawAuthority()) + uri.getRawAuthority().length());
    return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + rest;
  }

  /** The address with its domain lower-cased; a {@code mailto:} prefix is dropped. */
  static String email(String text) {
    String address = text.regionMatches(true, 0, "mailto:", 0, 7) ? text.substring(7) : text;
    if (!EMAIL.matcher(address).matches()) {
      throw new IllegalArgumentException("not an e-mail address: " + text);
    }
    int at = address.lastIndexOf('@');
    return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * E.164, reading national numbers as numbers of {@code country}. "Possible" rather than "valid":
   * libphonenumber's ranges lag behind newly assigned numbers, and a directory must not drop a real
   * office for that.
   */
  static String phone(String text, String country) {
    PhoneNumber number;
    try {
      number = PHONES.parse(text, country == null ? "ZZ" : country);
    } catch (NumberParseException e) {
      throw new IllegalArgumentException("not a phone number: " + text);
    }
    if (!PHONES.isPossibleNumber(number)) {
      throw new IllegalArgumentException(
          "not a possible phone number" + (country == null ? "" : " for " + country) + ": " + text);
    }
    return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
  }
}
