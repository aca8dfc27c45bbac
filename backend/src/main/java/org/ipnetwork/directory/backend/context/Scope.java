package org.ipnetwork.directory.backend.context;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.elasticsearch.Queries;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * The part of the directory a request may see: per facet, the codes it is fixed to (an embedding
 * partner showing only Southeast Asia, only new-energy industries). Built once per request by the
 * partner filter and handed to controllers as a typed argument; {@link #NONE} sees everything.
 *
 * <p>Its rules hold for every endpoint alike: {@link #filters()} keep results and facet counts
 * inside it, {@link #inside} and {@link #requireInside} check a value, {@link #admits} checks one
 * listing. Within a hierarchy the levels constrain each other: a scope on Asia lets in Vietnam but
 * not Germany, a scope on Vietnam lets in Asia (as the way to Vietnam) but not Europe.
 */
public final class Scope {

  /** Where the partner filter puts the request's scope on the exchange. */
  public static final String ATTRIBUTE = Scope.class.getName();

  public static final Scope NONE = new Scope(new EnumMap<>(Facet.class), null);

  private final Map<Facet, Set<String>> fixed;
  private final Taxonomies taxonomies;

  private Scope(Map<Facet, Set<String>> fixed, Taxonomies taxonomies) {
    this.fixed = Collections.unmodifiableMap(fixed);
    this.taxonomies = taxonomies;
  }

  /** A scope fixing each named facet to its codes (kept in the given order). */
  public static Scope of(Map<Facet, ? extends Collection<String>> fixed, Taxonomies taxonomies) {
    Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    fixed.forEach(
        (facet, codes) -> copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(codes))));
    return copy.isEmpty() ? NONE : new Scope(copy, taxonomies);
  }

  /**
   * The scope in its stored form (a partner's: facet parameter name → codes). A name that is no
   * facet is refused rather than skipped, so that a damaged record never widens what is shown.
   *
   * @throws IllegalArgumentException naming the unknown facet
   */
  public static Scope fromStored(
      Map<String, ? extends Collection<String>> stored, Taxonomies taxonomies) {
    Map<Facet, Collection<String>> fixed = new EnumMap<>(Facet.class);
    stored.forEach(
        (parameter, codes) ->
            fixed.put(
                Facet.byParameter(parameter)
                    .orElseThrow(
                        () -> new IllegalArgumentException("scope on unknown facet " + parameter)),
                codes));
    return of(fixed, taxonomies);
  }

  public boolean unscoped() {
    return fixed.isEmpty();
  }

  /** The codes per fixed facet. */
  public Map<Facet, Set<String>> fixed() {
    return fixed;
  }

  /** Whether {@code code} of {@code facet} can be seen inside the scope. */
  public boolean inside(Facet facet, String code) {
    Set<String> own = fixed.get(facet);
    if (own != null && !own.contains(code)) {
      return false;
    }
    for (Map.Entry<Facet, Set<String>> e : fixed.entrySet()) {
      Facet other = e.getKey();
      if (other == facet || other.root() != facet.root()) {
        continue;
      }
      boolean related =
          facet.within(other)
              // A level above the scoped one: the value must lie above some scoped code.
              ? e.getValue().contains(facet.ancestorCode(other, code, taxonomies))
              // A level below: the value must be one of the scoped codes' ancestors.
              : e.getValue().stream()
                  .anyMatch(c -> code.equals(other.ancestorCode(facet, c, taxonomies)));
      if (!related) {
        return false;
      }
    }
    return true;
  }

  /** A requested value outside the scope is a 400 naming the parameter. */
  public void requireInside(Facet facet, String code) {
    if (!inside(facet, code)) {
      throw new InvalidParameterException(
          facet.parameter(),
          facet.parameter() + " '" + code + "' is outside what this partner's directory shows.");
    }
  }

  /** One {@code terms} filter per scoped facet; they go into the query, never the post_filter. */
  public List<Query> filters() {
    List<Query> out = new ArrayList<>();
    fixed.forEach((facet, codes) -> out.add(Queries.terms(facet.field(), codes)));
    return out;
  }

  /** The same rules as {@link #filters()}, on one listing. */
  public boolean admits(Listing listing) {
    for (Map.Entry<Facet, Set<String>> e : fixed.entrySet()) {
      if (e.getKey().values(listing, taxonomies).stream().noneMatch(e.getValue()::contains)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scope s && s.fixed.equals(fixed);
  }

  @Override
  public int hashCode() {
    return fixed.hashCode();
  }

  @Override
  public String toString() {
    return "Scope" + fixed;
  }
}
