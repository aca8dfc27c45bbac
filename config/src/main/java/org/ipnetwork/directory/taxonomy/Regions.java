package org.ipnetwork.directory.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regions of {@code taxonomy/regions.csv} in file order, checked against the world table: every
 * member is a known country or territory, every code is new.
 */
public final class Regions {

  private final Map<String, Region> byCode = new LinkedHashMap<>();
  private final Taxonomy taxonomy;

  /**
   * @param terms the rows as read by {@link Taxonomies} (columns kind, members and source as
   *     attributes)
   * @param world every country and territory
   */
  Regions(List<Term> terms, Taxonomy world) {
    for (Term t : terms) {
      List<String> members =
          Arrays.stream(t.attribute("members").split("\\|"))
              .map(String::trim)
              .filter(s -> !s.isEmpty())
              .toList();
      if (members.isEmpty()) {
        throw new IllegalStateException("regions.csv: " + t.code() + " has no members");
      }
      for (String m : members) {
        if (!world.contains(m)) {
          throw new IllegalStateException("regions.csv: " + t.code() + " has unknown member " + m);
        }
      }
      if (world.contains(t.code())) {
        throw new IllegalStateException("regions.csv: " + t.code() + " is a country code");
      }
      Region region =
          new Region(
              t.code(),
              t.en(),
              t.zh(),
              Region.Kind.fromCode(t.attribute("kind")),
              members,
              t.synonymsEn(),
              t.synonymsZh(),
              t.attribute("source"));
      if (byCode.putIfAbsent(region.code(), region) != null) {
        throw new IllegalStateException("regions.csv: duplicate code " + region.code());
      }
    }
    this.taxonomy = new Taxonomy("regions", terms);
  }

  public Collection<Region> all() {
    return byCode.values();
  }

  public int size() {
    return byCode.size();
  }

  public Optional<Region> byCode(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /**
   * The regions naming {@code text} (label or synonym, either language, case and width ignored).
   */
  public Optional<Region> resolve(String text) {
    return taxonomy.resolve(text).map(t -> byCode.get(t.code()));
  }

  /** The regions a country belongs to, in file order. */
  public List<Region> containing(String countryCode) {
    List<Region> out = new ArrayList<>();
    for (Region r : byCode.values()) {
      if (r.contains(countryCode)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The regions as a code list, for facets and label lookups. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }
}
