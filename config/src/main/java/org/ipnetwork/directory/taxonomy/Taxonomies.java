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
 */
public record Taxonomies(
    Taxonomy continents,
    Taxonomy countries,
    Taxonomy services,
    Taxonomy industries,
    Taxonomy orgTypes,
    Taxonomy languages,
    Taxonomy kinds) {

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
    Taxonomies t =
        new Taxonomies(
            read(dir, "continents"),
            read(dir, "countries"),
            read(dir, "services"),
            read(dir, "industries"),
            read(dir, "org-types"),
            read(dir, "languages"),
            read(dir, "kinds"));
    t.validate();
    return t;
  }

  private void validate() {
    for (Term country : countries.terms()) {
      String continent = country.attribute("continent");
      if (!continents.contains(continent)) {
        throw new IllegalStateException(
            "countries.csv: " + country.code() + " has unknown continent " + continent);
      }
    }
  }

  /** The continent code of a country, or {@code null} when the country is not in the network. */
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
    String file = name + ".csv";
    try (Reader reader = open(dir, file)) {
      return new Taxonomy(name, parse(file, new LineNumberedCsv(reader)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read taxonomy " + file, e);
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
