package org.ipnetwork.directory.listing;

import java.util.List;

/**
 * What only an assistance and protection workstation has.
 *
 * @param hostOrganisation who runs the workstation (industrial park, association, law firm)
 * @param focusIndustries industry codes the workstation is set up around
 * @param coveredCountries ISO 3166-1 alpha-2 codes of the countries it helps with
 */
public record Workstation(
    String hostOrganisation, List<String> focusIndustries, List<String> coveredCountries) {

  public Workstation {
    focusIndustries = focusIndustries == null ? List.of() : List.copyOf(focusIndustries);
    coveredCountries = coveredCountries == null ? List.of() : List.copyOf(coveredCountries);
  }
}
