package org.ipnetwork.directory.indexer.generate;

import java.util.List;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;

/**
 * What a generated listing must be; every {@code null} is left to chance.
 *
 * @param kind {@code null} for a provider or mediation centre, never a workstation
 * @param orgType {@code null} to draw one that fits the kind
 * @param country {@code null} to draw one weighted by trade
 * @param services offered in any case, on top of the organisation type's usual mix
 * @param name fixed name instead of a composed one
 */
record ListingSpec(
    String id,
    Kind kind,
    String orgType,
    String country,
    List<String> services,
    Status status,
    Names name) {

  ListingSpec {
    services = services == null ? List.of() : List.copyOf(services);
  }

  static ListingSpec any(String id) {
    return new ListingSpec(id, null, null, null, List.of(), null, null);
  }
}
