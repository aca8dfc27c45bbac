package org.ipnetwork.directory.indexer.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ipnetwork.directory.csv.LineNumberedCsv;
import org.ipnetwork.directory.geo.Cities;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Term;

/**
 * The word lists and facts under {@code generate/} on the classpath, joined with the bundled
 * taxonomies. Read once; everything here is immutable, so generation keeps no state between
 * listings.
 */
final class ReferenceData {

  private static final String DIR = "generate/";

  private final Taxonomies taxonomies;
  private final Map<String, CountryProfile> countries;
  private final Map<String, Map<String, List<String>>> nameTemplates;
  private final Map<String, Map<String, Double>> serviceMixes;

  private ReferenceData(
      Taxonomies taxonomies,
      Map<String, CountryProfile> countries,
      Map<String, Map<String, List<String>>> nameTemplates,
      Map<String, Map<String, Double>> serviceMixes) {
    this.taxonomies = taxonomies;
    this.countries = countries;
    this.nameTemplates = nameTemplates;
    this.serviceMixes = serviceMixes;
  }

  static ReferenceData load(Taxonomies taxonomies) {
    Map<String, List<City>> cities = new HashMap<>();
    Map<String, List<Double>> populations = new HashMap<>();
    for (City city : Cities.bundled()) {
      cities.computeIfAbsent(city.country(), c -> new ArrayList<>()).add(city);
      populations
          .computeIfAbsent(city.country(), c -> new ArrayList<>())
          .add((double) city.population());
    }
    Map<String, List<Surname>> surnames = new HashMap<>();
    read(
        "surnames.csv",
        r ->
            surnames
                .computeIfAbsent(r.get("group"), g -> new ArrayList<>())
                .add(new Surname(r.get("name"), r.get("zh"))));
    Map<String, CountryProfile> countries = new LinkedHashMap<>();
    read(
        "countries.csv",
        r -> {
          String code = r.get("code");
          Term term =
              taxonomies
                  .countries()
                  .byCode(code)
                  .orElseThrow(() -> new IllegalStateException("not in the network: " + code));
          if (!cities.containsKey(code) || !surnames.containsKey(r.get("surnames"))) {
            throw new IllegalStateException("no cities or surnames for " + code);
          }
          countries.put(
              code,
              new CountryProfile(
                  code,
                  term.en(),
                  term.zh(),
                  term.attribute("continent"),
                  Double.parseDouble(r.get("trade_weight")),
                  Arrays.asList(r.get("languages").split("\\|")),
                  List.copyOf(surnames.get(r.get("surnames"))),
                  new Weighted<>(cities.get(code), populations.get(code)),
                  majorCities(cities.get(code)),
                  PhoneTemplate.forRegion(code)));
        });
    if (countries.size() != taxonomies.countries().size()) {
      throw new IllegalStateException("generate/countries.csv must profile every network country");
    }
    Map<String, Map<String, List<String>>> names = new HashMap<>();
    read(
        "names.csv",
        r ->
            names
                .computeIfAbsent(r.get("org_type"), t -> new HashMap<>())
                .computeIfAbsent(r.get("lang"), l -> new ArrayList<>())
                .add(r.get("template")));
    Map<String, Map<String, Double>> mixes = new HashMap<>();
    read(
        "services.csv",
        r ->
            mixes
                .computeIfAbsent(r.get("org_type"), t -> new LinkedHashMap<>())
                .put(r.get("service"), Double.parseDouble(r.get("probability"))));
    return new ReferenceData(taxonomies, Collections.unmodifiableMap(countries), names, mixes);
  }

  Taxonomies taxonomies() {
    return taxonomies;
  }

  /** Every network country, in taxonomy file order. */
  Collection<CountryProfile> countries() {
    return countries.values();
  }

  CountryProfile country(String code) {
    CountryProfile profile = countries.get(code);
    if (profile == null) {
      throw new IllegalArgumentException("unknown country " + code);
    }
    return profile;
  }

  /** Name templates of an organisation type in a language; empty when there are none. */
  List<String> nameTemplates(String orgType, String lang) {
    return nameTemplates.getOrDefault(orgType, Map.of()).getOrDefault(lang, List.of());
  }

  /**
   * Services an organisation type offers, each with the chance that one of them offers it; the
   * services with chance 1 are its core.
   */
  Map<String, Double> serviceMix(String orgType) {
    Map<String, Double> mix = serviceMixes.get(orgType);
    if (mix == null) {
      throw new IllegalArgumentException("no service mix for " + orgType);
    }
    return mix;
  }

  /**
   * Cities with a Chinese name: the ones Chinese users know, where public bodies, chambers and
   * parks sit. Falls back to all cities for a country without any.
   */
  private static Weighted<City> majorCities(List<City> cities) {
    List<City> major = cities.stream().filter(c -> c.nameZh() != null).toList();
    List<City> pool = major.isEmpty() ? cities : major;
    return new Weighted<>(pool, pool.stream().map(c -> (double) c.population()).toList());
  }

  private static void read(String file, Consumer<Map<String, String>> row) {
    InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(DIR + file);
    if (in == null) {
      throw new IllegalStateException("missing resource " + DIR + file);
    }
    try (LineNumberedCsv csv =
        new LineNumberedCsv(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = csv.next().cells();
      for (LineNumberedCsv.Row r = csv.next(); r != null; r = csv.next()) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), i < r.cells().size() ? r.cells().get(i) : "");
        }
        row.accept(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DIR + file, e);
    }
  }
}
