package org.ipnetwork.directory.backend.searchlog;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the network has listings and where people searched and found nothing, country by service:
 * the heatmap's numbers.
 *
 * @param services the columns: every service of the taxonomy, in its order
 * @param countries the rows: the countries with a published listing or a search that found nothing,
 *     the network's countries first (taxonomy order), then the others by code
 * @param maxListings the largest cell, for the heatmap's scale
 */
record Coverage(
    LocalDate from, LocalDate to, List<Column> services, List<Row> countries, long maxListings) {

  record Column(String code, String label) {}

  /**
   * One country.
   *
   * @param listings published listings of the country
   * @param zeroResultSearches searches filtered on the country that found nothing (with or without
   *     a service)
   * @param inNetwork whether the country is one of the network's
   * @param cells one per service, in the order of {@code services}
   */
  record Row(
      String code,
      String label,
      boolean inNetwork,
      long listings,
      long zeroResultSearches,
      List<Cell> cells) {}

  /**
   * One country and service.
   *
   * @param listings published listings offering the service in the country
   * @param zeroResultSearches searches filtered on both that found nothing
   */
  record Cell(String service, long listings, long zeroResultSearches) {}
}
