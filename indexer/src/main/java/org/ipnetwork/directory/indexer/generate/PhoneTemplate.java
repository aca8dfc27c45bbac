package org.ipnetwork.directory.indexer.generate;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Random;

/**
 * E.164 numbers that look like a country's fixed lines: libphonenumber's example number for the
 * region with its last four digits varied. Keeping the example's area code and length keeps the
 * numbers well-formed without hard-coding a numbering plan per country.
 */
record PhoneTemplate(String prefix) {

  private static final int VARIED_DIGITS = 4;

  static PhoneTemplate forRegion(String region) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    PhoneNumber example =
        util.getExampleNumberForType(region, PhoneNumberUtil.PhoneNumberType.FIXED_LINE);
    if (example == null) {
      example = util.getExampleNumber(region);
    }
    if (example == null) {
      throw new IllegalArgumentException("libphonenumber has no example number for " + region);
    }
    String national = util.getNationalSignificantNumber(example);
    return new PhoneTemplate(
        "+" + example.getCountryCode() + national.substring(0, national.length() - VARIED_DIGITS));
  }

  String next(Random rng) {
    // Adding 10,000 and dropping the leading 1 zero-pads without String.format's cost.
    return prefix + String.valueOf(10_000 + rng.nextInt(10_000)).substring(1);
  }
}
