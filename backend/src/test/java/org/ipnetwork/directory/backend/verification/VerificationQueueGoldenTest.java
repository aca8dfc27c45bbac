package org.ipnetwork.directory.backend.verification;

import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;
import static org.ipnetwork.directory.backend.search.TestSearch.scope;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.junit.jupiter.api.Test;

/** The queue's search, pinned under src/test/resources/golden/verification/. */
class VerificationQueueGoldenTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

  private final VerificationQueue queue =
      new VerificationQueue(
          null,
          null,
          new VerificationProperties(
              Duration.ofDays(365),
              Duration.ofDays(30),
              30,
              "no-reply@example.org",
              null,
              null,
              10,
              Duration.ofMinutes(10)),
          NOW);

  private static StubElasticsearch.Sent sent(SearchRequest request) {
    String body = JsonpUtils.toJsonString(request, ElasticsearchClients.jsonMapper());
    return new StubElasticsearch.Sent("POST", "/listings/_search", Map.of(), body);
  }

  @Test
  void aScopedMembersQueueOfOneKindInOneCountry() {
    Scope germany = scope(Map.of("country", List.of("DE")));
    assertMatches(
        "verification/queue-scoped-country-kind",
        sent(queue.request(germany, new VerificationQueue.Filter("DE", "workstation"), 20, 20)));
  }

  @Test
  void theWholeQueue() {
    assertMatches(
        "verification/queue-all",
        sent(queue.request(Scope.NONE, new VerificationQueue.Filter(null, null), 0, 20)));
  }
}
