package org.ipnetwork.directory.backend.taxonomy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Every code list with labels in both languages, countries nested in their continents. */
public record TaxonomiesView(
    List<Entry> continents,
    List<Entry> services,
    List<Entry> industries,
    List<Entry> orgTypes,
    List<Entry> kinds,
    List<Entry> languages) {

  /**
   * One value.
   *
   * @param label the label in the requested language
   * @param countries only on continents
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(String code, String label, String zh, String en, List<Entry> countries) {}
}
