package org.ipnetwork.directory.indexer.generate;

/**
 * A city from GeoNames where listings can be placed.
 *
 * @param nameZh Chinese name for the well-known cities, else {@code null}
 */
record City(String name, String nameZh, double lat, double lon, long population) {}
