package org.ipnetwork.directory.backend.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import lombok.With;
import org.ipnetwork.directory.backend.listing.ContactsView;

/**
 * One page of results with the facet counts under the current selection.
 *
 * @param total all matching listings, not only this page
 * @param facets per facet parameter name, buckets ordered by count
 */
@With
public record SearchResponse(
    long total,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetBucket>> facets,
    String cursor,
    Interpretation interpretation,
    @JsonInclude(JsonInclude.Include.NON_NULL) Related related) {

  /**
   * What query understanding made of {@code q}.
   *
   * @param remainingText the words that named no term (filler dropped), or {@code null}
   * @param correctedQuery {@code q} with its typos corrected, when there were any
   */
  public record Interpretation(
      List<Recognized> recognized,
      String remainingText,
      @JsonInclude(JsonInclude.Include.NON_NULL) String correctedQuery) {}

  /**
   * A term named in {@code q}: a taxonomy value, a region, a glossary term's service or place, or a
   * city.
   *
   * @param facet the facet parameter ({@code country}, {@code region}, {@code service}, …), or
   *     {@code city} for a city (its country filters, nearer ranks first)
   * @param text the words of {@code q} that named it
   * @param filtered whether it acts as a filter (shown as a removable chip; {@code interpret=false}
   *     removes it), else it only boosts
   * @param corrected the text it was taken for when {@code text} was misspelt, else absent
   * @param via {@code pinyin} or {@code typo} when not found as written, else absent
   * @param source {@code glossary} or {@code city} when it came from there, else absent
   * @param inNetwork {@code false} for a country where the network has no listing, else absent
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Recognized(
      String facet,
      String code,
      String label,
      String text,
      boolean filtered,
      String corrected,
      String via,
      String source,
      Boolean inNetwork) {}

  /**
   * A looser answer for a search with fewer than three hits: the same search with one constraint
   * relaxed, without the strict answer's hits.
   */
  public record Related(Relaxation relaxation, long total, List<Hit> hits) {}

  /**
   * What was relaxed.
   *
   * @param code {@code leftover}, {@code geography}, {@code any_service} or {@code drop_service}
   * @param message what it means, in the request's language
   */
  public record Relaxation(
      String code, String message, List<FacetValue> removed, List<FacetValue> added) {}

  /** A facet value with its label. */
  public record FacetValue(String facet, String code, String label) {}

  /** A code with its label in the requested language. */
  public record Labeled(String code, String label) {}

  /**
   * One listing in the results.
   *
   * @param lastVerified ISO date of the last verification, or absent
   * @param highlight field → fragments with {@code <mark>} around matched text (HTML-escaped)
   * @param distanceKm great-circle distance from {@code near}, 0.1 km precision, or absent
   * @param contacts website, e-mail, phone (E.164) and the phone's display form, or absent
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
      Double distanceKm,
      ContactsView contacts) {}

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
