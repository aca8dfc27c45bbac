package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * What a {@link SearchScope} allows, for every endpoint: the plain filters that keep results (and
 * facet counts) inside it, the check of a requested value, and the check of one listing. A scope
 * naming an unknown facet fails closed.
 */
public final class ScopeRules {

  private final Map<Facet, Set<String>> fixed = new java.util.EnumMap<>(Facet.class);
  private final Taxonomies taxonomies;

  public ScopeRules(SearchScope scope, Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
    scope
        .fixed()
        .forEach(
            (parameter, codes) ->
                fixed.put(
                    Facet.byParameter(parameter)
                        .orElseThrow(
                            () -> new IllegalStateException("scope on unknown facet " + parameter)),
                    Set.copyOf(codes)));
  }

  /** Whether {@code code} of the facet named {@code parameter} can be seen inside the scope. */
  public boolean allows(String parameter, String code) {
    return Facet.byParameter(parameter).map(f -> inside(f, code)).orElse(false);
  }

  boolean inside(Facet facet, String code) {
    Set<String> own = fixed.get(facet);
    if (own != null && !own.contains(code)) {
      return false;
    }
    Set<String> continents = fixed.get(Facet.CONTINENT);
    if (facet == Facet.COUNTRY && continents != null) {
      return continents.contains(taxonomies.continentOf(code));
    }
    Set<String> countries = fixed.get(Facet.COUNTRY);
    if (facet == Facet.CONTINENT && countries != null) {
      return countries.stream().anyMatch(c -> code.equals(taxonomies.continentOf(c)));
    }
    return true;
  }

  /** A requested value outside the scope is a 400 naming the parameter. */
  void requireInside(Facet facet, String code) {
    if (!inside(facet, code)) {
      throw new InvalidParameterException(
          facet.parameter(),
          facet.parameter() + " '" + code + "' is outside what this partner's directory shows.");
    }
  }

  /** One {@code terms} filter per scoped facet; they go into the query, never the post_filter. */
  public List<Query> filters() {
    List<Query> out = new ArrayList<>();
    fixed.forEach((facet, codes) -> out.add(Filters.terms(facet.field(), codes)));
    return out;
  }

  /** The same rules as {@link #filters()}, on one listing. */
  public boolean admits(Listing listing) {
    for (var e : fixed.entrySet()) {
      if (values(e.getKey(), listing).stream().noneMatch(e.getValue()::contains)) {
        return false;
      }
    }
    return true;
  }

  private List<String> values(Facet facet, Listing l) {
    String country = l.location() == null ? null : l.location().country();
    List<String> out =
        switch (facet) {
          case COUNTRY -> country == null ? List.of() : List.of(country);
          case CONTINENT -> {
            String c = taxonomies.continentOf(country);
            yield c == null ? List.of() : List.of(c);
          }
          case INDUSTRY -> l.industries();
          case SERVICE -> l.services();
          case KIND -> l.kind() == null ? List.of() : List.of(l.kind().code());
          case ORG_TYPE -> l.orgType() == null ? List.of() : List.of(l.orgType());
          case LANGUAGE -> l.languages();
        };
    return out;
  }
}
