package org.ipnetwork.directory.backend.verification;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.ipnetwork.directory.listing.Contacts;
import org.ipnetwork.directory.listing.Descriptions;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;

/**
 * The fields a provider may change through its link: names, address, contacts and descriptions. A
 * field left out ({@code null}) keeps its value; an empty one removes it; the rules of every
 * listing then decide ({@code ListingRules}, 400 naming each refused field).
 */
record Proposal(
    String nameZh,
    String nameEn,
    String city,
    String address,
    String phone,
    String email,
    String website,
    String descriptionZh,
    String descriptionEn) {

  /** The form's fields ({@code application/x-www-form-urlencoded}, same names). */
  static Proposal of(Map<String, String> form) {
    return new Proposal(
        form.get("nameZh"),
        form.get("nameEn"),
        form.get("city"),
        form.get("address"),
        form.get("phone"),
        form.get("email"),
        form.get("website"),
        form.get("descriptionZh"),
        form.get("descriptionEn"));
  }

  /** The proposal as values of the form, from the listing as published. */
  static Proposal from(Listing l) {
    Names n = l.name();
    Location loc = l.location();
    Contacts c = l.contacts();
    Descriptions d = l.description();
    return new Proposal(
        n == null ? null : n.zh(),
        n == null ? null : n.en(),
        loc == null ? null : loc.city(),
        loc == null ? null : loc.address(),
        c == null ? null : c.phone(),
        c == null ? null : c.email(),
        c == null ? null : c.website(),
        d == null ? null : d.zh(),
        d == null ? null : d.en());
  }

  /** The change this proposal makes to a listing. */
  UnaryOperator<Listing> changes() {
    return l -> {
      Names n = l.name() == null ? new Names(null, null, null, null) : l.name();
      Location loc =
          l.location() == null ? new Location(null, null, null, null, null) : l.location();
      Contacts c = l.contacts() == null ? new Contacts(null, null, null) : l.contacts();
      Descriptions d = l.description() == null ? new Descriptions(null, null) : l.description();
      return l.withName(
              new Names(
                  value(nameZh, n.zh()), value(nameEn, n.en()), n.original(), n.originalLanguage()))
          .withLocation(
              new Location(
                  loc.country(),
                  value(city, loc.city()),
                  loc.cityZh(),
                  value(address, loc.address()),
                  loc.geo()))
          .withContacts(
              new Contacts(
                  value(website, c.website()), value(email, c.email()), value(phone, c.phone())))
          .withDescription(
              new Descriptions(value(descriptionZh, d.zh()), value(descriptionEn, d.en())));
    };
  }

  private static String value(String given, String current) {
    if (given == null) {
      return current;
    }
    String stripped = given.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
