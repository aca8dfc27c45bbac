package org.ipnetwork.directory.indexer.generate;

import java.util.List;
import org.ipnetwork.directory.geo.City;

/**
 * What the generator needs to know about one country of the network.
 *
 * @param tradeWeight rough size of the country's trade with Guangdong, so that big partners get
 *     more listings
 * @param majorCities the cities with a Chinese name, for organisations that sit in big cities
 * @param languages local working languages (ISO 639-1), the usual one first
 */
record CountryProfile(
    String code,
    String en,
    String zh,
    String continent,
    double tradeWeight,
    List<String> languages,
    List<Surname> surnames,
    Weighted<City> cities,
    Weighted<City> majorCities,
    PhoneTemplate phone) {}
