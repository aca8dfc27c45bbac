package org.ipnetwork.directory.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

class FacetTest {

  private final Taxonomies taxonomies = Taxonomies.bundled();

  @Test
  void theParametersInDisplayOrder() {
    assertThat(Facet.parameters())
        .containsExactly(
            "continent", "country", "region", "industry", "service", "kind", "orgType", "language");
    assertThat(Facet.byParameter("orgType")).contains(Facet.ORG_TYPE);
    assertThat(Facet.byParameter("city")).isEmpty();
  }

  @Test
  void geographyIsAHierarchyOfContinentAndCountry() {
    assertThat(Facet.COUNTRY.parent()).contains(Facet.CONTINENT);
    assertThat(Facet.CONTINENT.parent()).isEmpty();
    assertThat(Facet.COUNTRY.root()).isEqualTo(Facet.CONTINENT);
    assertThat(Facet.COUNTRY.levels()).containsExactly(Facet.CONTINENT, Facet.COUNTRY);
    assertThat(Facet.CONTINENT.hierarchical()).isTrue();
    assertThat(Facet.COUNTRY.within(Facet.CONTINENT)).isTrue();
    assertThat(Facet.CONTINENT.within(Facet.COUNTRY)).isFalse();
    assertThat(Facet.COUNTRY.parentCode("DE", taxonomies)).isEqualTo("EU");
    assertThat(Facet.COUNTRY.ancestorCode(Facet.CONTINENT, "VN", taxonomies)).isEqualTo("AS");
    assertThat(Facet.CONTINENT.ancestorCode(Facet.COUNTRY, "AS", taxonomies)).isNull();
  }

  @Test
  void listFacetsStandAlone() {
    assertThat(Facet.SERVICE.hierarchical()).isFalse();
    assertThat(Facet.SERVICE.root()).isEqualTo(Facet.SERVICE);
    assertThat(Facet.SERVICE.levels()).containsExactly(Facet.SERVICE);
    assertThat(Facet.SERVICE.parentCode("patent", taxonomies)).isNull();
  }

  @Test
  void theCompactFormOffersGeographyServiceAndKind() {
    assertThat(Facet.all().stream().filter(Facet::compact))
        .containsExactly(Facet.CONTINENT, Facet.COUNTRY, Facet.SERVICE, Facet.KIND);
  }

  @Test
  void aListingsCodesAsTheIndexHoldsThem() {
    Listing listing =
        new Listing(
            "x",
            Kind.PROVIDER,
            null,
            "law_firm",
            new Location("DE", "Berlin", null, null, null),
            List.of("patent", "trademark"),
            List.of("new_energy"),
            List.of("de", "en"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(Facet.CONTINENT.values(listing, taxonomies)).containsExactly("EU");
    assertThat(Facet.COUNTRY.values(listing, taxonomies)).containsExactly("DE");
    assertThat(Facet.SERVICE.values(listing, taxonomies)).containsExactly("patent", "trademark");
    assertThat(Facet.INDUSTRY.values(listing, taxonomies)).containsExactly("new_energy");
    assertThat(Facet.KIND.values(listing, taxonomies)).containsExactly("provider");
    assertThat(Facet.ORG_TYPE.values(listing, taxonomies)).containsExactly("law_firm");
    assertThat(Facet.LANGUAGE.values(listing, taxonomies)).containsExactly("de", "en");
  }

  @Test
  void aListingWithoutLocationHasNoGeography() {
    Listing listing =
        new Listing(
            "x", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null);
    assertThat(Facet.CONTINENT.values(listing, taxonomies)).isEmpty();
    assertThat(Facet.COUNTRY.values(listing, taxonomies)).isEmpty();
    assertThat(Facet.KIND.values(listing, taxonomies)).isEmpty();
  }

  @Test
  void everyFacetHasItsTaxonomyAndField() {
    for (Facet facet : Facet.all()) {
      assertThat(facet.taxonomy(taxonomies).size()).as(facet.parameter()).isPositive();
      assertThat(facet.field()).as(facet.parameter()).isNotBlank();
      assertThat(facet.codes()).as(facet.parameter()).endsWith(".");
    }
  }
}
