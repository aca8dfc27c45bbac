package org.ipnetwork.directory.backend.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipnetwork.directory.geo.Cities;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.text.TextNormalizer;
import org.springframework.stereotype.Component;

/**
 * City names for {@code near=Munich} or {@code near=慕尼黑}: the shared {@link Cities} table
 * (GeoNames, CC BY 4.0), cities of 50,000 people or more in the network's countries, by Latin name
 * and, for the well-known ones, Chinese name. A name shared by several cities means the most
 * populous; {@code near=San Jose,US} or {@code near=圣何塞,US} picks the country.
 */
@Component
class CityNames {

  /** Keyed by folded name, and by folded name + "," + lower-case country code. */
  private final Map<String, City> byName = new HashMap<>();

  CityNames() {
    for (City city : Cities.bundled()) {
      add(city.name(), city);
      if (city.nameZh() != null) {
        add(city.nameZh(), city);
      }
    }
  }

  private void add(String name, City city) {
    String key = TextNormalizer.key(name);
    byName.merge(key, city, (a, b) -> a.population() >= b.population() ? a : b);
    byName.merge(key + "," + city.country().toLowerCase(Locale.ROOT), city, (a, b) -> a);
  }

  /** The city's coordinates; {@code name} may end with ",CC" (ISO country code). */
  Optional<GeoPoint> find(String name) {
    String key = TextNormalizer.key(name);
    if (key == null) {
      return Optional.empty();
    }
    key = key.replaceAll("\\s*,\\s*", ",");
    return Optional.ofNullable(byName.get(key)).map(c -> new GeoPoint(c.lat(), c.lon()));
  }
}
