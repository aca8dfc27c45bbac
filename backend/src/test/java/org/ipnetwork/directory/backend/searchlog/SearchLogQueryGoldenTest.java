package org.ipnetwork.directory.backend.searchlog;

import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;
import static org.ipnetwork.directory.backend.search.TestSearch.TAXONOMIES;
import static org.ipnetwork.directory.backend.search.TestSearch.gateway;
import static org.ipnetwork.directory.backend.search.TestSearch.scope;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The searches the dashboard sends, pinned under src/test/resources/golden/search-log/. */
class SearchLogQueryGoldenTest {

  private static final DateRange NOVEMBER =
      new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
  private static final Scope GERMANY = scope(Map.of("country", List.of("DE")));

  private final StubElasticsearch elasticsearch = new StubElasticsearch();
  private final SearchLog log =
      new SearchLog(
          gateway(elasticsearch),
          new SearchLogProperties(
              true, 10, Duration.ofHours(1), 10, Duration.ofDays(180), Duration.ofHours(6)));

  @Test
  void summaryOfAScopedMemberForOnePartner() {
    new SearchLogReports(gateway(elasticsearch), TAXONOMIES, log)
        .summary(new LogFilter(NOVEMBER, "p-chamber", GERMANY), Lang.EN)
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("search-log/summary-scoped-partner", elasticsearch.last());
  }

  @Test
  void summaryOfTheSearchesWithoutAKey() {
    new SearchLogReports(gateway(elasticsearch), TAXONOMIES, log)
        .summary(new LogFilter(NOVEMBER, LogFilter.WITHOUT_PARTNER, Scope.NONE), Lang.ZH)
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("search-log/summary-without-key", elasticsearch.last());
  }

  @Test
  void coverageOfAScopedMember() {
    new CoverageReport(gateway(elasticsearch), TAXONOMIES)
        .coverage(new LogFilter(NOVEMBER, null, GERMANY), GERMANY, Lang.EN)
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("search-log/coverage-listings", elasticsearch.sent().get(0));
    assertMatches("search-log/coverage-zero-results", elasticsearch.sent().get(1));
  }
}
