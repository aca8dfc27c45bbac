package org.ipnetwork.directory.backend.searchlog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes the months of the search log that lie wholly beyond {@code
 * directory.search-log.retention} (180 days by default), every {@code retention-check-interval} and
 * soon after start. Whole indices are dropped: the core distribution has no ILM, and deleting an
 * index is free where deleting documents is not. So a search is kept at least the retention and at
 * most a month longer.
 */
@Component
class SearchLogRetention implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SearchLogRetention.class);
  private static final Duration FIRST_CHECK = Duration.ofMinutes(1);

  private final ElasticsearchGateway elasticsearch;
  private final SearchLogProperties properties;
  private final Clock clock = Clock.systemUTC();
  private volatile Disposable schedule;

  SearchLogRetention(ElasticsearchGateway elasticsearch, SearchLogProperties properties) {
    this.elasticsearch = elasticsearch;
    this.properties = properties;
  }

  /** Deletes the expired months as of {@code now}; the names of the deleted indices. */
  Mono<List<String>> deleteExpired(Instant now) {
    Instant cutoff = now.minus(properties.retention());
    return elasticsearch
        .call(
            c ->
                c.indices()
                    .get(
                        g ->
                            g.index(SearchLog.INDEX.pattern())
                                .allowNoIndices(true)
                                .ignoreUnavailable(true)))
        .map(
            r ->
                r.result().keySet().stream()
                    .filter(name -> SearchLog.INDEX.expired(name, cutoff))
                    .sorted()
                    .toList())
        .flatMap(
            expired ->
                expired.isEmpty()
                    ? Mono.just(expired)
                    : elasticsearch
                        .call(c -> c.indices().delete(d -> d.index(expired)))
                        .doOnNext(r -> log.info("Search log months deleted: {}", expired))
                        .thenReturn(expired));
  }

  @Override
  public void start() {
    Duration every = properties.retentionCheckInterval();
    schedule =
        Flux.interval(FIRST_CHECK.compareTo(every) < 0 ? FIRST_CHECK : every, every)
            .onBackpressureDrop()
            .concatMap(
                tick ->
                    deleteExpired(clock.instant())
                        .onErrorResume(
                            e -> {
                              log.warn("Search log retention not applied: {}", e.getMessage());
                              return Mono.empty();
                            }))
            .subscribe();
  }

  @Override
  public void stop() {
    Disposable s = schedule;
    schedule = null;
    if (s != null) {
      s.dispose();
    }
  }

  @Override
  public boolean isRunning() {
    return schedule != null;
  }
}
