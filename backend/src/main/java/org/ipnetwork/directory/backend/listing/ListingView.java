package org.ipnetwork.directory.backend.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.ipnetwork.directory.listing.Descriptions;
import org.ipnetwork.directory.listing.Names;

/**
 * One published listing with every code labelled in the requested language.
 *
 * @param city the city in the requested language when known (Chinese name or local Latin name)
 * @param lastVerified ISO date of the last verification, or absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListingView(
    String id,
    Labeled kind,
    Names name,
    Labeled orgType,
    Labeled country,
    Labeled continent,
    String city,
    String address,
    Geo geo,
    List<Labeled> services,
    List<Labeled> industries,
    List<Labeled> languages,
    Descriptions description,
    ContactsView contacts,
    WorkstationView workstation,
    boolean verified,
    String lastVerified,
    String updatedAt) {

  /** A code with its label in the requested language. */
  public record Labeled(String code, String label) {}

  public record Geo(double lat, double lon) {}

  /** What only a workstation has, labelled. */
  public record WorkstationView(
      String hostOrganisation, List<Labeled> focusIndustries, List<Labeled> coveredCountries) {}
}
