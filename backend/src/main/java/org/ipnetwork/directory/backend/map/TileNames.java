package org.ipnetwork.directory.backend.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipnetwork.directory.geo.Cities;
import org.ipnetwork.directory.geo.City;
import org.springframework.stereotype.Component;

/**
 * Names a map tile after the bundled city nearest to the centroid of its listings, so that the page
 * can say "12 organisations near Munich" (the API knows points, not places). Only tiles of a zoom
 * where a tile is a city's neighbourhood rather than a region are named, and only after a city
 * close enough to be the one meant: a centroid between two far-apart cities names neither.
 */
@Component
class TileNames {

  /** From this geotile precision on (tiles of 11° or less) a tile is named. */
  static final int MIN_PRECISION = 5;

  /** Farthest a city may be from the centroid to name it. */
  static final double MAX_KM = 60;

  /** Within this distance the largest city names the tile: the city, not its district or suburb. */
  static final double CITY_KM = 15;

  private static final double EARTH_KM = 6371;
  private static final double KM_PER_DEGREE = Math.PI * EARTH_KM / 180;

  /** The cities by whole-degree cell ({@code lat * 1000 + lon}), so a lookup reads a few cells. */
  private final Map<Integer, List<City>> cells = new HashMap<>();

  TileNames() {
    this(Cities.bundled());
  }

  TileNames(List<City> cities) {
    for (City city : cities) {
      cells.computeIfAbsent(cell(city.lat(), city.lon()), k -> new ArrayList<>()).add(city);
    }
  }

  /** The city naming a tile of this precision with its centroid here, if any. */
  Optional<City> name(int precision, double lat, double lon) {
    return precision < MIN_PRECISION ? Optional.empty() : nearest(lat, lon);
  }

  /** The most populous city within {@link #CITY_KM}, else the nearest within {@link #MAX_KM}. */
  Optional<City> nearest(double lat, double lon) {
    int latCells = (int) Math.ceil(MAX_KM / KM_PER_DEGREE);
    // A degree of longitude shrinks towards the poles: more cells east and west cover the radius.
    double cos = Math.max(0.05, Math.cos(Math.toRadians(lat)));
    int lonCells = (int) Math.ceil(MAX_KM / (KM_PER_DEGREE * cos));
    City nearest = null;
    double nearestKm = MAX_KM;
    City largest = null;
    for (int dLat = -latCells; dLat <= latCells; dLat++) {
      for (int dLon = -lonCells; dLon <= lonCells; dLon++) {
        for (City city : cells.getOrDefault(cell(lat + dLat, wrap(lon + dLon)), List.of())) {
          double km = km(lat, lon, city.lat(), city.lon());
          if (km <= nearestKm) {
            nearest = city;
            nearestKm = km;
          }
          if (km <= CITY_KM && (largest == null || city.population() > largest.population())) {
            largest = city;
          }
        }
      }
    }
    return Optional.ofNullable(largest != null ? largest : nearest);
  }

  private static int cell(double lat, double lon) {
    return (int) Math.floor(lat) * 1000 + (int) Math.floor(lon);
  }

  private static double wrap(double lon) {
    return lon >= 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
  }

  /** Great-circle distance (haversine). */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
