package org.ipnetwork.directory.indexer.generate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Status;

/**
 * The proportions of the generated network. Rough judgement, not statistics: law firms and agencies
 * dominate, as they do in the association's real member lists; Guangdong's big export clusters
 * (electronics, appliances, light industry and textiles, new energy) come up most.
 */
final class Mix {

  static final Weighted<String> PROVIDER_TYPES =
      Weighted.of(
          ordered(
              "law_firm", 28,
              "patent_agency", 16,
              "ip_agency", 16,
              "trademark_agency", 12,
              "consultancy", 8,
              "investigation_firm", 7,
              "chamber_of_commerce", 3,
              "university_tto", 3,
              "industry_association", 2,
              "ip_protection_centre", 1,
              "industrial_park", 1,
              "government_agency", 1));

  static final Weighted<String> MEDIATION_TYPES =
      Weighted.of(ordered("mediation_centre", 1, "arbitration_institution", 1));

  /** Who hosts workstations: parks, associations and law firms, now and then a chamber. */
  static final Weighted<String> WORKSTATION_HOSTS =
      Weighted.of(
          ordered(
              "industrial_park", 2,
              "industry_association", 2,
              "law_firm", 2,
              "chamber_of_commerce", 1));

  static final Weighted<String> INDUSTRIES =
      Weighted.of(
          ordered(
              "electronics_it", 10,
              "light_textiles", 9,
              "smart_appliances", 8,
              "new_energy", 7,
              "automotive", 6,
              "software", 6,
              "biomedicine", 5,
              "uhd_display", 4,
              "advanced_materials", 4,
              "agri_food", 4,
              "semiconductors", 4,
              "high_end_equipment", 4,
              "petrochemicals", 3,
              "robotics", 3,
              "precision_instruments", 3,
              "digital_creative", 3,
              "laser_additive", 2,
              "safety_environment", 2,
              "frontier_materials", 2,
              "blockchain_quantum", 1));

  static final Weighted<Status> STATUSES =
      Weighted.of(
          ordered(
              Status.PUBLISHED, 85,
              Status.IN_REVIEW, 6,
              Status.DRAFT, 5,
              Status.SUSPENDED, 4));

  /** In the open generator, one listing in a hundred is a workstation, a bit more a centre. */
  static final Weighted<Kind> KINDS =
      Weighted.of(ordered(Kind.PROVIDER, 977, Kind.MEDIATION_CENTRE, 13, Kind.WORKSTATION, 10));

  private Mix() {}

  @SuppressWarnings("unchecked")
  private static <T> Map<T, Integer> ordered(Object... pairs) {
    Map<T, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((T) pairs[i], (Integer) pairs[i + 1]);
    }
    return map;
  }
}
