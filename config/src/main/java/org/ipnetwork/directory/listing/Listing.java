package org.ipnetwork.directory.listing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import lombok.Builder;
import lombok.With;

/**
 * One entry of the directory: a service provider, a workstation or a mediation / arbitration
 * centre. This is the stored document's own part; {@code ListingDocument} adds what is derived for
 * search.
 *
 * @param id stable id, from the source's own id or derived from name, country and website
 * @param orgType organisation-type code ({@code taxonomy/org-types.csv})
 * @param services service-type codes ({@code taxonomy/services.csv})
 * @param industries industry codes ({@code taxonomy/industries.csv})
 * @param languages languages spoken, ISO 639-1
 * @param workstation only for {@link Kind#WORKSTATION}
 * @param source where the record came from (file, staff edit, sample network)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Builder
@With
public record Listing(
    String id,
    Kind kind,
    Names name,
    String orgType,
    Location location,
    List<String> services,
    List<String> industries,
    List<String> languages,
    Descriptions description,
    Contacts contacts,
    Workstation workstation,
    Status status,
    Verification verification,
    Instant createdAt,
    Instant updatedAt,
    String source) {

  public Listing {
    services = services == null ? List.of() : List.copyOf(services);
    industries = industries == null ? List.of() : List.copyOf(industries);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  public boolean published() {
    return status == Status.PUBLISHED;
  }
}
