package org.ipnetwork.directory.backend.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The circuit breaker the Elasticsearch gateway calls through. */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

  @Bean
  CircuitBreaker elasticsearchBreaker(ResilienceProperties properties) {
    return properties.breaker().newBreaker();
  }
}
