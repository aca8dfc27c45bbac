package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * A search's validated parameters as query clauses, for features that count listings under them
 * instead of listing hits ({@link DirectorySearch#criteria}).
 */
public final class SearchCriteria {

  private final SearchParameters params;
  private final Filters filters;

  SearchCriteria(SearchParameters params, Taxonomies taxonomies) {
    this.params = params;
    this.filters = new Filters(params, taxonomies);
  }

  public Lang lang() {
    return params.lang();
  }

  public Scope scope() {
    return params.scope();
  }

  /** The codes the search is filtered on in {@code facet}. */
  public Set<String> selected(Facet facet) {
    return params.selected(facet);
  }

  /**
   * The search's query with every selection as a plain filter: matches exactly the listings of the
   * result list.
   */
  public Query query() {
    List<Query> all = new ArrayList<>(filters.fixed());
    all.addAll(filters.all());
    return SearchQuery.mainQuery(params, all);
  }

  /**
   * The filters a search counts {@code facet}'s values under: the fixed ones and every other
   * facet's selection (the facet's own is left out, so its counts are disjunctive). No text.
   */
  public List<Query> filtersExcept(Facet facet) {
    List<Query> all = new ArrayList<>(filters.fixed());
    all.addAll(filters.except(facet));
    return all;
  }
}
