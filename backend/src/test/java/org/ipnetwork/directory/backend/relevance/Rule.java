package org.ipnetwork.directory.backend.relevance;

import java.util.List;
import java.util.Locale;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * One graded judgement of a query: a listing that meets every condition given gets {@code grade}. A
 * missing condition does not restrict; each list is "any of" except {@code serviceAll}.
 *
 * @param grade 1 partly relevant, 2 relevant, 3 exactly what was asked
 * @param country the listing's country is one of these (ISO 3166-1 alpha-2)
 * @param continent the continent of the listing's country is one of these
 * @param serviceAll the listing offers every one of these services
 * @param serviceAny the listing offers at least one of these services
 * @param industry the listing serves at least one of these industries
 * @param kind the listing's kind is one of these
 * @param orgType the listing's organisation type is one of these
 * @param city the listing's city (Latin or Chinese name) equals one of these, ignoring case
 * @param near the listing lies within {@code km} of the point
 * @param text a name of the listing (Chinese, English or original) contains one of these
 */
public record Rule(
    int grade,
    List<String> country,
    List<String> continent,
    List<String> serviceAll,
    List<String> serviceAny,
    List<String> industry,
    List<String> kind,
    List<String> orgType,
    List<String> city,
    Near near,
    List<String> text) {

  public Rule {
    if (grade < 1) {
      throw new IllegalArgumentException("a rule grades a listing 1 or more, not " + grade);
    }
  }

  /** A circle on the earth's surface. */
  public record Near(double lat, double lon, double km) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    boolean contains(GeoPoint p) {
      if (p == null) {
        return false;
      }
      double dLat = Math.toRadians(p.lat() - lat);
      double dLon = Math.toRadians(p.lon() - lon);
      double h =
          Math.pow(Math.sin(dLat / 2), 2)
              + Math.cos(Math.toRadians(lat))
                  * Math.cos(Math.toRadians(p.lat()))
                  * Math.pow(Math.sin(dLon / 2), 2);
      return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)) <= km;
    }
  }

  public boolean matches(Listing listing, Taxonomies taxonomies) {
    Location location = listing.location();
    String countryCode = location == null ? null : location.country();
    return anyOf(country, countryCode)
        && anyOf(continent, countryCode == null ? null : taxonomies.continentOf(countryCode))
        && (serviceAll == null || listing.services().containsAll(serviceAll))
        && (serviceAny == null || serviceAny.stream().anyMatch(listing.services()::contains))
        && (industry == null || industry.stream().anyMatch(listing.industries()::contains))
        && anyOf(kind, listing.kind() == null ? null : listing.kind().code())
        && anyOf(orgType, listing.orgType())
        && (city == null || location != null && inCity(location))
        && (near == null || location != null && near.contains(location.geo()))
        && (text == null || nameContains(listing.name()));
  }

  private static boolean anyOf(List<String> allowed, String value) {
    return allowed == null || value != null && allowed.contains(value);
  }

  private boolean inCity(Location location) {
    return city.stream()
        .anyMatch(
            c -> c.equalsIgnoreCase(location.city()) || c.equalsIgnoreCase(location.cityZh()));
  }

  private boolean nameContains(Names name) {
    if (name == null) {
      return false;
    }
    String names =
        String.join("\n", nonNull(name.zh()), nonNull(name.en()), nonNull(name.original()))
            .toLowerCase(Locale.ROOT);
    return text.stream().anyMatch(t -> names.contains(t.toLowerCase(Locale.ROOT)));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
