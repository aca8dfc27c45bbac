package org.ipnetwork.directory.backend.place;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Place suggestions for a search's {@code near}, most populous first. */
public record PlacesResponse(List<Place> places) {

  /**
   * One city.
   *
   * @param name the name in the requested language, the Latin one when it has no Chinese name
   * @param nameZh the Chinese name, absent for the cities without one
   * @param nameEn the GeoNames name in Latin script
   * @param country the country's code and its label in the requested language
   * @param value what to send as {@code near}: "Name,CC" when that means this city, else "lat,lon"
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Place(
      String name,
      String nameZh,
      String nameEn,
      Country country,
      double lat,
      double lon,
      String value) {}

  /** A country as the other answers give it. */
  public record Country(String code, String label) {}
}
