package org.ipnetwork.directory.backend.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;

import co.elastic.clients.json.JsonpUtils;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.backend.search.TestSearch;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.junit.jupiter.api.Test;

/** The name query of one listing, pinned under src/test/resources/golden/duplicates/. */
class NameQueryGoldenTest {

  private static final Listing FIRM =
      Listing.builder()
          .id("dup-e1")
          .name(new Names("赛德尔专利事务所", "Seidel Hartmann Patent Office", null, null))
          .location(new Location("DE", "Wiesbaden", null, null, null))
          .build();

  @Test
  void bothNamesInTheSameCityInsideAScope() {
    Scope germany = TestSearch.scope(Map.of("country", List.of("DE")));
    String body =
        JsonpUtils.toJsonString(
            NameQuery.of(FIRM, germany.filters()), ElasticsearchClients.jsonMapper());
    assertMatches(
        "duplicates/name-query",
        new StubElasticsearch.Sent("POST", "/listings/_msearch", Map.of(), body));
  }

  @Test
  void aListingWithoutACityIsNotCompared() {
    assertThat(
            NameQuery.of(FIRM.withLocation(new Location("DE", null, null, null, null)), List.of()))
        .isNull();
  }
}
