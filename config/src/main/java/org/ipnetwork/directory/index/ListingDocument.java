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
 * @param suggest completion inputs: names, their word starts, the simplified Chinese name and its
 *     pinyin (only for published listings)
 * @param nameSortZh {@link ChineseSortKey} of the name, for {@code sort=name} in Chinese (pinyin)
 * @param simplified the Chinese text in simplified characters, only where the listing writes
 *     traditional ones (Hong Kong, Macao, Taiwan); queries are compared in simplified characters
 * @param pinyin toneless pinyin of the Chinese name and city, for "zhuanli" or "shen zhen"
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
    SimplifiedText simplified,
    PinyinText pinyin,
    Instant indexedAt) {

  /** The field of {@link #indexedAt()} in the index. */
  public static final String INDEXED_AT = "indexedAt";

  /** The field of {@link #nameSortZh()} in the index. */
  public static final String NAME_SORT_ZH = "nameSortZh";

  /** The field of {@link #suggest()} in the index. */
  public static final String SUGGEST = "suggest";

  /** The field of {@link #simplified()} in the index. */
  public static final String SIMPLIFIED = "simplified";

  /** The field of {@link #pinyin()} in the index. */
  public static final String PINYIN = "pinyin";

  /** This document as written at {@code at}. */
  public ListingDocument writtenAt(Instant at) {
    return new ListingDocument(
        listing,
        continent,
        regions,
        verified,
        taxonomy,
        suggest,
        nameSortZh,
        simplified,
        pinyin,
        at);
  }

  /** Taxonomy labels in each language, kept apart so that each gets its own analysis. */
  public record TaxonomyText(List<String> zh, List<String> en) {}

  /**
   * Simplified copies of {@code name.zh}, {@code description.zh} and {@code location.cityZh}; each
   * only when it differs from the listing's own text, so the index does not hold most text twice.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SimplifiedText(String name, String description, String city) {}

  /** Pinyin of {@code name.zh} and {@code location.cityZh}, syllables spaced ("shen zhen"). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PinyinText(String name, String city) {}
}
