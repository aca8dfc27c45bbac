package org.ipnetwork.directory.backend.partner;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.partner.PartnerUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Counts each partner's requests per UTC day in memory and adds them to the {@code partner-usage}
 * index every {@code directory.partners.usage-flush-interval} and at shutdown.
 *
 * <p>The core distribution has no scripting, so the addition is a read, then a write conditional on
 * the sequence number read (retried on a conflict); several backends can share a day's document.
 * Counts that cannot be written stay in memory for the next flush. A crash loses at most one
 * interval of counts: usage is for reporting, not billing.
 */
@Component
class UsageCounter implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(UsageCounter.class);
  private static final int CONFLICT_RETRIES = 5;

  private record Day(String partnerId, LocalDate date) {}

  private record Counts(LongAdder requests, LongAdder rejected) {
    Counts() {
      this(new LongAdder(), new LongAdder());
    }
  }

  private final ElasticsearchGateway elasticsearch;
  private final Duration interval;
  private final Clock clock = Clock.systemUTC();
  private final Map<Day, Counts> counts = new ConcurrentHashMap<>();
  private volatile Disposable schedule;

  @Autowired
  UsageCounter(ElasticsearchGateway elasticsearch, PartnerProperties properties) {
    this(elasticsearch, properties.usageFlushInterval());
  }

  UsageCounter(ElasticsearchGateway elasticsearch, Duration interval) {
    this.elasticsearch = elasticsearch;
    this.interval = interval;
  }

  void served(String partnerId) {
    today(partnerId).requests().increment();
  }

  void rejected(String partnerId) {
    today(partnerId).rejected().increment();
  }

  private Counts today(String partnerId) {
    return counts.computeIfAbsent(
        new Day(partnerId, LocalDate.now(clock.withZone(ZoneOffset.UTC))), d -> new Counts());
  }

  /** Adds what was counted since the last flush to the index. */
  Mono<Void> flush() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return Flux.fromIterable(counts.entrySet())
        .concatMap(
            e -> {
              long requests = e.getValue().requests().sumThenReset();
              long rejected = e.getValue().rejected().sumThenReset();
              if (requests == 0 && rejected == 0) {
                if (e.getKey().date().isBefore(today)) {
                  counts.remove(e.getKey(), e.getValue());
                }
                return Mono.empty();
              }
              return add(e.getKey(), requests, rejected)
                  .onErrorResume(
                      failure -> {
                        e.getValue().requests().add(requests);
                        e.getValue().rejected().add(rejected);
                        log.warn("Partner usage not written yet: {}", failure.getMessage());
                        return Mono.empty();
                      });
            })
        .then();
  }

  private Mono<Void> add(Day day, long requests, long rejected) {
    String id = PartnerUsage.documentId(day.partnerId(), day.date());
    String index = PartnerUsage.INDEX.alias();
    return Mono.defer(
            () ->
                elasticsearch
                    .call(client -> client.get(g -> g.index(index).id(id), PartnerUsage.class))
                    .flatMap(current -> write(index, id, day, current, requests, rejected)))
        .retryWhen(Retry.max(CONFLICT_RETRIES).filter(UsageCounter::conflict))
        .then();
  }

  private Mono<?> write(
      String index,
      String id,
      Day day,
      GetResponse<PartnerUsage> current,
      long requests,
      long rejected) {
    if (current.found() && current.source() != null) {
      PartnerUsage next = current.source().plus(requests, rejected, clock.instant());
      return elasticsearch.write(
          client ->
              client.index(
                  i ->
                      i.index(index)
                          .id(id)
                          .ifSeqNo(current.seqNo())
                          .ifPrimaryTerm(current.primaryTerm())
                          .document(next)));
    }
    PartnerUsage first =
        new PartnerUsage(day.partnerId(), day.date(), requests, rejected, clock.instant());
    return elasticsearch.write(
        client -> client.index(i -> i.index(index).id(id).opType(OpType.Create).document(first)));
  }

  /** Another backend wrote the day's document between our read and write: read it again. */
  private static boolean conflict(Throwable e) {
    return e.getCause() instanceof ElasticsearchException es && es.status() == 409;
  }

  @Override
  public void start() {
    schedule =
        Flux.interval(interval, interval)
            .onBackpressureDrop()
            .concatMap(tick -> flush())
            .subscribe();
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
      flush().block(elasticsearch.budget().multipliedBy(2));
    } catch (RuntimeException e) {
      log.warn("Partner usage not written at shutdown: {}", e.getMessage());
    }
  }

  /**
   * Started before and stopped after the web server (whose lifecycles sit at {@code DEFAULT_PHASE -
   * 2048} and above), so the shutdown flush sees the last requests.
   */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }

  @Override
  public boolean isRunning() {
    return schedule != null;
  }
}
