package org.ipnetwork.directory.backend.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.listing.ContactsView;
import org.ipnetwork.directory.backend.listing.ListingView;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * What {@code templates/embed/frame-listing.mustache} shows: one listing's fields and contact
 * links, a Back link to the frame's search as it was, and links to the listing and to the search on
 * the directory's own page.
 *
 * @param fields label and value of each field the listing has, in order
 * @param contacts website, e-mail and phone links; empty for none
 */
record FrameListingView(
    String htmlLang,
    Map<String, String> t,
    String id,
    String name,
    String other,
    boolean verified,
    List<Field> fields,
    List<Contact> contacts,
    String backHref,
    String directoryListingHref,
    String directorySearchHref,
    FrameView.Star star) {

  static final String PATH = "/embed/v1/frame/listing/";

  boolean hasContacts() {
    return !contacts.isEmpty();
  }

  record Field(String label, String value) {}

  /**
   * @param kind {@code website}, {@code email} or {@code phone}
   * @param external whether it opens in a new tab
   * @param label the accessible name (what the link does, with the organisation's name)
   */
  record Contact(String kind, String href, String text, String label, boolean external) {}

  static FrameListingView of(ListingView l, FrameRequest r, UiStrings strings) {
    Lang lang = r.zh() ? Lang.ZH : Lang.EN;
    String name = name(l, r);
    String other = otherName(l, r, name);
    List<Field> fields = new ArrayList<>();
    add(fields, strings.text(lang, "kind"), label(l.orgType() != null ? l.orgType() : l.kind()));
    add(
        fields,
        strings.text(lang, "country"),
        java.util.stream.Stream.of(label(l.country()), l.city())
            .filter(s -> s != null && !s.isEmpty())
            .collect(Collectors.joining(" · ")));
    String separator = strings.text(lang, "listSeparator");
    add(fields, strings.text(lang, "services"), labels(l.services(), separator));
    add(fields, strings.text(lang, "industries"), labels(l.industries(), separator));
    if (l.workstation() != null) {
      add(fields, strings.text(lang, "hostOrganisation"), l.workstation().hostOrganisation());
      add(
          fields,
          strings.text(lang, "coveredCountries"),
          labels(l.workstation().coveredCountries(), separator));
    }
    add(fields, strings.text(lang, "lastVerified"), l.lastVerified());
    return new FrameListingView(
        r.zh() ? "zh-CN" : "en",
        strings.plain(lang),
        l.id(),
        name,
        other,
        l.verified(),
        fields,
        contacts(l.contacts(), name, lang, strings),
        "/embed/v1/frame?" + FrameView.query(r, r.page() > 1 ? r.page() : 0),
        "/?listing=" + FrameView.url(l.id()) + "&lang=" + r.lang(),
        FrameView.directoryHref(r),
        // Pressed on the detail page, the star comes back to it.
        new FrameView.Star(
            r.starred(l.id()),
            FrameView.listingHref(l.id(), r.toggled(l.id())),
            strings.text(
                lang,
                r.starred(l.id()) ? "shortlistRemoveLabel" : "shortlistAddLabel",
                Map.of("name", name))));
  }

  /** The listing's name in the frame's language, else in the other, else its id. */
  static String name(ListingView l, FrameRequest r) {
    String zh = l.name() == null || l.name().zh() == null ? "" : l.name().zh();
    String en = l.name() == null || l.name().en() == null ? "" : l.name().en();
    String name = r.zh() ? (zh.isEmpty() ? en : zh) : (en.isEmpty() ? zh : en);
    return name.isEmpty() ? l.id() : name;
  }

  /** The name in the other language, or {@code null} when it is missing or the same. */
  static String otherName(ListingView l, FrameRequest r, String name) {
    String other = l.name() == null ? null : r.zh() ? l.name().en() : l.name().zh();
    return other == null || other.isEmpty() || other.equals(name) ? null : other;
  }

  static List<Contact> contacts(ContactsView c, String name, Lang lang, UiStrings strings) {
    if (c == null) {
      return List.of();
    }
    List<Contact> out = new ArrayList<>();
    if (c.website() != null) {
      out.add(
          new Contact(
              "website",
              c.website(),
              strings.text(lang, "website"),
              strings.text(lang, "websiteOf", Map.of("name", name)),
              true));
    }
    if (c.email() != null) {
      out.add(
          new Contact(
              "email",
              "mailto:" + c.email(),
              c.email(),
              strings.text(lang, "emailTo", Map.of("name", name)),
              false));
    }
    if (c.phone() != null) {
      String display = Objects.requireNonNullElse(c.phoneDisplay(), c.phone());
      out.add(
          new Contact(
              "phone",
              "tel:" + c.phone(),
              display,
              strings.text(lang, "phoneTo", Map.of("name", name, "phone", display)),
              false));
    }
    return out;
  }

  private static void add(List<Field> fields, String label, String value) {
    if (value != null && !value.isEmpty()) {
      fields.add(new Field(label, value));
    }
  }

  private static String label(ListingView.Labeled labeled) {
    return labeled == null || labeled.label() == null ? "" : labeled.label();
  }

  private static String labels(List<ListingView.Labeled> labeled, String separator) {
    return labeled == null
        ? ""
        : labeled.stream()
            .map(FrameListingView::label)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining(separator));
  }
}
