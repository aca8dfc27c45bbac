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
    long total,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetBucket>> facets,
    String cursor,
    Interpretation interpretation) {

  /**
   * What query understanding made of {@code q}.
   *
   * @param remainingText the words that named no taxonomy term, or {@code null}
   */
  public record Interpretation(List<Recognized> recognized, String remainingText) {}

  /**
   * A taxonomy term named in {@code q}.
   *
   * @param facet the facet parameter ({@code country}, {@code service}, …)
   * @param text the words of {@code q} that named it
   * @param filtered whether it acts as a filter (shown as a removable chip; {@code interpret=false}
   *     removes it), else it only boosts
   */
  public record Recognized(
      String facet, String code, String label, String text, boolean filtered) {}

  /** A code with its label in the requested language. */
  public record Labeled(String code, String label) {}

  /**
   * One listing in the results.
   *
   * @param lastVerified ISO date of the last verification, or absent
   * @param highlight field → fragments with {@code <mark>} around matched text (HTML-escaped)
   * @param distanceKm great-circle distance from {@code near}, 0.1 km precision, or absent
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
      String lastVerified,
      Map<String, List<String>> highlight,
      Double distanceKm) {}

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
