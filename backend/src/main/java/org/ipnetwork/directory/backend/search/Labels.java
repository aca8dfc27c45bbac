package org.ipnetwork.directory.backend.search;

import java.util.List;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/** Labels of facet values in the answer's language. */
final class Labels {

  private Labels() {}

  /** A value's label; a country of the world table where the network has nobody too. */
  static String of(Taxonomies taxonomies, Facet facet, String code, Lang lang) {
    if (facet == Facet.COUNTRY && !taxonomies.countries().contains(code)) {
      return taxonomies.world().label(code, lang);
    }
    return facet.taxonomy(taxonomies).label(code, lang);
  }

  /** Several labels as a reader expects them: "专利、商标", "patent, trademark". */
  static String joined(List<String> labels, Lang lang) {
    return String.join(lang == Lang.ZH ? "、" : ", ", labels);
  }
}
