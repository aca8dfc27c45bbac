package org.ipnetwork.directory.geo;

/**
 * A city of the network's countries, from GeoNames.
 *
 * @param name GeoNames name in Latin script
 * @param nameZh Chinese name for the cities Chinese users know, else {@code null}
 * @param country ISO 3166-1 alpha-2 code
 */
public record City(
    String name, String nameZh, String country, double lat, double lon, long population) {}
