package org.ipnetwork.directory.partner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;

/**
 * Checks a partner's scope against the taxonomies. A scope maps a facet parameter name of the
 * public search ({@code country}, {@code continent}, {@code industry}, {@code service}, {@code
 * kind}, {@code orgType}, {@code language}) to the codes the partner's visitors may see; facets not
 * named are not restricted. Codes are case-sensitive, as in the taxonomy files.
 */
public final class PartnerScopes {

  /** The facets a scope may fix, with the code list each one is checked against. */
  public static final Map<String, Function<Taxonomies, Taxonomy>> FACETS =
      Map.of(
          "country", Taxonomies::countries,
          "continent", Taxonomies::continents,
          "industry", Taxonomies::industries,
          "service", Taxonomies::services,
          "kind", Taxonomies::kinds,
          "orgType", Taxonomies::orgTypes,
          "language", Taxonomies::languages);

  private PartnerScopes() {}

  /**
   * The scope with sorted, de-duplicated codes.
   *
   * @throws IllegalArgumentException naming the first unknown facet or code, or a facet with no
   *     codes (which would hide the whole directory and is surely a mistake)
   */
  public static Map<String, List<String>> validate(
      Map<String, ? extends Collection<String>> scope, Taxonomies taxonomies) {
    Map<String, List<String>> out = new TreeMap<>();
    if (scope == null) {
      return out;
    }
    scope.forEach(
        (facet, codes) -> {
          Function<Taxonomies, Taxonomy> list = FACETS.get(facet);
          if (list == null) {
            throw new IllegalArgumentException(
                "unknown scope facet '" + facet + "'; use one of " + FACETS.keySet());
          }
          if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("scope facet '" + facet + "' has no codes");
          }
          Taxonomy taxonomy = list.apply(taxonomies);
          for (String code : codes) {
            if (!taxonomy.contains(code)) {
              throw new IllegalArgumentException(
                  "unknown " + facet + " code '" + code + "' in scope");
            }
          }
          out.put(facet, codes.stream().distinct().sorted().toList());
        });
    return out;
  }
}
