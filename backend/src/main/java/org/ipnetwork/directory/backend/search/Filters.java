package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ipnetwork.directory.backend.elasticsearch.Queries;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * The filter clauses of a search, built so that facet counts can be disjunctive: {@link
 * #except(Facet)} leaves out the facet's own selection, so choosing Germany still shows how many
 * listings France has.
 *
 * <p>The levels of a hierarchy (continent → country) filter as one facet, an OR of branches: a
 * selected value is its own branch unless a value below it is selected too (choosing Vietnam under
 * Asia narrows Asia to Vietnam). So "Asia › Vietnam plus Europe › Germany" is {@code country ∈ {VN,
 * DE}}, and "Asia plus Europe › Germany" is {@code continent = AS or country = DE}. A flat facet is
 * a hierarchy of one level, whose one branch is its selection.
 */
final class Filters {

  private final SearchParameters params;
  private final Taxonomies taxonomies;

  Filters(SearchParameters params, Taxonomies taxonomies) {
    this.params = params;
    this.taxonomies = taxonomies;
  }

  /**
   * The filters that are never disjunctive: published only, the partner scope and the distance
   * filter. They go into the query itself, so that facet counts never escape them.
   */
  List<Query> fixed() {
    List<Query> out = new ArrayList<>();
    out.add(Query.of(q -> q.term(t -> t.field("status").value(Status.PUBLISHED.code()))));
    out.addAll(params.scope().filters());
    if (params.near() != null) {
      GeoPoint p = params.near().point();
      out.add(
          Query.of(
              q ->
                  q.geoDistance(
                      g ->
                          g.field("location.geo")
                              .distance(params.near().radiusKm() + "km")
                              .location(l -> l.latlon(ll -> ll.lat(p.lat()).lon(p.lon()))))));
    }
    return out;
  }

  /** Every selection: what the hits must match. */
  List<Query> all() {
    return except(null);
  }

  /** Every selection but {@code facet}'s own (and its hierarchy's). */
  List<Query> except(Facet facet) {
    List<Query> out = new ArrayList<>();
    for (Facet root : Facet.all()) {
      if (root.root() != root || (facet != null && facet.root() == root)) {
        continue;
      }
      if (params.allOf().contains(root)) {
        // Every value must match (services named together: a firm that does all of them).
        params.selected(root).forEach(code -> out.add(Queries.terms(root.field(), List.of(code))));
      } else {
        branches(root.levels()).ifPresent(out::add);
      }
    }
    if (params.verified() != null) {
      out.add(Query.of(q -> q.term(t -> t.field("verified").value(params.verified()))));
    }
    return out;
  }

  /** The OR of the selected branches of one hierarchy ({@code levels} top first). */
  private Optional<Query> branches(List<Facet> levels) {
    List<Query> branches = new ArrayList<>();
    for (int i = levels.size() - 1; i >= 0; i--) {
      Facet level = levels.get(i);
      List<Facet> below = levels.subList(i + 1, levels.size());
      List<String> whole =
          params.selected(level).stream().filter(code -> !narrowed(level, code, below)).toList();
      if (!whole.isEmpty()) {
        branches.add(Queries.terms(level.field(), whole));
      }
    }
    if (branches.isEmpty()) {
      return Optional.empty();
    }
    if (branches.size() == 1) {
      return Optional.of(branches.get(0));
    }
    return Optional.of(Query.of(q -> q.bool(b -> b.should(branches).minimumShouldMatch("1"))));
  }

  /** Whether a value selected below {@code code} narrows it. */
  private boolean narrowed(Facet level, String code, List<Facet> below) {
    for (Facet lower : below) {
      Set<String> selected = params.selected(lower);
      if (selected.stream().anyMatch(c -> code.equals(lower.ancestorCode(level, c, taxonomies)))) {
        return true;
      }
    }
    return false;
  }
}
