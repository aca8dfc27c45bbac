package org.ipnetwork.directory.listing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a listing is.
 *
 * @param country ISO 3166-1 alpha-2 code, one of the network's countries and regions
 * @param city city name as written locally in Latin script (GeoNames spelling)
 * @param cityZh the city's Chinese name when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(String country, String city, String cityZh, String address, GeoPoint geo) {}
