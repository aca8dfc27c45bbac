package org.ipnetwork.directory.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.csv.LineNumberedCsv;

/**
 * The bundled {@code geo/cities.csv}: cities of 50,000 people or more in the network's countries
 * (GeoNames, CC BY 4.0; see geo/README.md). One file for everyone who needs places: the generator
 * puts listings there, the search API resolves {@code near=慕尼黑} or {@code near=Munich} with it.
 */
public final class Cities {

  public static final String RESOURCE = "geo/cities.csv";

  private static final List<City> BUNDLED = read();

  private Cities() {}

  /** Every city, in the file's order (by country, most populous first). */
  public static List<City> bundled() {
    return BUNDLED;
  }

  private static List<City> read() {
    InputStream in = Cities.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    List<City> cities = new ArrayList<>();
    try (LineNumberedCsv csv =
        new LineNumberedCsv(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      // geonames_id,name,name_zh,country,latitude,longitude,population
      csv.next();
      for (LineNumberedCsv.Row row = csv.next(); row != null; row = csv.next()) {
        List<String> c = row.cells();
        cities.add(
            new City(
                c.get(1),
                c.get(2).isEmpty() ? null : c.get(2),
                c.get(3),
                Double.parseDouble(c.get(4)),
                Double.parseDouble(c.get(5)),
                Long.parseLong(c.get(6))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(cities);
  }
}
