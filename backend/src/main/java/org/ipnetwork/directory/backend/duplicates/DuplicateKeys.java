package org.ipnetwork.directory.backend.duplicates;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The contact values two copies of one firm share, normalised so that ways of writing them do not
 * hide the match: a website by its domain (no scheme, no {@code www.}, lower case), an e-mail
 * address in lower case, a phone number in E.164 as the listing rules store it (read as a number of
 * the listing's country when written nationally). Each returns {@code null} for a value that has no
 * key. Uploads check their rows against the published listings by the same keys.
 */
public final class DuplicateKeys {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
  private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

  private DuplicateKeys() {}

  public static String domain(String website) {
    if (website == null || website.isBlank()) {
      return null;
    }
    String text = website.strip();
    String host;
    try {
      host = new URI(SCHEME.matcher(text).find() ? text : "https://" + text).getHost();
    } catch (URISyntaxException e) {
      host = null;
    }
    if (host == null) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  public static String email(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String text = email.strip().toLowerCase(Locale.ROOT);
    return text.startsWith("mailto:") ? text.substring(7) : text;
  }

  /**
   * E.164; a number libphonenumber cannot read, or that cannot be a number, keeps its digits only
   * (with a leading +), when there are six or more.
   */
  static String phone(String phone, String country) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    try {
      PhoneNumber number = PHONES.parse(phone, country == null ? "ZZ" : country);
      if (PHONES.isPossibleNumber(number)) {
        return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
      }
    } catch (NumberParseException e) {
      // kept as digits below
    }
    String digits = NOT_DIGIT.matcher(phone).replaceAll("");
    return digits.length() < 6 ? null : "+" + digits;
  }
}
