package org.ipnetwork.directory.indexer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/** The rules every generated listing keeps, whether from the open generator or the sample. */
final class ListingChecks {

  private static final Taxonomies TAXONOMIES = Taxonomies.bundled();
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private ListingChecks() {}

  static void assertValid(Listing l) {
    String what = l.id();
    String country = l.location().country();
    assertThat(TAXONOMIES.countries().contains(country)).as(what + " country").isTrue();
    assertThat(TAXONOMIES.orgTypes().contains(l.orgType())).as(what + " orgType").isTrue();
    assertThat(TAXONOMIES.kinds().contains(l.kind().code())).as(what).isTrue();
    assertThat(l.services()).as(what).isNotEmpty().allMatch(TAXONOMIES.services()::contains);
    assertThat(l.industries()).as(what).allMatch(TAXONOMIES.industries()::contains);
    assertThat(l.languages()).as(what).isNotEmpty().allMatch(TAXONOMIES.languages()::contains);
    assertThat(l.name().zh()).as(what).isNotBlank();
    assertThat(l.name().en()).as(what).isNotBlank();
    assertThat(l.description().zh()).as(what).isNotBlank();
    assertThat(l.description().en()).as(what).isNotBlank();
    assertThat(l.location().city()).as(what).isNotBlank();
    assertThat(l.location().geo().lat()).isBetween(-90.0, 90.0);
    assertThat(l.location().geo().lon()).isBetween(-180.0, 180.0);
    assertThat(l.status()).as(what).isNotNull();
    assertThat(l.source()).as(what).isNotBlank();
    if (l.contacts() != null && l.contacts().phone() != null) {
      assertThat(l.contacts().phone()).as(what).matches("\\+[1-9][0-9]{6,14}");
      assertThat(callingCode(l.contacts().phone()))
          .as(what + " phone country")
          .isEqualTo(PHONES.getCountryCodeForRegion(country));
    }
    if (l.contacts() != null && l.contacts().website() != null) {
      assertThat(l.contacts().website()).as(what).matches("https://[a-z0-9-]+\\.example");
    }
    if (l.contacts() != null && l.contacts().email() != null) {
      assertThat(l.contacts().email()).as(what).matches("[a-z]+@[a-z0-9-]+\\.example");
    }
    if (l.kind() == Kind.WORKSTATION) {
      assertThat(l.workstation()).as(what).isNotNull();
      assertThat(l.workstation().hostOrganisation()).as(what).isNotBlank();
      assertThat(l.workstation().focusIndustries())
          .as(what)
          .hasSizeBetween(1, 3)
          .allMatch(TAXONOMIES.industries()::contains);
      assertThat(l.workstation().coveredCountries())
          .as(what)
          .hasSizeBetween(3, 8)
          .startsWith(country)
          .allMatch(TAXONOMIES.countries()::contains);
    } else {
      assertThat(l.workstation()).as(what).isNull();
    }
    if (l.kind() == Kind.MEDIATION_CENTRE) {
      assertThat(l.orgType()).isIn("mediation_centre", "arbitration_institution");
    }
    assertThat(l.createdAt()).as(what).isBefore(ListingFactory.EPOCH);
    assertThat(l.updatedAt()).as(what).isAfterOrEqualTo(l.createdAt());
    assertThat(l.updatedAt()).as(what).isBefore(ListingFactory.EPOCH);
    if (l.verification() != null) {
      LocalDate epoch = LocalDate.ofInstant(ListingFactory.EPOCH, ZoneOffset.UTC);
      assertThat(l.verification().lastVerified())
          .as(what)
          .isAfterOrEqualTo(epoch.minusYears(2))
          .isBefore(epoch);
      assertThat(l.updatedAt().atZone(ZoneOffset.UTC).toLocalDate())
          .as(what)
          .isAfterOrEqualTo(l.verification().lastVerified());
    }
  }

  private static int callingCode(String e164) {
    try {
      return PHONES.parse(e164, null).getCountryCode();
    } catch (NumberParseException e) {
      throw new AssertionError(e164 + " is not E.164", e);
    }
  }
}
