package org.ipnetwork.directory.backend.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One page of results with the facet counts under the current selection.
 *
 * @param total all matching listings, not only this page
 * @param facets per facet parameter name, buckets ordered by count
 */
public record SearchResponse(
    long total, int page, int size, List<Hit> hits, Map<String, List<FacetBucket>> facets) {

  /** A code with its label in the requested language. */
  public record Labeled(String code, String label) {}

  /**
   * One listing in the results.
   *
   * @param highlight field → fragments with {@code <mark>} around matched text (HTML-escaped)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Hit(
      String id,
      Labeled kind,
      String nameZh,
      String nameEn,
      Labeled orgType,
      Labeled country,
      Labeled continent,
      String city,
      List<Labeled> services,
      List<Labeled> industries,
      boolean verified,
      Map<String, List<String>> highlight) {}

  /**
   * A facet value.
   *
   * @param parent the continent of a country bucket, for the hierarchical facet
   * @param selected whether the request selected this value
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FacetBucket(
      String code, String label, long count, boolean selected, String parent) {}
}
