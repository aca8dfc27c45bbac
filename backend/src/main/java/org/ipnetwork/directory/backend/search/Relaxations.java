package org.ipnetwork.directory.backend.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.taxonomy.Region;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Term;

/**
 * No dead ends: when a search finds fewer than {@link #FEW} listings, the ways to loosen it by one
 * constraint, in the order they are tried (docs/search.md, "Related answers"):
 *
 * <ol>
 *   <li><b>leftover</b> — the text was required (nothing in it was understood): one word of it is
 *       enough;
 *   <li><b>any_service</b> — services named together: any of them instead of all, in the same place
 *       (those offering more of them first, by their boosts);
 *   <li><b>geography</b> — a country widens to the smallest region or group around it where the
 *       network has someone else (Macao → the Greater Bay Area, Brunei → ASEAN), nearest first; a
 *       region widens to its continents; a continent to everywhere;
 *   <li><b>drop_service</b> — the rarest selected service is dropped.
 * </ol>
 *
 * The first that finds anything is the answer's {@code related} block; the strict {@code total}
 * stays as it was.
 */
final class Relaxations {

  /** Fewer hits than this and the answer gets a related block. */
  static final int FEW = 3;

  /** One way to loosen a search, with what it removed and added, for the message. */
  record Candidate(
      String code, SearchParameters params, List<Value> removed, List<Value> added, long strict) {}

  /** A facet value named in a relaxation. */
  record Value(Facet facet, String code) {}

  private final Taxonomies taxonomies;

  Relaxations(Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
  }

  /**
   * The candidates for {@code p}, whose strict answer had {@code hits} (ids) of {@code total}; the
   * service counts are the strict answer's disjunctive service facet ({@code code → count}).
   */
  List<Candidate> candidates(
      SearchParameters p, long total, Set<String> hits, Map<String, Long> serviceCounts) {
    SearchParameters base =
        p.withPage(1).withCursor(null).withRelaxed(new SearchParameters.Relaxed(false, null, hits));
    List<Candidate> out = new ArrayList<>();
    if (p.q() != null && p.interpretation().matches().isEmpty()) {
      out.add(
          new Candidate(
              "leftover",
              base.withRelaxed(new SearchParameters.Relaxed(true, null, hits)),
              List.of(),
              List.of(),
              total));
    }
    if (p.allOf().contains(Facet.SERVICE)) {
      Set<Facet> allOf = EnumSet.noneOf(Facet.class);
      allOf.addAll(p.allOf());
      allOf.remove(Facet.SERVICE);
      out.add(new Candidate("any_service", base.withAllOf(allOf), List.of(), List.of(), total));
    }
    geography(base, total).ifPresent(out::add);
    rarestService(p, serviceCounts)
        .ifPresent(
            s -> {
              Map<Facet, Set<String>> selected = copy(p.selected());
              selected.get(Facet.SERVICE).remove(s);
              if (selected.get(Facet.SERVICE).isEmpty()) {
                selected.remove(Facet.SERVICE);
              }
              out.add(
                  new Candidate(
                      "drop_service",
                      base.withSelected(selected),
                      List.of(new Value(Facet.SERVICE, s)),
                      List.of(),
                      total));
            });
    return out;
  }

  private Optional<Candidate> geography(SearchParameters p, long total) {
    Set<String> countries = p.selected(Facet.COUNTRY);
    Set<String> regions = p.selected(Facet.REGION);
    Set<String> continents = p.selected(Facet.CONTINENT);
    Map<Facet, Set<String>> selected = copy(p.selected());
    List<Value> removed = new ArrayList<>();
    List<Value> added = new ArrayList<>();
    GeoPoint origin = null;
    if (!countries.isEmpty()) {
      Set<String> around = new LinkedHashSet<>();
      for (String country : countries) {
        around(country).ifPresent(r -> around.add(r.code()));
        removed.add(new Value(Facet.COUNTRY, country));
      }
      if (around.isEmpty()) {
        return Optional.empty();
      }
      origin = centre(countries.iterator().next());
      selected.remove(Facet.COUNTRY);
      selected.remove(Facet.CONTINENT);
      selected.put(Facet.REGION, around);
      around.forEach(r -> added.add(new Value(Facet.REGION, r)));
    } else if (!regions.isEmpty()) {
      Set<String> wider = new LinkedHashSet<>();
      for (String code : regions) {
        taxonomies.regions().byCode(code).ifPresent(r -> wider.addAll(continentsOf(r)));
        removed.add(new Value(Facet.REGION, code));
      }
      selected.remove(Facet.REGION);
      selected.put(Facet.CONTINENT, wider);
      wider.forEach(c -> added.add(new Value(Facet.CONTINENT, c)));
    } else if (!continents.isEmpty()) {
      continents.forEach(c -> removed.add(new Value(Facet.CONTINENT, c)));
      selected.remove(Facet.CONTINENT);
    } else {
      return Optional.empty();
    }
    SearchParameters.Relaxed relaxed =
        new SearchParameters.Relaxed(false, origin, p.relaxed().exclude());
    return Optional.of(
        new Candidate(
            "geography", p.withSelected(selected).withRelaxed(relaxed), removed, added, total));
  }

  /**
   * The smallest sub-region or group around {@code country} holding another network country: the
   * neighbourhood a visitor would accept instead (Macao → the Greater Bay Area). Regional IP
   * systems are left out: sharing a patent office says little about distance.
   */
  Optional<Region> around(String country) {
    return taxonomies.regions().containing(country).stream()
        .filter(r -> r.kind() != Region.Kind.IP_SYSTEM)
        .filter(
            r ->
                r.members().stream()
                    .anyMatch(m -> !m.equals(country) && taxonomies.countries().contains(m)))
        .min(Comparator.comparingInt(r -> r.members().size()));
  }

  private Set<String> continentsOf(Region region) {
    Set<String> out = new LinkedHashSet<>();
    for (String member : region.members()) {
      String continent = taxonomies.continentOf(member);
      if (continent != null) {
        out.add(continent);
      }
    }
    return out;
  }

  private GeoPoint centre(String country) {
    Optional<Term> term = taxonomies.world().byCode(country);
    if (term.isEmpty()) {
      term = taxonomies.countries().byCode(country);
    }
    return term.map(
            t -> {
              try {
                return new GeoPoint(
                    Double.parseDouble(t.attribute("latitude")),
                    Double.parseDouble(t.attribute("longitude")));
              } catch (RuntimeException e) {
                return null;
              }
            })
        .orElse(null);
  }

  private static Optional<String> rarestService(SearchParameters p, Map<String, Long> counts) {
    return p.selected(Facet.SERVICE).stream()
        .min(Comparator.comparingLong(s -> counts.getOrDefault(s, 0L)));
  }

  private static Map<Facet, Set<String>> copy(Map<Facet, Set<String>> selected) {
    Map<Facet, Set<String>> out = new EnumMap<>(Facet.class);
    selected.forEach((f, codes) -> out.put(f, new LinkedHashSet<>(codes)));
    return out;
  }
}
