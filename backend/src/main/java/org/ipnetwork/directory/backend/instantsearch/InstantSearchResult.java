package org.ipnetwork.directory.backend.instantsearch;

import java.util.List;
import java.util.Map;

/**
 * One result of a multi-query in the shape InstantSearch reads (Algolia's search response).
 *
 * @param hits listings as Algolia records ({@link HitMapper})
 * @param page from 0
 * @param facets per requested attribute, value → count, by count
 * @param params the query's parameters, URL-encoded
 */
record InstantSearchResult(
    List<Map<String, Object>> hits,
    long nbHits,
    int page,
    int nbPages,
    int hitsPerPage,
    Map<String, Map<String, Long>> facets,
    long processingTimeMS,
    String query,
    String params,
    String index,
    boolean exhaustiveNbHits,
    boolean exhaustiveFacetsCount,
    Exhaustive exhaustive) {

  /** Algolia v5's grouping of the exhaustiveness flags: counts here are always exact. */
  record Exhaustive(boolean nbHits, boolean facetsCount) {
    static final Exhaustive EXACT = new Exhaustive(true, true);
  }

  /** The answer of a facet-value search. */
  record FacetSearch(
      List<FacetHit> facetHits, boolean exhaustiveFacetsCount, long processingTimeMS) {}

  /**
   * A facet value found by a facet-value search.
   *
   * @param highlighted the value with the highlight tags around the text searched for
   */
  record FacetHit(String value, String highlighted, long count) {}

  /** The answer to {@code POST …/queries}: one result per query, in order. */
  record Multi(List<Object> results) {}
}
