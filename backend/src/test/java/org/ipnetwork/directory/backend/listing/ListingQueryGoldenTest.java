package org.ipnetwork.directory.backend.listing;

import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchProperties;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.backend.search.SearchScope;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The request that reads one listing, pinned as JSON under src/test/resources/golden/listing/. */
class ListingQueryGoldenTest {

  @Test
  void oneRealTimeGetThroughTheAlias() {
    StubElasticsearch elasticsearch = new StubElasticsearch();
    new ListingService(
            elasticsearch.client(),
            Taxonomies.bundled(),
            new ElasticsearchProperties(
                List.of(),
                null,
                null,
                null,
                null,
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                null))
        .find("sample-0531", Lang.EN, new SearchScope(Map.of()))
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("listing/get", elasticsearch.last());
  }
}
