package org.ipnetwork.directory.backend.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * Facet counts that follow from the country counts, so the node need not make them.
 *
 * <ul>
 *   <li>Continent and country are one hierarchy: their counts leave out the same selection, so they
 *       count the same listings, and a listing's continent is its country's (it is derived from the
 *       country when the listing is written). Continent counts are always sums of country counts.
 *   <li>A listing's regions are its country's too, but regions are a facet of their own: their
 *       counts leave out the region selection, the country counts the country's. The two leave out
 *       the same thing only when nothing geographic is selected.
 * </ul>
 *
 * <p>Counting is what a search spends most of its time on at a million listings, and the region
 * field is multi-valued, which makes it one of the costliest facets to count (docs/performance.md,
 * "Search at 100,000 and 1,000,000 listings"); the country field is single-valued and cheap.
 *
 * <p>Both sums rest on the index having been written with the taxonomies the backend reads. A
 * changed {@code regions.csv} needs a rebuild anyway: until then the region filters would not find
 * the new members either.
 */
final class DerivedFacets {

  /**
   * Buckets of the country counts: room for every ISO 3166-1 code (249), so that the counts are
   * complete whatever countries the listings hold, and the sums leave none out.
   */
  static final int COUNTRY_BUCKETS = 300;

  /** One value's count, in the order Elasticsearch gives them: by count, then by code. */
  record Count(String code, long count) {
    static final Comparator<Count> ORDER =
        Comparator.comparingLong(Count::count).reversed().thenComparing(Count::code);
  }

  private DerivedFacets() {}

  /** Whether {@code facet}'s counts are summed from the country counts for this search. */
  static boolean derived(Facet facet, SearchParameters p) {
    return switch (facet) {
      case CONTINENT -> true;
      case REGION -> !selects(p, Facet.REGION) && !selects(p, Facet.COUNTRY);
      default -> false;
    };
  }

  /** Whether anything is selected in {@code facet}'s hierarchy. */
  private static boolean selects(SearchParameters p, Facet facet) {
    return facet.root().levels().stream().anyMatch(level -> !p.selected(level).isEmpty());
  }

  /** The counts of a {@link #derived} facet, from the country counts of the same search. */
  static List<Count> counts(Facet facet, List<Count> countries, Taxonomies taxonomies) {
    Map<String, Long> sums = new LinkedHashMap<>();
    for (Count country : countries) {
      List<String> codes =
          switch (facet) {
            case CONTINENT -> {
              String continent = taxonomies.continentOf(country.code());
              yield continent == null ? List.of() : List.of(continent);
            }
            case REGION -> taxonomies.regionsOf(country.code());
            default -> throw new IllegalArgumentException(facet + " is counted by the node");
          };
      codes.forEach(code -> sums.merge(code, country.count(), Long::sum));
    }
    List<Count> out = new ArrayList<>();
    sums.forEach((code, count) -> out.add(new Count(code, count)));
    out.sort(Count.ORDER);
    return out;
  }
}
