package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TermsQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * The filter clauses of a search, built so that facet counts can be disjunctive: {@link
 * #except(Facet)} leaves out the facet's own selection, so choosing Germany still shows how many
 * listings France has.
 *
 * <p>Continent and country form one hierarchy. The geographic filter is an OR of branches: a
 * selected country is its own branch; a selected continent is a branch only when none of its
 * countries is selected (choosing Vietnam under Asia narrows Asia to Vietnam). So "Asia › Vietnam
 * plus Europe › Germany" is {@code country ∈ {VN, DE}}, and "Asia plus Europe › Germany" is {@code
 * continent = AS or country = DE}.
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
    out.addAll(new ScopeRules(params.scope(), taxonomies).filters());
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

  /** Every selection but {@code facet}'s own (and its hierarchy's, for geography). */
  List<Query> except(Facet facet) {
    List<Query> out = new ArrayList<>();
    if (facet == null || !facet.geographic()) {
      geography().ifPresent(out::add);
    }
    for (Facet f : Facet.values()) {
      if (f.geographic() || f == facet) {
        continue;
      }
      Set<String> codes = params.selected(f);
      if (!codes.isEmpty()) {
        out.add(terms(f.field(), codes));
      }
    }
    if (params.verified() != null) {
      out.add(Query.of(q -> q.term(t -> t.field("verified").value(params.verified()))));
    }
    return out;
  }

  private java.util.Optional<Query> geography() {
    Set<String> countries = params.selected(Facet.COUNTRY);
    List<String> wholeContinents =
        params.selected(Facet.CONTINENT).stream()
            .filter(c -> countries.stream().noneMatch(k -> c.equals(taxonomies.continentOf(k))))
            .toList();
    List<Query> branches = new ArrayList<>();
    if (!countries.isEmpty()) {
      branches.add(terms(Facet.COUNTRY.field(), countries));
    }
    if (!wholeContinents.isEmpty()) {
      branches.add(terms(Facet.CONTINENT.field(), wholeContinents));
    }
    if (branches.isEmpty()) {
      return java.util.Optional.empty();
    }
    if (branches.size() == 1) {
      return java.util.Optional.of(branches.get(0));
    }
    return java.util.Optional.of(
        Query.of(q -> q.bool(b -> b.should(branches).minimumShouldMatch("1"))));
  }

  static Query terms(String field, java.util.Collection<String> values) {
    List<FieldValue> v = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(TermsQuery.of(t -> t.field(field).terms(ts -> ts.value(v)))));
  }
}
