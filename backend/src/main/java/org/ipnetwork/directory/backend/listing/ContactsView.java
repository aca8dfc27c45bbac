package org.ipnetwork.directory.backend.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import org.ipnetwork.directory.listing.Contacts;

/**
 * How to reach a listing, as the API sends it: the stored contacts plus the phone's display form.
 * The one place where the display form is made, for hits and listings alike.
 *
 * @param phone E.164, e.g. {@code +4930126728}: what {@code tel:} links use
 * @param phoneDisplay the same number in international format, e.g. {@code +49 30 126728}: what
 *     people read; the E.164 form when libphonenumber cannot parse it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactsView(String website, String email, String phone, String phoneDisplay) {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /** {@code null} for no contacts, so that the member is left out. */
  public static ContactsView of(Contacts c) {
    if (c == null || (c.website() == null && c.email() == null && c.phone() == null)) {
      return null;
    }
    return new ContactsView(c.website(), c.email(), c.phone(), display(c.phone()));
  }

  /** International format of an E.164 number, e.g. {@code +49 30 126728}. */
  static String display(String e164) {
    if (e164 == null || e164.isBlank()) {
      return null;
    }
    try {
      return PHONES.format(PHONES.parse(e164, null), PhoneNumberFormat.INTERNATIONAL);
    } catch (NumberParseException e) {
      return e164;
    }
  }
}
