package org.ipnetwork.directory.backend.searchlog;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.search.SearchEvent;
import org.ipnetwork.directory.backend.search.SearchObserver;
import org.ipnetwork.directory.index.MonthlyIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records every public search (told by {@code DirectorySearch}) in the {@code search-log-yyyy.MM}
 * indices, write-behind: a search is put into a bounded in-memory queue, never waited for, and the
 * queue is written in bulk every {@code flush-interval} and at a graceful stop.
 *
 * <p>The log must never slow a search down, so when the queue is full (Elasticsearch slow or away)
 * a search is dropped rather than waited for, and a bulk request that fails or outlasts the
 * gateway's time budget drops its searches too; both are counted ({@link #stats()}, shown on the
 * dashboard). The log is for spotting gaps in the network, not for accounting: losing a few entries
 * in an outage is the price of never holding a visitor's answer back.
 */
@Component
class SearchLog implements SearchObserver, SmartLifecycle {

  static final MonthlyIndex INDEX =
      new MonthlyIndex("search-log", "search-log", "elasticsearch/search-log-template.json");

  private static final Logger log = LoggerFactory.getLogger(SearchLog.class);

  /**
   * What the log has done since start.
   *
   * @param enabled whether searches are recorded
   * @param recorded searches put into the queue
   * @param written searches written to the index
   * @param droppedQueueFull searches dropped because the queue was full
   * @param droppedWriteFailed searches dropped because their bulk request failed or timed out
   * @param queued searches waiting in the queue now
   * @param capacity the queue's size
   */
  record Stats(
      boolean enabled,
      long recorded,
      long written,
      long droppedQueueFull,
      long droppedWriteFailed,
      int queued,
      int capacity) {

    public long dropped() {
      return droppedQueueFull + droppedWriteFailed;
    }
  }

  private final ElasticsearchGateway elasticsearch;
  private final SearchLogProperties properties;
  private final BlockingQueue<SearchEvent> queue;
  private final LongAdder recorded = new LongAdder();
  private final LongAdder written = new LongAdder();
  private final LongAdder droppedQueueFull = new LongAdder();
  private final LongAdder droppedWriteFailed = new LongAdder();
  private final Set<String> existing = ConcurrentHashMap.newKeySet();
  private volatile boolean templatePut;
  private volatile Disposable schedule;

  @Autowired
  SearchLog(ElasticsearchGateway elasticsearch, SearchLogProperties properties) {
    this.elasticsearch = elasticsearch;
    this.properties = properties;
    this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
  }

  /** Queues the search, or drops it when the queue is full; never blocks. */
  @Override
  public void searched(SearchEvent event) {
    if (!properties.enabled()) {
      return;
    }
    if (queue.offer(event)) {
      recorded.increment();
    } else {
      droppedQueueFull.increment();
    }
  }

  Stats stats() {
    return new Stats(
        properties.enabled(),
        recorded.sum(),
        written.sum(),
        droppedQueueFull.sum(),
        droppedWriteFailed.sum(),
        queue.size(),
        properties.queueCapacity());
  }

  /**
   * Writes what the queue holds now, one bulk request per {@code batch-size} searches. Searches
   * that arrive meanwhile wait for the next flush, so a flush always ends.
   */
  Mono<Void> flush() {
    return Mono.defer(
        () -> {
          int batches = (queue.size() + properties.batchSize() - 1) / properties.batchSize();
          return Flux.range(0, batches).concatMap(i -> writeBatch()).then();
        });
  }

  private Mono<Void> writeBatch() {
    List<SearchEvent> batch = new ArrayList<>(properties.batchSize());
    queue.drainTo(batch, properties.batchSize());
    if (batch.isEmpty()) {
      return Mono.empty();
    }
    Set<String> indices = new java.util.TreeSet<>();
    batch.forEach(e -> indices.add(INDEX.indexFor(e.at())));
    return putTemplate()
        .thenMany(Flux.fromIterable(indices).concatMap(this::ensureIndex))
        .then(elasticsearch.call(c -> c.bulk(bulk(batch))))
        .doOnNext(response -> counted(response, batch.size()))
        .onErrorResume(
            e -> {
              droppedWriteFailed.add(batch.size());
              log.warn("{} searches not logged: {}", batch.size(), e.getMessage());
              return Mono.empty();
            })
        .then();
  }

  private static BulkRequest bulk(List<SearchEvent> batch) {
    BulkRequest.Builder b = new BulkRequest.Builder();
    for (SearchEvent e : batch) {
      b.operations(o -> o.index(i -> i.index(INDEX.indexFor(e.at())).document(e)));
    }
    return b.build();
  }

  private void counted(BulkResponse response, int size) {
    long failed = response.items().stream().filter(i -> i.error() != null).count();
    written.add(size - failed);
    if (failed > 0) {
      droppedWriteFailed.add(failed);
      response.items().stream()
          .filter(i -> i.error() != null)
          .findFirst()
          .ifPresent(i -> log.warn("{} searches not logged: {}", failed, i.error().reason()));
    }
  }

  /** The template once per process, so that a changed definition reaches the next month's index. */
  private Mono<Void> putTemplate() {
    if (templatePut) {
      return Mono.empty();
    }
    return elasticsearch
        .call(c -> c.indices().putIndexTemplate(INDEX.templateRequest()))
        .doOnNext(r -> templatePut = true)
        .then();
  }

  /**
   * Creates the month's index from the template when it is missing: the embedded node does not
   * create indices on a first write ({@code action.auto_create_index=false}), and a cluster may not
   * either. Two backends creating it at once both end up using the one that won.
   */
  private Mono<Void> ensureIndex(String index) {
    if (existing.contains(index)) {
      return Mono.empty();
    }
    Mono<Boolean> exists =
        elasticsearch.call(c -> c.indices().exists(x -> x.index(index))).map(r -> r.value());
    return exists
        .flatMap(
            found ->
                found
                    ? Mono.just(true)
                    : elasticsearch
                        .call(c -> c.indices().create(x -> x.index(index)))
                        .map(r -> true)
                        .onErrorResume(e -> exists))
        .doOnNext(
            ok -> {
              if (ok) {
                existing.add(index);
              }
            })
        .then();
  }

  @Override
  public void start() {
    Duration every = properties.flushInterval();
    schedule =
        Flux.interval(every, every).onBackpressureDrop().concatMap(tick -> flush()).subscribe();
  }

  /** Writes what is left; runs before the Elasticsearch clients are closed. */
  @Override
  public void stop() {
    Disposable s = schedule;
    schedule = null;
    if (s != null) {
      s.dispose();
    }
    try {
      flush().block(elasticsearch.budget().multipliedBy(3));
    } catch (RuntimeException e) {
      log.warn("Search log not written at shutdown: {}", e.getMessage());
    }
  }

  /** Like the partner usage counts: stopped after the web server, before the node. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }

  @Override
  public boolean isRunning() {
    return schedule != null;
  }
}
