package org.ipnetwork.directory.facet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;

/**
 * The dimensions a listing is filtered and counted by, defined once, in display order: the request
 * parameter, the indexed field, the taxonomy that labels the codes and how a listing's codes are
 * read. The search parameters, facet counts, partner scopes, OpenAPI document, the page's facet
 * list ({@code GET /api/v1/taxonomies}) and the no-JS frame's form are all derived from here.
 *
 * <p>Geography is a hierarchy of facets: each level names its parent and how a code finds its
 * parent's code (a country its continent). The hierarchy is data, so that a level can be added
 * between two others without touching the rules that walk it (disjunctive branches, scopes).
 */
public enum Facet {
  CONTINENT(
      "continent",
      "continent",
      Taxonomies::continents,
      (listing, t) -> one(t.continentOf(country(listing))),
      "Continent codes: AS, EU, AF, NA, SA, OC.",
      true,
      Parent.NONE),
  COUNTRY(
      "country",
      "location.country",
      Taxonomies::countries,
      (listing, t) -> one(country(listing)),
      "ISO 3166-1 alpha-2 codes, e.g. DE,FR (see /taxonomies).",
      true,
      new Parent(CONTINENT, Taxonomies::continentOf)),
  /**
   * Sub-regions, economic groups and regional IP systems ({@code regions.csv}). They overlap (the
   * EU lies inside the EPO states, ASEAN inside RCEP), so they cannot be one level of the continent
   * → country tree: they are a geography facet of their own, multi-valued per listing, derived from
   * the listing's country when it is written.
   */
  REGION(
      "region",
      "regions",
      t -> t.regions().taxonomy(),
      (listing, t) -> t.regionsOf(country(listing)),
      "Region, group and IP-system codes, e.g. asean, eu, epo, gba (see /taxonomies).",
      false,
      Parent.NONE),
  INDUSTRY(
      "industry",
      "industries",
      Taxonomies::industries,
      (listing, t) -> listing.industries(),
      "Industry codes.",
      false,
      Parent.NONE),
  SERVICE(
      "service",
      "services",
      Taxonomies::services,
      (listing, t) -> listing.services(),
      "Service codes, e.g. trademark.",
      true,
      Parent.NONE),
  KIND(
      "kind",
      "kind",
      Taxonomies::kinds,
      (listing, t) -> one(listing.kind() == null ? null : listing.kind().code()),
      "provider, workstation, mediation_centre.",
      true,
      Parent.NONE),
  ORG_TYPE(
      "orgType",
      "orgType",
      Taxonomies::orgTypes,
      (listing, t) -> one(listing.orgType()),
      "Organisation type codes.",
      false,
      Parent.NONE),
  LANGUAGE(
      "language",
      "languages",
      Taxonomies::languages,
      (listing, t) -> listing.languages(),
      "ISO 639-1 codes of working languages.",
      false,
      Parent.NONE);

  private static final List<Facet> ALL = List.of(values());

  private final String parameter;
  private final String field;
  private final Function<Taxonomies, Taxonomy> taxonomy;
  private final BiFunction<Listing, Taxonomies, List<String>> values;
  private final String codes;
  private final boolean compact;
  private final Facet parent;
  private final BiFunction<Taxonomies, String, String> parentCode;

  Facet(
      String parameter,
      String field,
      Function<Taxonomies, Taxonomy> taxonomy,
      BiFunction<Listing, Taxonomies, List<String>> values,
      String codes,
      boolean compact,
      Parent parent) {
    this.parameter = parameter;
    this.field = field;
    this.taxonomy = taxonomy;
    this.values = values;
    this.codes = codes;
    this.compact = compact;
    this.parent = parent.facet();
    this.parentCode = parent.code();
  }

  /**
   * A facet's place in a hierarchy: the level above it and how a code finds its code there.
   *
   * @param facet the level above, or {@code null} at the top of a hierarchy or outside one
   */
  record Parent(Facet facet, BiFunction<Taxonomies, String, String> code) {
    static final Parent NONE = new Parent(null, (taxonomies, code) -> null);
  }

  /** The name of the request parameter, of the facet in answers and of a partner scope's key. */
  public String parameter() {
    return parameter;
  }

  /** The keyword field of the listings index that holds the codes. */
  public String field() {
    return field;
  }

  public Taxonomy taxonomy(Taxonomies taxonomies) {
    return taxonomy.apply(taxonomies);
  }

  /** The listing's codes of this facet, as the index holds them in {@link #field()}. */
  public List<String> values(Listing listing, Taxonomies taxonomies) {
    return values.apply(listing, taxonomies);
  }

  /** What the codes are, for the API documentation. */
  public String codes() {
    return codes;
  }

  /** Offered by the compact forms (the no-JS frame): geography, service and kind only. */
  public boolean compact() {
    return compact;
  }

  /** The level above this one in its hierarchy. */
  public Optional<Facet> parent() {
    return Optional.ofNullable(parent);
  }

  /** The top of this facet's hierarchy; a facet outside any hierarchy is its own. */
  public Facet root() {
    return parent == null ? this : parent.root();
  }

  /** Whether this facet is one level of a hierarchy (geography), rather than a flat list. */
  public boolean hierarchical() {
    return parent != null || ALL.stream().anyMatch(f -> f.parent == this);
  }

  /** The levels of this facet's hierarchy, top first; just this facet outside a hierarchy. */
  public List<Facet> levels() {
    List<Facet> out = new ArrayList<>();
    for (Facet f : ALL) {
      if (f.root() == root()) {
        out.add(f);
      }
    }
    out.sort((a, b) -> Integer.compare(a.depth(), b.depth()));
    return out;
  }

  /** Whether {@code other} is this facet or lies above it in the hierarchy. */
  public boolean within(Facet other) {
    return this == other || (parent != null && parent.within(other));
  }

  /**
   * The code of {@code code}'s ancestor at the level {@code ancestor} (a country's continent), or
   * {@code null} when that level is not above this one or the code is unknown.
   */
  public String ancestorCode(Facet ancestor, String code, Taxonomies taxonomies) {
    if (ancestor == this) {
      return code;
    }
    if (parent == null || code == null) {
      return null;
    }
    return parent.ancestorCode(ancestor, parentCode.apply(taxonomies, code), taxonomies);
  }

  /** The code of the level above ({@link #parent()}), or {@code null} at the top. */
  public String parentCode(String code, Taxonomies taxonomies) {
    return parent == null ? null : parentCode.apply(taxonomies, code);
  }

  private int depth() {
    return parent == null ? 0 : parent.depth() + 1;
  }

  public static List<Facet> all() {
    return ALL;
  }

  public static Optional<Facet> byParameter(String parameter) {
    for (Facet f : ALL) {
      if (f.parameter.equals(parameter)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The parameter names, in display order. */
  public static List<String> parameters() {
    return ALL.stream().map(Facet::parameter).toList();
  }

  private static String country(Listing listing) {
    return listing.location() == null ? null : listing.location().country();
  }

  private static List<String> one(String code) {
    return code == null ? List.of() : List.of(code);
  }
}
