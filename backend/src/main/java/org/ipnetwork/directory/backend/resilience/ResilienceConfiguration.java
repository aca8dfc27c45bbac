package org.ipnetwork.directory.backend.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The circuit breaker the Elasticsearch gateway calls through. */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ResilienceConfiguration.class);

  @Bean
  CircuitBreaker elasticsearchBreaker(ResilienceProperties properties) {
    CircuitBreaker breaker = properties.breaker().newBreaker();
    // Each change of state is a line in the log: when searches start or stop being refused, and
    // why (the failure rate that opened it).
    breaker
        .getEventPublisher()
        .onStateTransition(
            e ->
                log.warn(
                    "Elasticsearch breaker {} (failure rate {} %)",
                    e.getStateTransition(), breaker.getMetrics().getFailureRate()));
    return breaker;
  }
}
