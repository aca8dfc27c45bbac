package org.ipnetwork.directory.backend.search;

import java.util.Map;
import java.util.Set;

/**
 * Fixed filters that the caller cannot widen: an embedding partner's scope (only Southeast Asia,
 * only new-energy industries). Put on the exchange under {@link #ATTRIBUTE} by the partner filter;
 * searches without it are unscoped.
 *
 * @param fixed allowed codes per facet parameter name ({@code country}, {@code industry}, …)
 */
public record SearchScope(Map<String, Set<String>> fixed) {

  public static final String ATTRIBUTE = SearchScope.class.getName();

  public static final SearchScope NONE = new SearchScope(Map.of());

  public SearchScope {
    fixed = Map.copyOf(fixed);
  }

  public boolean unscoped() {
    return fixed.isEmpty();
  }
}
