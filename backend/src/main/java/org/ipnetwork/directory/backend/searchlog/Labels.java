package org.ipnetwork.directory.backend.searchlog;

import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/** Labels of the codes the dashboard shows. */
final class Labels {

  private Labels() {}

  /**
   * A country of the network, or any other country of the world: searches name countries where the
   * network has nobody yet, and those are the ones the dashboard is for.
   */
  static String country(Taxonomies taxonomies, String code, Lang lang) {
    return taxonomies
        .countries()
        .byCode(code)
        .or(() -> taxonomies.world().byCode(code))
        .map(t -> t.label(lang))
        .orElse(code);
  }
}
