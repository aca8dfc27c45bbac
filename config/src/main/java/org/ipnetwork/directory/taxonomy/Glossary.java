package org.ipnetwork.directory.taxonomy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipnetwork.directory.csv.LineNumberedCsv;

/**
 * The IP glossary of {@code taxonomy/glossary.csv} (columns id, terms_zh, terms_en, services,
 * country, note_en, note_zh), checked at load: services exist, the country is a country or a
 * region.
 */
public final class Glossary {

  static final String FILE = "glossary.csv";

  private static final List<String> COLUMNS =
      List.of("id", "terms_zh", "terms_en", "services", "country", "note_en", "note_zh");

  private final Map<String, GlossaryEntry> byId = new LinkedHashMap<>();

  Glossary(List<GlossaryEntry> entries, Taxonomy services, Taxonomy world, Regions regions) {
    for (GlossaryEntry e : entries) {
      if (e.services().isEmpty()) {
        throw new IllegalStateException(FILE + ": " + e.id() + " has no service");
      }
      for (String s : e.services()) {
        if (!services.contains(s)) {
          throw new IllegalStateException(FILE + ": " + e.id() + " has unknown service " + s);
        }
      }
      if (e.country() != null
          && !world.contains(e.country())
          && regions.byCode(e.country()).isEmpty()) {
        throw new IllegalStateException(
            FILE + ": " + e.id() + " has unknown country or region " + e.country());
      }
      if (e.terms().isEmpty()) {
        throw new IllegalStateException(FILE + ": " + e.id() + " has no term");
      }
      if (byId.putIfAbsent(e.id(), e) != null) {
        throw new IllegalStateException(FILE + ": duplicate id " + e.id());
      }
    }
  }

  public Collection<GlossaryEntry> entries() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }

  public Optional<GlossaryEntry> byId(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  static List<GlossaryEntry> parse(Reader reader) {
    try (LineNumberedCsv csv = new LineNumberedCsv(reader)) {
      LineNumberedCsv.Row header = csv.next();
      if (header == null || !header.cells().equals(COLUMNS)) {
        throw new IllegalStateException(FILE + ": header must be " + String.join(",", COLUMNS));
      }
      List<GlossaryEntry> out = new ArrayList<>();
      for (LineNumberedCsv.Row row = csv.next(); row != null; row = csv.next()) {
        List<String> c = row.cells();
        if (c.size() != COLUMNS.size()) {
          throw new IllegalStateException(
              FILE + " line " + row.line() + ": " + COLUMNS.size() + " columns expected");
        }
        String country = c.get(4).trim();
        out.add(
            new GlossaryEntry(
                c.get(0).trim(),
                split(c.get(1)),
                split(c.get(2)),
                split(c.get(3)),
                country.isEmpty() ? null : country,
                c.get(5).trim(),
                c.get(6).trim()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
