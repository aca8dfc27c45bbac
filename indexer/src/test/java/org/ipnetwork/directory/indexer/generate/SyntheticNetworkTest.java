package org.ipnetwork.directory.indexer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

class SyntheticNetworkTest {

  private static final ReferenceData DATA = ReferenceData.load(Taxonomies.bundled());

  private static byte[] ndjson(long count, long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonSink sink = new NdjsonSink(out)) {
      new SyntheticNetwork(DATA, seed).generate(count, sink);
    }
    return out.toByteArray();
  }

  private static List<Listing> listings(long count, long seed) {
    List<Listing> out = new ArrayList<>();
    new SyntheticNetwork(DATA, seed).generate(count, out::add);
    return out;
  }

  @Test
  void sameSeedGivesSameBytes() {
    assertThat(ndjson(2_000, 42)).isEqualTo(ndjson(2_000, 42));
  }

  @Test
  void otherSeedGivesOtherListings() {
    assertThat(ndjson(2_000, 43)).isNotEqualTo(ndjson(2_000, 42));
  }

  @Test
  void writesOneListingPerLineWithIsoDates() {
    String[] lines = new String(ndjson(10, 7), StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(10);
    assertThat(lines[0]).startsWith("{\"id\":\"gen-7-1\"").contains("\"createdAt\":\"20");
  }

  @Test
  void listingDoesNotDependOnWhatCameBefore() {
    Listing alone = new SyntheticNetwork(DATA, 42).listing(1_500);
    assertThat(listings(2_000, 42).get(1_499)).isEqualTo(alone);
  }

  @Test
  void everyListingIsValidAgainstTheTaxonomies() {
    List<Listing> all = listings(5_000, 5);
    all.forEach(ListingChecks::assertValid);
    assertThat(all).allMatch(l -> l.source().equals("synthetic (generated, seed 5)"));
    assertThat(all).anyMatch(l -> l.kind() == Kind.WORKSTATION);
    assertThat(all).anyMatch(l -> l.kind() == Kind.MEDIATION_CENTRE);
  }

  @Test
  void bigTradingPartnersGetMoreListings() {
    Map<String, Integer> byCountry = new HashMap<>();
    listings(5_000, 9).forEach(l -> byCountry.merge(l.location().country(), 1, Integer::sum));
    assertThat(byCountry.get("US")).isGreaterThan(5 * byCountry.getOrDefault("ET", 0));
    assertThat(byCountry.get("DE")).isGreaterThan(byCountry.getOrDefault("PT", 0));
  }

  @Test
  void servicesFitTheOrganisationType() {
    for (Listing l : listings(3_000, 11)) {
      switch (l.orgType()) {
        case "patent_agency" -> assertThat(l.services()).contains("patent");
        case "trademark_agency" -> assertThat(l.services()).contains("trademark");
        case "investigation_firm" -> assertThat(l.services()).contains("investigation");
        case "mediation_centre" -> assertThat(l.services()).contains("mediation");
        default -> {}
      }
    }
  }

  @Test
  void mostListingsArePublished() {
    List<Listing> all = listings(2_000, 3);
    long published = all.stream().filter(l -> l.status() == Status.PUBLISHED).count();
    assertThat(published).isBetween(1_500L, 1_900L);
    assertThat(all).extracting(Listing::status).contains(Status.DRAFT, Status.SUSPENDED);
  }
}
