package org.ipnetwork.directory.backend.search;

import java.util.Optional;
import java.util.function.Function;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;

/**
 * The facets of a search: request parameter, indexed field and the taxonomy that labels its values.
 * Continent and country together form one hierarchical facet (see {@link Filters}).
 */
enum Facet {
  CONTINENT("continent", "continent", Taxonomies::continents),
  COUNTRY("country", "location.country", Taxonomies::countries),
  INDUSTRY("industry", "industries", Taxonomies::industries),
  SERVICE("service", "services", Taxonomies::services),
  KIND("kind", "kind", Taxonomies::kinds),
  ORG_TYPE("orgType", "orgType", Taxonomies::orgTypes),
  LANGUAGE("language", "languages", Taxonomies::languages);

  private final String parameter;
  private final String field;
  private final Function<Taxonomies, Taxonomy> taxonomy;

  Facet(String parameter, String field, Function<Taxonomies, Taxonomy> taxonomy) {
    this.parameter = parameter;
    this.field = field;
    this.taxonomy = taxonomy;
  }

  String parameter() {
    return parameter;
  }

  String field() {
    return field;
  }

  Taxonomy taxonomy(Taxonomies taxonomies) {
    return taxonomy.apply(taxonomies);
  }

  /** Whether this facet is part of the continent → country hierarchy. */
  boolean geographic() {
    return this == CONTINENT || this == COUNTRY;
  }

  static Optional<Facet> byParameter(String parameter) {
    for (Facet f : values()) {
      if (f.parameter.equals(parameter)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
