package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.SampleNetworkApp;
import org.ipnetwork.directory.backend.suggest.SuggestResponse;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.partner.IssuedKey;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

/**
 * Relevance on the shipped sample network (3,000 listings, {@link SampleNetworkApp}): what an
 * exporter in Shenzhen sees first.
 */
class SampleNetworkSearchIT {

  private static SearchResponse search(String query) {
    return SampleNetworkApp.http()
        .get()
        .uri("/api/v1/search?" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(SearchResponse.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void germanTrademarkProvidersFillTheWholeFirstPage() {
    SearchResponse r = search("q=德国 商标&lang=zh");
    assertThat(r.hits()).hasSize(20);
    assertThat(r.hits())
        .allSatisfy(
            h -> {
              assertThat(h.country().code()).isEqualTo("DE");
              assertThat(h.services())
                  .extracting(SearchResponse.Labeled::code)
                  .contains("trademark");
            });
  }

  @Test
  void englishQueriesFindTheSameThingsAcrossLanguages() {
    SearchResponse r = search("q=patent litigation Brazil&lang=en");
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits().subList(0, Math.min(10, r.hits().size())))
        .allSatisfy(h -> assertThat(h.country().code()).isEqualTo("BR"));
  }

  /**
   * Continent counts, and region counts while nothing geographic is selected, are summed from the
   * country counts instead of counted by the node ({@link DerivedFacets}): each must still be what
   * choosing the value finds.
   */
  @Test
  void everyContinentAndRegionCountIsWhatChoosingItFinds() {
    for (String base : List.of("service=patent&lang=en", "q=商标&lang=zh")) {
      SearchResponse r = search(base);
      for (String facet : List.of("continent", "region")) {
        assertThat(r.facets().get(facet)).as(base + " " + facet).hasSizeGreaterThan(3);
        for (SearchResponse.FacetBucket b : r.facets().get(facet)) {
          assertThat(search(base + "&" + facet + "=" + b.code() + "&size=1").total())
              .as(base + " " + facet + "=" + b.code())
              .isEqualTo(b.count());
        }
      }
    }
  }

  /**
   * The completion suggester cannot filter, so a partner scoped to a small part of the network used
   * to get only the few in-scope names among the first matches of the whole network. "law" in
   * Oceania: the sample has law firms there, and the list must be full of them.
   */
  @Test
  void suggestionsInsideANarrowPartnerScopeStillFillTheList() throws Exception {
    Taxonomies taxonomies = Taxonomies.bundled();
    PartnerAdmin admin =
        new PartnerAdmin(
            new PartnerStore(SampleNetworkApp.elasticsearch()),
            taxonomies,
            Clock.systemUTC(),
            new SecureRandom());
    admin.ensureIndex();
    String site = "https://oceania-chamber.example";
    IssuedKey issued =
        admin.add(
            new NewPartner(
                "oceania-chamber",
                "Oceania chamber",
                List.of(site),
                Map.of("continent", List.of("OC")),
                1000));
    SuggestResponse r =
        SampleNetworkApp.http()
            .get()
            .uri("/api/v1/suggest?q=law&lang=en")
            .header("X-Partner-Key", issued.key())
            .header("Origin", site)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(SuggestResponse.class)
            .returnResult()
            .getResponseBody();

    Map<String, Listing> sample = sampleById();
    List<Listing> named =
        r.suggestions().stream()
            .filter(s -> s.type().equals("listing"))
            .map(s -> sample.get(s.id()))
            .toList();
    long lawFirmsInOceania =
        sample.values().stream()
            .filter(
                l -> l.published() && "OC".equals(taxonomies.continentOf(l.location().country())))
            .filter(l -> l.name().en().toLowerCase(java.util.Locale.ROOT).contains("law"))
            .count();
    assertThat(lawFirmsInOceania).as("the sample's law firms in Oceania").isGreaterThan(5);
    assertThat(r.suggestions()).hasSize(10);
    assertThat(named)
        .hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(
            l -> {
              assertThat(taxonomies.continentOf(l.location().country())).isEqualTo("OC");
              assertThat(l.name().en().toLowerCase(java.util.Locale.ROOT)).contains("law");
            });
  }

  private static Map<String, Listing> sampleById() throws java.io.IOException {
    var mapper = ElasticsearchClients.jsonMapper().objectMapper();
    try (var in =
        SampleNetworkSearchIT.class
            .getClassLoader()
            .getResourceAsStream("sample/sample-network.ndjson")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .map(line -> mapper.readValue(line, Listing.class))
          .collect(java.util.stream.Collectors.toMap(Listing::id, l -> l));
    }
  }
}
