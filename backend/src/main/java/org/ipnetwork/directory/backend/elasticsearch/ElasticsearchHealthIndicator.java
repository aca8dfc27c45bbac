package org.ipnetwork.directory.backend.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Part of readiness, not of liveness: when Elasticsearch is away the API cannot answer searches and
 * should get no traffic, but restarting the backend would not bring the cluster back.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractReactiveHealthIndicator {

  private final ElasticsearchAsyncClient client;

  ElasticsearchHealthIndicator(ElasticsearchAsyncClient client) {
    super("Elasticsearch health check failed");
    this.client = client;
  }

  @Override
  protected Mono<Health> doHealthCheck(Health.Builder builder) {
    return Mono.fromFuture(() -> client.cluster().health())
        .timeout(Duration.ofSeconds(3))
        .map(
            health -> {
              // Yellow is normal for a single node (replicas cannot be placed) and serves searches.
              boolean up = health.status() != HealthStatus.Red;
              return (up ? builder.up() : builder.down())
                  .withDetail("cluster", health.clusterName())
                  .withDetail("status", health.status().jsonValue())
                  .withDetail("nodes", health.numberOfNodes())
                  .build();
            });
  }
}
