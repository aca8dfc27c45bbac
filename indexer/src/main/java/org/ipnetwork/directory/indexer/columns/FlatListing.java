package org.ipnetwork.directory.indexer.columns;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ipnetwork.directory.listing.Contacts;
import org.ipnetwork.directory.listing.Descriptions;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Verification;
import org.ipnetwork.directory.listing.Workstation;

/** A listing as flat cells, the inverse of what the importer reads from a flat row. */
public final class FlatListing {

  /** What export puts between the values of a multi-valued cell. */
  public static final String SEPARATOR = "|";

  private FlatListing() {}

  public static Map<Column, String> cells(Listing l) {
    Map<Column, String> out = new EnumMap<>(Column.class);
    Names n = l.name();
    Location loc = l.location();
    GeoPoint geo = loc == null ? null : loc.geo();
    Descriptions d = l.description();
    Contacts c = l.contacts();
    Workstation w = l.workstation();
    Verification v = l.verification();
    put(out, Column.ID, l.id());
    put(out, Column.KIND, l.kind() == null ? null : l.kind().code());
    put(out, Column.NAME_ZH, get(n, Names::zh));
    put(out, Column.NAME_EN, get(n, Names::en));
    put(out, Column.NAME_ORIGINAL, get(n, Names::original));
    put(out, Column.ORIGINAL_LANGUAGE, get(n, Names::originalLanguage));
    put(out, Column.ORG_TYPE, l.orgType());
    put(out, Column.COUNTRY, get(loc, Location::country));
    put(out, Column.CITY, get(loc, Location::city));
    put(out, Column.CITY_ZH, get(loc, Location::cityZh));
    put(out, Column.ADDRESS, get(loc, Location::address));
    put(out, Column.LAT, geo == null ? null : Double.toString(geo.lat()));
    put(out, Column.LON, geo == null ? null : Double.toString(geo.lon()));
    put(out, Column.SERVICES, join(l.services()));
    put(out, Column.INDUSTRIES, join(l.industries()));
    put(out, Column.LANGUAGES, join(l.languages()));
    put(out, Column.DESCRIPTION_ZH, get(d, Descriptions::zh));
    put(out, Column.DESCRIPTION_EN, get(d, Descriptions::en));
    put(out, Column.WEBSITE, get(c, Contacts::website));
    put(out, Column.EMAIL, get(c, Contacts::email));
    put(out, Column.PHONE, get(c, Contacts::phone));
    put(out, Column.HOST_ORGANISATION, get(w, Workstation::hostOrganisation));
    put(out, Column.FOCUS_INDUSTRIES, w == null ? null : join(w.focusIndustries()));
    put(out, Column.COVERED_COUNTRIES, w == null ? null : join(w.coveredCountries()));
    put(out, Column.STATUS, l.status() == null ? null : l.status().code());
    put(out, Column.VERIFIED_BY, get(v, Verification::verifiedBy));
    put(
        out,
        Column.LAST_VERIFIED,
        v == null || v.lastVerified() == null ? null : v.lastVerified().toString());
    put(out, Column.CREATED_AT, l.createdAt() == null ? null : l.createdAt().toString());
    put(out, Column.UPDATED_AT, l.updatedAt() == null ? null : l.updatedAt().toString());
    put(out, Column.SOURCE, l.source());
    return out;
  }

  private static <T> String get(T part, Function<T, String> field) {
    return part == null ? null : field.apply(part);
  }

  private static String join(List<String> values) {
    return values == null || values.isEmpty() ? null : String.join(SEPARATOR, values);
  }

  private static void put(Map<Column, String> out, Column column, String value) {
    if (value != null) {
      out.put(column, value);
    }
  }
}
