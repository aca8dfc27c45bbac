package org.ipnetwork.directory.backend.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;
import static org.ipnetwork.directory.backend.GoldenJson.params;
import static org.ipnetwork.directory.backend.search.TestSearch.TAXONOMIES;
import static org.ipnetwork.directory.backend.search.TestSearch.gateway;
import static org.ipnetwork.directory.backend.search.TestSearch.scope;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch.Sent;
import org.junit.jupiter.api.Test;

/** What an export sends, pinned under src/test/resources/golden/export/. */
class ExportQueryGoldenTest {

  /** Answers both an open point in time and a search: one full page of one listing each time. */
  private static final String PAGE_OF_ONE =
      """
      {"id":"pit-1","pit_id":"pit-2","took":1,"timed_out":false,
       "_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
       "hits":{"hits":[{"_index":"listings-v1","_id":"fx-01","_source":{"id":"fx-01"},
                        "sort":[12]}]}}
      """;

  private final StubElasticsearch elasticsearch = new StubElasticsearch();
  private final ListingPages pages =
      new ListingPages(gateway(elasticsearch), "listings", 1, Duration.ofMinutes(2));

  @Test
  void pagesOfAScopedMemberInAPointInTimeOneAfterTheOther() {
    elasticsearch.answer(200, PAGE_OF_ONE);
    ExportCriteria criteria =
        ExportCriteria.parse(
            params("country=DE,FR&kind=provider&status=published&updatedSince=2026-06-01"),
            TAXONOMIES);

    pages.pages(criteria.query(scope(Map.of("country", List.of("DE"))))).take(2).blockLast();

    List<Sent> sent = elasticsearch.sent();
    assertThat(sent.get(0).path()).isEqualTo("/listings/_pit");
    assertThat(sent.get(0).params()).containsEntry("keep_alive", "120s");
    assertMatches("export/first-page", sent.get(1));
    // The next page continues after the last hit, in the point in time Elasticsearch renewed.
    assertMatches("export/next-page", sent.get(2));
    assertThat(sent.get(3).method()).isEqualTo("DELETE");
    assertThat(sent.get(3).body()).contains("pit-2");
    assertThat(pages.roundTrips()).isEqualTo(2);
  }

  @Test
  void theCountOfEverythingExportable() {
    elasticsearch.answer(503, "{}");

    pages
        .count(ExportCriteria.parse(params(""), TAXONOMIES).query(Scope.NONE))
        .onErrorResume(e -> reactor.core.publisher.Mono.empty())
        .block();

    assertMatches("export/count", elasticsearch.last());
  }
}
