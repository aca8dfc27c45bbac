package org.ipnetwork.directory.listing;

/** WGS 84 coordinates; serialised as {@code {"lat":..,"lon":..}}, which geo_point accepts. */
public record GeoPoint(double lat, double lon) {

  public GeoPoint {
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
    }
  }
}
