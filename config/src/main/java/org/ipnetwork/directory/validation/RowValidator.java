package org.ipnetwork.directory.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.listing.Contacts;
import org.ipnetwork.directory.listing.Descriptions;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.listing.TextLimits;
import org.ipnetwork.directory.listing.Verification;
import org.ipnetwork.directory.listing.Workstation;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * Turns a raw row into a clean {@link Listing}, or says what is wrong with it, field by field. The
 * rules are listed in docs/import-format.md.
 */
public final class RowValidator {

  /** What a row became: a listing, or the problems that keep it out. */
  public record Result(Listing listing, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * Defaults for what a row does not say.
   *
   * @param updatedAt version of rows without {@code updated_at}: the file's last-modified time
   * @param source {@code source} of rows without one
   * @param idNamespace prefix for the source's own ids, or {@code null}
   */
  public record Defaults(Instant updatedAt, String source, String idNamespace) {}

  private static final Map<String, Status> STATUS_LABELS =
      Map.of(
          "已发布", Status.PUBLISHED,
          "发布", Status.PUBLISHED,
          "草稿", Status.DRAFT,
          "审核中", Status.IN_REVIEW,
          "待审核", Status.IN_REVIEW,
          "已暂停", Status.SUSPENDED,
          "暂停", Status.SUSPENDED,
          "已归档", Status.ARCHIVED,
          "归档", Status.ARCHIVED);

  private final Taxonomies taxonomies;

  /** {@link TextLimits} by column; the other columns are codes, dates or numbers. */
  private static final Map<Column, Integer> MAX_LENGTH = new EnumMap<>(Column.class);

  static {
    MAX_LENGTH.put(Column.ID, TextLimits.ID);
    for (Column c :
        List.of(
            Column.NAME_ZH,
            Column.NAME_EN,
            Column.NAME_ORIGINAL,
            Column.HOST_ORGANISATION,
            Column.VERIFIED_BY)) {
      MAX_LENGTH.put(c, TextLimits.NAME);
    }
    MAX_LENGTH.put(Column.CITY, TextLimits.CITY);
    MAX_LENGTH.put(Column.CITY_ZH, TextLimits.CITY);
    MAX_LENGTH.put(Column.ADDRESS, TextLimits.ADDRESS);
    MAX_LENGTH.put(Column.DESCRIPTION_ZH, TextLimits.DESCRIPTION);
    MAX_LENGTH.put(Column.DESCRIPTION_EN, TextLimits.DESCRIPTION);
    MAX_LENGTH.put(Column.EMAIL, TextLimits.EMAIL);
    MAX_LENGTH.put(Column.WEBSITE, TextLimits.WEBSITE);
    MAX_LENGTH.put(Column.SOURCE, TextLimits.SOURCE);
  }

  public RowValidator(Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
  }

  public Result validate(SourceRow row, Defaults defaults) {
    Cells c = new Cells(row.cells(), new ArrayList<>(row.problems()));
    if (!row.problems().isEmpty()) {
      return new Result(null, c.problems());
    }
    MAX_LENGTH.forEach(c::atMost);
    String kindText = c.required(Column.KIND);
    Kind kind = kindText == null ? null : kind(c, kindText);
    Names names = names(c);
    String orgTypeText = c.required(Column.ORG_TYPE);
    String orgType =
        orgTypeText == null ? null : c.code(Column.ORG_TYPE, taxonomies.orgTypes(), orgTypeText);
    Location location = location(c);
    String country = location == null ? null : location.country();
    Contacts contacts = contacts(c, country);
    Workstation workstation = workstation(c, kind);
    Status status = c.parse(Column.STATUS, RowValidator::status);
    Verification verification =
        verification(c.text(Column.VERIFIED_BY), c.parse(Column.LAST_VERIFIED, Cells::date));
    Instant updatedAt = c.parse(Column.UPDATED_AT, Cells::instant);
    Instant createdAt = c.parse(Column.CREATED_AT, Cells::instant);
    List<String> services = c.codes(Column.SERVICES, taxonomies.services());
    List<String> industries = c.codes(Column.INDUSTRIES, taxonomies.industries());
    List<String> languages = c.codes(Column.LANGUAGES, taxonomies.languages());
    String id = id(c, names, country, contacts, defaults);
    if (!c.problems().isEmpty()) {
      return new Result(null, c.problems());
    }
    Instant version = updatedAt != null ? updatedAt : defaults.updatedAt();
    String source = c.text(Column.SOURCE);
    Listing listing =
        new Listing(
            id,
            kind,
            names,
            orgType,
            location,
            services,
            industries,
            languages,
            descriptions(c),
            contacts,
            workstation,
            status == null ? Status.PUBLISHED : status,
            verification,
            createdAt != null ? createdAt : version,
            version,
            source != null ? source : defaults.source());
    return new Result(listing, List.of());
  }

  private Kind kind(Cells c, String text) {
    String code = c.code(Column.KIND, taxonomies.kinds(), text);
    return code == null ? null : Kind.fromCode(code);
  }

  private Names names(Cells c) {
    String zh = c.text(Column.NAME_ZH);
    String en = c.text(Column.NAME_EN);
    if (zh == null && en == null) {
      c.problem(Column.NAME_EN, "a name in Chinese (name_zh) or English (name_en) is required");
    }
    String original = c.text(Column.NAME_ORIGINAL);
    String language = c.text(Column.ORIGINAL_LANGUAGE);
    if (language != null) {
      language = c.code(Column.ORIGINAL_LANGUAGE, taxonomies.languages(), language);
    }
    return new Names(zh, en, original, language);
  }

  private Location location(Cells c) {
    String countryText = c.required(Column.COUNTRY);
    String country = null;
    if (countryText != null) {
      country = taxonomies.countries().resolve(countryText).map(t -> t.code()).orElse(null);
      if (country == null) {
        c.problem(Column.COUNTRY, "not a country of the network: " + countryText);
      }
    }
    Double lat = c.parse(Column.LAT, Cells::number);
    Double lon = c.parse(Column.LON, Cells::number);
    GeoPoint geo = null;
    if (lat != null && (lat < -90 || lat > 90)) {
      c.problem(Column.LAT, "latitude out of range -90..90: " + lat);
    } else if (lon != null && (lon < -180 || lon > 180)) {
      c.problem(Column.LON, "longitude out of range -180..180: " + lon);
    } else if (lat != null && lon != null) {
      geo = new GeoPoint(lat, lon);
    } else if (lat != null || lon != null) {
      c.problem(lat == null ? Column.LAT : Column.LON, "lat and lon go together");
    }
    return new Location(
        country, c.text(Column.CITY), c.text(Column.CITY_ZH), c.text(Column.ADDRESS), geo);
  }

  private static Contacts contacts(Cells c, String country) {
    String website = c.parse(Column.WEBSITE, ContactRules::website);
    String email = c.parse(Column.EMAIL, ContactRules::email);
    String phone = c.parse(Column.PHONE, text -> ContactRules.phone(text, country));
    return website == null && email == null && phone == null
        ? null
        : new Contacts(website, email, phone);
  }

  private Workstation workstation(Cells c, Kind kind) {
    String host = c.text(Column.HOST_ORGANISATION);
    List<String> focus = c.codes(Column.FOCUS_INDUSTRIES, taxonomies.industries());
    List<String> covered = c.codes(Column.COVERED_COUNTRIES, taxonomies.countries());
    boolean any = host != null || !focus.isEmpty() || !covered.isEmpty();
    if (!any) {
      return null;
    }
    if (kind != null && kind != Kind.WORKSTATION) {
      c.problem(Column.HOST_ORGANISATION, "workstation fields on a " + kind.code());
      return null;
    }
    return new Workstation(host, focus, covered);
  }

  private static Descriptions descriptions(Cells c) {
    String zh = c.text(Column.DESCRIPTION_ZH);
    String en = c.text(Column.DESCRIPTION_EN);
    return zh == null && en == null ? null : new Descriptions(zh, en);
  }

  private static Verification verification(String by, LocalDate when) {
    return by == null && when == null ? null : new Verification(by, when);
  }

  static Status status(String text) {
    Status label = STATUS_LABELS.get(text);
    if (label != null) {
      return label;
    }
    try {
      return Status.fromCode(text.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown status: " + text + " (draft, in_review, published, suspended, archived)");
    }
  }

  private static String id(Cells c, Names names, String country, Contacts contacts, Defaults d) {
    String own = c.text(Column.ID);
    if (own != null) {
      return c.parse(Column.ID, text -> StableIds.clean(text, d.idNamespace()));
    }
    String name = names.en() != null ? names.en() : names.zh();
    if (name == null || country == null) {
      return null;
    }
    return StableIds.derive(name, country, contacts == null ? null : contacts.website());
  }
}
