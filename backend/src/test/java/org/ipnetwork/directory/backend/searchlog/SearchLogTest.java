package org.ipnetwork.directory.backend.searchlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.backend.search.SearchEvent;
import org.junit.jupiter.api.Test;

/** The write-behind's queue without Elasticsearch: it never blocks, it drops and counts. */
class SearchLogTest {

  private static SearchLog log(boolean enabled, int capacity) {
    return new SearchLog(
        null,
        new SearchLogProperties(
            enabled, capacity, Duration.ofHours(1), 10, Duration.ofDays(180), Duration.ofHours(6)));
  }

  private static SearchEvent event() {
    return new SearchEvent(
        Instant.now(),
        "q",
        "q",
        Map.of(),
        Map.of(),
        null,
        false,
        1,
        false,
        true,
        null,
        null,
        "zh",
        "api");
  }

  @Test
  void aFullQueueDropsTheSearchAndCountsItInsteadOfWaiting() {
    SearchLog log = log(true, 3);

    for (int i = 0; i < 10; i++) {
      log.searched(event());
    }

    assertThat(log.stats().recorded()).isEqualTo(3);
    assertThat(log.stats().queued()).isEqualTo(3);
    assertThat(log.stats().droppedQueueFull()).isEqualTo(7);
    assertThat(log.stats().dropped()).isEqualTo(7);
  }

  @Test
  void aNodeThatNeverAnswersCostsTheBatchNotTheSearches() {
    StubElasticsearch hanging = new StubElasticsearch();
    hanging.neverAnswer();
    SearchLog log =
        new SearchLog(
            new ElasticsearchGateway(hanging.client(), Duration.ofMillis(200)),
            new SearchLogProperties(
                true, 100, Duration.ofHours(1), 10, Duration.ofDays(180), Duration.ofHours(6)));
    for (int i = 0; i < 5; i++) {
      log.searched(event());
    }

    log.flush().block(Duration.ofSeconds(30));
    log.searched(event());

    assertThat(log.stats().droppedWriteFailed()).isEqualTo(5);
    assertThat(log.stats().written()).isZero();
    assertThat(log.stats().recorded()).isEqualTo(6);
    assertThat(log.stats().queued()).isEqualTo(1);
  }

  @Test
  void aSwitchedOffLogQueuesNothing() {
    SearchLog log = log(false, 3);

    log.searched(event());

    assertThat(log.stats().recorded()).isZero();
    assertThat(log.stats().queued()).isZero();
    assertThat(log.stats().enabled()).isFalse();
  }

  @Test
  void monthsAreNamedAndExpireWhole() {
    assertThat(SearchLog.INDEX.indexFor(Instant.parse("2026-11-30T23:59:59Z")))
        .isEqualTo("search-log-2026.11");
    Instant cutoff = Instant.parse("2026-06-01T00:00:00Z");
    assertThat(SearchLog.INDEX.expired("search-log-2026.05", cutoff)).isTrue();
    assertThat(SearchLog.INDEX.expired("search-log-2026.06", cutoff)).isFalse();
    assertThat(SearchLog.INDEX.expired("search-log-other", cutoff)).isFalse();
  }
}
