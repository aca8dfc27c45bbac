package org.ipnetwork.directory.backend.listing;

import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;
import static org.ipnetwork.directory.backend.search.TestSearch.TAXONOMIES;
import static org.ipnetwork.directory.backend.search.TestSearch.gateway;

import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The request that reads one listing, pinned as JSON under src/test/resources/golden/listing/. */
class ListingQueryGoldenTest {

  @Test
  void oneRealTimeGetThroughTheAlias() {
    StubElasticsearch elasticsearch = new StubElasticsearch();
    new ListingService(gateway(elasticsearch), TAXONOMIES)
        .find("sample-0531", Lang.EN, Scope.NONE)
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("listing/get", elasticsearch.last());
  }
}
