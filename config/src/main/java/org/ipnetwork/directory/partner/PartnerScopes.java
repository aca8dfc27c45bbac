package org.ipnetwork.directory.partner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;

/**
 * Checks a partner's scope against the taxonomies. A scope maps a {@link Facet}'s parameter name
 * ({@code country}, {@code continent}, {@code industry}, …) to the codes the partner's visitors may
 * see; facets not named are not restricted. Every facet of the search can be fixed. Codes are
 * case-sensitive, as in the taxonomy files.
 */
public final class PartnerScopes {

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
          Facet known =
              Facet.byParameter(facet)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "unknown scope facet '"
                                  + facet
                                  + "'; use one of "
                                  + Facet.parameters()));
          if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("scope facet '" + facet + "' has no codes");
          }
          Taxonomy taxonomy = known.taxonomy(taxonomies);
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
