package org.ipnetwork.directory.backend.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One public search as it was asked and answered, for the search log: what was looked for, what
 * query understanding made of it, and whether anything was found. It holds nothing that identifies
 * a visitor (no address, cookie or user agent); a partner's id only tells which site it came from.
 *
 * @param at when the search was answered
 * @param q the cleaned query text, or {@code null}
 * @param queryKey {@code q} folded (NFKC, lower case) so that spellings of one query count together
 * @param understood facet parameter → codes recognised in {@code q}
 * @param selected facet parameter → codes the search filtered on (chosen or understood)
 * @param verified the verified filter, or {@code null}
 * @param near whether the search was near a place
 * @param total listings found
 * @param zeroResult nothing was found
 * @param relaxed so few were found that a related answer was looked for
 * @param relaxation the related answer's relaxation ({@code leftover}, {@code geography}, …), or
 *     {@code null} when none was found or needed
 * @param partnerId the embedding partner, or {@code null}
 * @param lang the answer's language
 * @param channel {@code api} (the page, the widget, API clients) or {@code frame} (the no-JS frame)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchEvent(
    Instant at,
    String q,
    String queryKey,
    Map<String, List<String>> understood,
    Map<String, List<String>> selected,
    Boolean verified,
    boolean near,
    long total,
    boolean zeroResult,
    boolean relaxed,
    String relaxation,
    String partnerId,
    String lang,
    String channel) {

  /** Where a search came in. */
  public enum Channel {
    API,
    FRAME,
    /** The public page's first search, answered into its HTML. */
    PAGE;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
