package org.ipnetwork.directory.backend.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The partner lookup cache: a change in the store is seen once the TTL has passed, not before. */
class TtlCacheTest {

  private final AtomicLong nanos = new AtomicLong();
  private final AtomicInteger lookups = new AtomicInteger();
  private final AtomicReference<String> stored = new AtomicReference<>("enabled");
  private final TtlCache<String> cache =
      new TtlCache<>(
          Duration.ofSeconds(30),
          100,
          nanos::get,
          key -> {
            lookups.incrementAndGet();
            return Mono.fromSupplier(stored::get);
          });

  @Test
  void answersAreReusedUntilTheTtlHasPassed() {
    StepVerifier.create(cache.get("k")).expectNext("enabled").verifyComplete();
    stored.set("disabled");
    nanos.addAndGet(Duration.ofSeconds(29).toNanos());
    StepVerifier.create(cache.get("k")).expectNext("enabled").verifyComplete();
    assertThat(lookups).hasValue(1);

    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    StepVerifier.create(cache.get("k")).expectNext("disabled").verifyComplete();
    assertThat(lookups).hasValue(2);
  }

  @Test
  void aFailedLookupIsNotKept() {
    AtomicInteger calls = new AtomicInteger();
    TtlCache<String> failingOnce =
        new TtlCache<>(
            Duration.ofSeconds(30),
            100,
            nanos::get,
            key ->
                calls.incrementAndGet() == 1
                    ? Mono.error(new IllegalStateException("down"))
                    : Mono.just("back"));
    StepVerifier.create(failingOnce.get("k")).expectError(IllegalStateException.class).verify();
    StepVerifier.create(failingOnce.get("k")).expectNext("back").verifyComplete();
  }
}
