package org.ipnetwork.directory.backend.search;

import java.util.Map;
import java.util.Set;
import lombok.With;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * A validated search request: every code known to the taxonomies and inside the partner scope,
 * every number in range. Built by {@link SearchParameterParser}, which names the parameter of each
 * bad value.
 *
 * @param q cleaned query text, or {@code null}
 * @param selected the codes each facet is filtered on (values of one facet are ORed): the caller's
 *     own selection plus what query understanding turned into a filter
 * @param verified only listings with (or without) a verification date
 * @param near the point and radius of a distance filter, or {@code null}
 * @param cursor where the previous page ended, or {@code null}
 * @param interpretation what was recognised in {@code q}; empty when {@code interpret=false}
 * @param filtering the recognised terms that act as filters (a subset of the interpretation)
 * @param allOf facets whose selected values must all match (services named together in {@code q}: a
 *     firm that does all of them), instead of any
 * @param scope the partner's fixed filters
 * @param relaxed how a related answer loosens this search ({@link Relaxations}); {@link
 *     Relaxed#NONE} for the search as asked
 */
@With
record SearchParameters(
    String q,
    Map<Facet, Set<String>> selected,
    Set<Facet> allOf,
    Boolean verified,
    Lang lang,
    int page,
    int size,
    SearchSort sort,
    Near near,
    Cursor cursor,
    QueryInterpreter.Result interpretation,
    Set<QueryInterpreter.Match> filtering,
    Scope scope,
    Relaxed relaxed) {

  static final int MAX_Q = 200;
  static final int MAX_SIZE = 50;
  static final int DEFAULT_SIZE = 20;
  static final int MAX_PAGE = 500;

  /**
   * A distance filter.
   *
   * @param radiusKm listings farther than this from {@code point} are left out
   */
  record Near(GeoPoint point, double radiusKm) {}

  /**
   * The loosening of a related answer.
   *
   * @param anyWord the text needs one of its words only (else three quarters of them)
   * @param origin rank by distance from here (the country the answer widened from), or {@code null}
   * @param exclude ids already shown in the strict answer
   */
  record Relaxed(boolean anyWord, GeoPoint origin, Set<String> exclude) {
    static final Relaxed NONE = new Relaxed(false, null, Set.of());
  }

  Set<String> selected(Facet facet) {
    return selected.getOrDefault(facet, Set.of());
  }

  /** With a cursor the page starts after it; {@code from} is then 0, as search_after needs. */
  int from() {
    return cursor != null ? 0 : (page - 1) * size;
  }

  /** Identifies the sort a cursor belongs to ({@link SearchSort#cursorKey}). */
  String sortKey() {
    return sort.cursorKey(lang);
  }

  /** Hits before this page. */
  long before() {
    return cursor != null ? cursor.seen() : (long) (page - 1) * size;
  }
}
