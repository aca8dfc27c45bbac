package org.ipnetwork.directory.backend.partner;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * A bounded cache of non-blocking lookups: concurrent requests for one key share one lookup, an
 * answer is reused for {@code ttl}, and a failed lookup is not kept (the next request tries again).
 */
final class TtlCache<V> {

  private final AsyncCache<String, V> cache;
  private final Function<String, Mono<V>> loader;

  TtlCache(Duration ttl, int maxSize, Ticker ticker, Function<String, Mono<V>> loader) {
    this.cache =
        Caffeine.newBuilder()
            .expireAfterWrite(ttl)
            .maximumSize(maxSize)
            .ticker(ticker)
            .buildAsync();
    this.loader = loader;
  }

  Mono<V> get(String key) {
    // suppressCancel: one caller going away must not cancel the lookup others are waiting for.
    return Mono.fromFuture(() -> cache.get(key, (k, executor) -> loader.apply(k).toFuture()), true);
  }

  /** Drops the answer for {@code key}: the next request looks it up again. */
  void forget(String key) {
    cache.synchronous().invalidate(key);
  }

  /** Drops every answer. */
  void forgetAll() {
    cache.synchronous().invalidateAll();
  }
}
