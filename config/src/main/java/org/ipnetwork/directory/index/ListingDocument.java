package org.ipnetwork.directory.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import org.ipnetwork.directory.listing.Listing;

/**
 * What is stored in the {@code listings} index: the listing itself plus fields derived for search.
 * Readers map hits back to {@link Listing}, which ignores the derived fields.
 *
 * @param continent continent code of the listing's country, for the hierarchical facet
 * @param regions codes of the regions, groups and IP systems the country belongs to, for the region
 *     facet and filter
 * @param verified whether anyone has verified the listing, for the {@code verified} filter
 * @param taxonomy labels and synonyms of the listing's codes, so that "德国 商标" finds a German
 *     trademark firm whose own text is only in English
 * @param suggest completion inputs: names and taxonomy labels (only for published listings)
 * @param nameSortZh {@link ChineseSortKey} of the name, for {@code sort=name} in Chinese (pinyin)
 * @param indexedAt when the writer sent this copy (its clock), unlike {@code updatedAt}, which is
 *     the listing's own time and may be old for an imported row: a rebuild's catch-up finds the
 *     writes made while it copied by this field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ListingDocument(
    @JsonUnwrapped Listing listing,
    String continent,
    List<String> regions,
    boolean verified,
    TaxonomyText taxonomy,
    List<String> suggest,
    String nameSortZh,
    Instant indexedAt) {

  /** The field of {@link #indexedAt()} in the index. */
  public static final String INDEXED_AT = "indexedAt";

  /** This document as written at {@code at}. */
  public ListingDocument writtenAt(Instant at) {
    return new ListingDocument(
        listing, continent, regions, verified, taxonomy, suggest, nameSortZh, at);
  }

  /** The field of {@link #nameSortZh()} in the index. */
  public static final String NAME_SORT_ZH = "nameSortZh";

  /** Taxonomy labels in each language, kept apart so that each gets its own analysis. */
  public record TaxonomyText(List<String> zh, List<String> en) {}
}
