package org.ipnetwork.directory.backend.taxonomy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Every code list with labels in both languages, countries nested in their continents, and the
 * facets a search is filtered by.
 *
 * @param facets every facet, in display order: the page builds its filters and URLs from this
 */
public record TaxonomiesView(
    List<Entry> continents,
    List<Entry> services,
    List<Entry> industries,
    List<Entry> orgTypes,
    List<Entry> kinds,
    List<Entry> languages,
    List<FacetEntry> facets) {

  /**
   * One value.
   *
   * @param label the label in the requested language
   * @param countries only on continents
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(String code, String label, String zh, String en, List<Entry> countries) {}

  /**
   * A facet.
   *
   * @param parameter its request parameter and its key in a search answer's {@code facets}
   * @param parent the facet one level up in its hierarchy ({@code continent} for {@code country}),
   *     {@code null} for a top level or a flat list
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record FacetEntry(String parameter, String parent) {}
}
