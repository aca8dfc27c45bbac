package org.ipnetwork.directory.backend.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.Locale;
import org.ipnetwork.directory.backend.resilience.ResilienceProperties;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Part of readiness, not of liveness: when Elasticsearch is away the API cannot answer searches and
 * should get no traffic, but restarting the backend would not bring the cluster back. The check
 * asks the cluster directly, not through the breaker, with its own short deadline ({@code
 * directory.resilience.health-timeout}): a stalled node is reported DOWN before a probe's own
 * timeout fires, instead of leaving the probe to hang. The details carry the gateway's breaker
 * state ({@code closed}, {@code open}, {@code half_open}), so an operator sees searches being
 * refused at once.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractReactiveHealthIndicator {

  private final ElasticsearchAsyncClient client;
  private final CircuitBreaker breaker;
  private final Duration timeout;

  ElasticsearchHealthIndicator(
      ElasticsearchAsyncClient client,
      CircuitBreaker elasticsearchBreaker,
      ResilienceProperties properties) {
    super("Elasticsearch health check failed");
    this.client = client;
    this.breaker = elasticsearchBreaker;
    this.timeout = properties.healthTimeout();
  }

  @Override
  protected Mono<Health> doHealthCheck(Health.Builder builder) {
    // Not cancelled at the deadline, for the reason the gateway gives (ElasticsearchGateway).
    return Mono.fromFuture(() -> client.cluster().health().copy())
        .timeout(timeout)
        .map(
            health -> {
              // Yellow is normal for a single node (replicas cannot be placed) and serves searches.
              boolean up = health.status() != HealthStatus.Red;
              return (up ? builder.up() : builder.down())
                  .withDetail("cluster", health.clusterName())
                  .withDetail("status", health.status().jsonValue())
                  .withDetail("nodes", health.numberOfNodes())
                  .withDetail("breaker", breakerState())
                  .build();
            })
        .onErrorResume(
            e ->
                Mono.just(
                    builder
                        .down()
                        .withDetail("error", reason(e))
                        .withDetail("breaker", breakerState())
                        .build()));
  }

  private String breakerState() {
    return breaker.getState().name().toLowerCase(Locale.ROOT);
  }

  private String reason(Throwable e) {
    if (e instanceof java.util.concurrent.TimeoutException) {
      return "no answer within " + timeout.toMillis() + " ms";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
