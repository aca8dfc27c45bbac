package org.ipnetwork.directory.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.csv.LineNumberedCsv;

/**
 * All code lists of the directory, read from {@code taxonomy/*.csv}: the bundled defaults on the
 * classpath, or an edited copy in a folder given by the association.
 *
 * @param countries the network's countries and regions (where listings may be)
 * @param world every country and territory ({@code world-countries.csv}), so that a query naming a
 *     country without listings is still understood; a network country has the labels and synonyms
 *     of {@code countries.csv} plus the world file's extra synonyms
 * @param regions sub-regions, economic groups and regional IP systems ({@code regions.csv})
 * @param glossary IP jargon mapped to services and places ({@code glossary.csv})
 */
public record Taxonomies(
    Taxonomy continents,
    Taxonomy countries,
    Taxonomy services,
    Taxonomy industries,
    Taxonomy orgTypes,
    Taxonomy languages,
    Taxonomy kinds,
    Taxonomy world,
    Regions regions,
    Glossary glossary) {

  private static final String RESOURCE_DIR = "taxonomy/";

  /** Loaded once: the bundled files never change while the JVM runs. */
  private static final class Bundled {
    static final Taxonomies INSTANCE = load(null);
  }

  public static Taxonomies bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Loads every file from {@code dir} when it holds it, else from the classpath.
   *
   * @param dir folder with edited copies of some or all files, or {@code null}
   */
  public static Taxonomies load(Path dir) {
    Taxonomy countries = read(dir, "countries");
    Taxonomy services = read(dir, "services");
    Taxonomy world =
        new Taxonomy("world-countries", world(rows(dir, "world-countries"), countries));
    Regions regions = new Regions(rows(dir, "regions"), world);
    Taxonomies t =
        new Taxonomies(
            read(dir, "continents"),
            countries,
            services,
            read(dir, "industries"),
            read(dir, "org-types"),
            read(dir, "languages"),
            read(dir, "kinds"),
            world,
            regions,
            new Glossary(glossaryRows(dir), services, world, regions));
    t.validate();
    return t;
  }

  /**
   * The world table with the network's own labels and synonyms for its countries, so that both
   * files can never disagree on what a network country is called.
   */
  private static List<Term> world(List<Term> rows, Taxonomy network) {
    List<Term> out = new ArrayList<>(rows.size());
    for (Term row : rows) {
      Term own = network.byCode(row.code()).orElse(null);
      if (own == null) {
        out.add(row);
        continue;
      }
      Map<String, String> attributes = new HashMap<>(row.attributes());
      attributes.putAll(own.attributes());
      out.add(
          new Term(
              own.code(),
              own.en(),
              own.zh(),
              union(own.synonymsEn(), row.synonymsEn()),
              union(own.synonymsZh(), row.synonymsZh()),
              attributes));
    }
    return out;
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(s -> !out.contains(s)).forEach(out::add);
    return out;
  }

  private void validate() {
    for (Term country : countries.terms()) {
      String continent = country.attribute("continent");
      if (!continents.contains(continent)) {
        throw new IllegalStateException(
            "countries.csv: " + country.code() + " has unknown continent " + continent);
      }
      if (!world.contains(country.code())) {
        throw new IllegalStateException(
            "world-countries.csv: network country " + country.code() + " is missing");
      }
    }
    for (Term place : world.terms()) {
      String continent = place.attribute("continent");
      if (continent != null && !continent.isEmpty() && !continents.contains(continent)) {
        throw new IllegalStateException(
            "world-countries.csv: " + place.code() + " has unknown continent " + continent);
      }
    }
  }

  /** The continent code of a country, or {@code null} when the country is not in the network. */
  /** Codes of the regions {@code countryCode} belongs to, in file order; empty for none. */
  public List<String> regionsOf(String countryCode) {
    return countryCode == null
        ? List.of()
        : regions.containing(countryCode).stream().map(Region::code).toList();
  }

  public String continentOf(String countryCode) {
    return countries.byCode(countryCode).map(t -> t.attribute("continent")).orElse(null);
  }

  /** Countries of each continent, in file order. */
  public Map<String, List<Term>> countriesByContinent() {
    Map<String, List<Term>> out = new LinkedHashMap<>();
    continents.terms().forEach(c -> out.put(c.code(), new ArrayList<>()));
    countries.terms().forEach(c -> out.get(c.attribute("continent")).add(c));
    return out;
  }

  private static Taxonomy read(Path dir, String name) {
    return new Taxonomy(name, rows(dir, name));
  }

  private static List<Term> rows(Path dir, String name) {
    String file = name + ".csv";
    try (Reader reader = open(dir, file)) {
      return parse(file, new LineNumberedCsv(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read taxonomy " + file, e);
    }
  }

  private static List<GlossaryEntry> glossaryRows(Path dir) {
    try (Reader reader = open(dir, Glossary.FILE)) {
      return Glossary.parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read taxonomy " + Glossary.FILE, e);
    }
  }

  private static Reader open(Path dir, String file) throws IOException {
    if (dir != null && Files.isRegularFile(dir.resolve(file))) {
      return Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
    }
    InputStream in = Taxonomies.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file);
    if (in == null) {
      throw new IOException("missing resource " + RESOURCE_DIR + file);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  static List<Term> parse(String file, LineNumberedCsv csv) {
    LineNumberedCsv.Row header = csv.next();
    if (header == null) {
      throw new IllegalStateException(file + " is empty");
    }
    List<String> columns = header.cells();
    for (String required : List.of("code", "en", "zh", "synonyms_en", "synonyms_zh")) {
      if (!columns.contains(required)) {
        throw new IllegalStateException(file + ": missing column " + required);
      }
    }
    List<Term> terms = new ArrayList<>();
    for (LineNumberedCsv.Row row = csv.next(); row != null; row = csv.next()) {
      Map<String, String> cells = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        cells.put(columns.get(i), i < row.cells().size() ? row.cells().get(i).trim() : "");
      }
      String code = cells.remove("code");
      if (code.isEmpty()) {
        throw new IllegalStateException(file + " line " + row.line() + ": empty code");
      }
      terms.add(
          new Term(
              code,
              cells.remove("en"),
              cells.remove("zh"),
              split(cells.remove("synonyms_en")),
              split(cells.remove("synonyms_zh")),
              cells));
    }
    return terms;
  }

  private static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
