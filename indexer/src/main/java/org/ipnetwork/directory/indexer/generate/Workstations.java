package org.ipnetwork.directory.indexer.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Workstation;

/**
 * Assistance and protection workstations: hosted by a park, association or law firm in one country,
 * set up around a few industries and helping with that country and its neighbours.
 */
final class Workstations {

  private final ReferenceData data;
  private final Naming naming;
  private final Weighted<CountryProfile> countries;

  Workstations(ReferenceData data, Naming naming, Weighted<CountryProfile> countries) {
    this.data = data;
    this.naming = naming;
    this.countries = countries;
  }

  /** The parts only a workstation has, and its name. */
  record Design(String hostType, Names name, Workstation workstation) {}

  Design design(
      CountryProfile country,
      City city,
      List<String> focusIndustries,
      Provenance provenance,
      Random rng) {
    String hostType = Mix.WORKSTATION_HOSTS.pick(rng);
    String host =
        naming
            .names(hostType, country, city, focusIndustries.get(0), provenance.marker(), rng)
            .en();
    String placeZh = country.zh() + (city.nameZh() != null ? "·" + city.nameZh() : "");
    Names name =
        new Names(
            "广东省海外知识产权维权援助（" + placeZh + "）工作站" + provenance.marker().zh(),
            "Guangdong Overseas IP Assistance Workstation ("
                + country.en()
                + " · "
                + city.name()
                + ")"
                + provenance.marker().en(),
            null,
            null);
    return new Design(
        hostType, name, new Workstation(host, focusIndustries, coveredCountries(country, rng)));
  }

  /**
   * The host country first, then 2 to 7 more: neighbours on the same continent where there are
   * enough, else big trading partners anywhere.
   */
  private List<String> coveredCountries(CountryProfile home, Random rng) {
    int wanted = 3 + rng.nextInt(6);
    List<CountryProfile> sameContinent = new ArrayList<>();
    for (CountryProfile c : data.countries()) {
      if (c.continent().equals(home.continent()) && !c.equals(home)) {
        sameContinent.add(c);
      }
    }
    Set<String> covered = new LinkedHashSet<>();
    covered.add(home.code());
    for (int guard = 0; covered.size() < wanted && guard < 200; guard++) {
      CountryProfile next =
          guard < 100 && !sameContinent.isEmpty()
              ? sameContinent.get(rng.nextInt(sameContinent.size()))
              : countries.pick(rng);
      covered.add(next.code());
    }
    return List.copyOf(covered);
  }
}
