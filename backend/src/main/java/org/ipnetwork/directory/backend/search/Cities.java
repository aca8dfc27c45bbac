package org.ipnetwork.directory.backend.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ipnetwork.directory.csv.CsvReader;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.text.TextNormalizer;
import org.springframework.stereotype.Component;

/**
 * City names for {@code near=Munich}: the bundled {@code geo/cities.csv} (GeoNames, CC BY 4.0),
 * cities of 50,000 people or more in the network's countries. A name shared by several cities means
 * the most populous; {@code near=San Jose,US} picks the country.
 */
@Component
class Cities {

  private static final String RESOURCE = "geo/cities.csv";

  private record City(GeoPoint point, long population) {}

  /** Keyed by folded name, and by folded name + "," + country code. */
  private final Map<String, City> byName = new HashMap<>();

  Cities() {
    InputStream in = Cities.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CsvReader csv = new CsvReader(reader);
      csv.next(); // header: name,country,latitude,longitude,population
      for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
        var c = row.cells();
        City city =
            new City(
                new GeoPoint(Double.parseDouble(c.get(2)), Double.parseDouble(c.get(3))),
                Long.parseLong(c.get(4)));
        String name = TextNormalizer.key(c.get(0));
        byName.merge(name, city, (a, b) -> a.population() >= b.population() ? a : b);
        byName.merge(name + "," + c.get(1).toLowerCase(java.util.Locale.ROOT), city, (a, b) -> a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The city's coordinates; {@code name} may end with ",CC" (ISO country code). */
  Optional<GeoPoint> find(String name) {
    String key = TextNormalizer.key(name);
    if (key == null) {
      return Optional.empty();
    }
    key = key.replaceAll("\\s*,\\s*", ",");
    return Optional.ofNullable(byName.get(key)).map(City::point);
  }
}
