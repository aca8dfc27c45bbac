package org.ipnetwork.directory.backend.elasticsearch;

import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.elasticsearch.EmbeddedElasticsearch;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The embedded node's own state, in readiness and in liveness. While a node that exited is being
 * started again this stays UP (with the phase in the details): the node heals by itself, and
 * restarting the application would only add a second wait; readiness is DOWN meanwhile through the
 * {@code elasticsearch} check, which cannot reach the node. Once the node could not be started
 * again, this goes DOWN with the reason, so that a supervisor (systemd, Kubernetes) restarts the
 * application, which starts a fresh node. UP without details for an external cluster.
 */
@Component("embeddedNode")
class EmbeddedNodeHealthIndicator implements HealthIndicator {

  private final ElasticsearchConnection connection;

  EmbeddedNodeHealthIndicator(ElasticsearchConnection connection) {
    this.connection = connection;
  }

  @Override
  public Health health() {
    return connection
        .embeddedStatus()
        .map(EmbeddedNodeHealthIndicator::of)
        .orElseGet(() -> Health.up().build());
  }

  private static Health of(EmbeddedElasticsearch.Status s) {
    Health.Builder b =
        switch (s.phase()) {
          case RUNNING, RESTARTING -> Health.up();
          case FAILED -> Health.down();
        };
    b.withDetail("phase", s.phase().name().toLowerCase(java.util.Locale.ROOT))
        .withDetail("restarts", s.restarts());
    if (s.problem() != null) {
      b.withDetail("problem", s.problem());
    }
    return b.build();
  }
}
