package org.ipnetwork.directory.backend.partner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.ipnetwork.directory.partner.Partner;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j, in memory, per backend instance): one per client address and one per
 * partner key. A bucket holds a minute's worth of requests and refills smoothly, so a burst of up
 * to the limit is allowed and then one request every {@code 60 s / limit}.
 *
 * <p>Buckets live in bounded caches, so a flood of new addresses cannot grow memory without bound:
 * the least recently used are dropped (and start full if that address comes back).
 */
@Component
class RateLimiter {

  /** A partner's bucket is keyed by its limit too, so a changed limit applies at once. */
  private static final int MAX_PARTNERS = 10_000;

  /**
   * Whether a request may go on.
   *
   * @param retryAfterSeconds when refused, whole seconds until a token is back (at least 1)
   */
  record Decision(boolean allowed, long retryAfterSeconds) {
    static final Decision ALLOWED = new Decision(true, 0);
  }

  private final RateLimitProperties properties;
  private final Cache<String, Bucket> clients;
  private final Cache<String, Bucket> partners;

  RateLimiter(RateLimitProperties properties) {
    this.properties = properties;
    this.clients =
        Caffeine.newBuilder()
            .maximumSize(properties.maxTrackedClients())
            .expireAfterAccess(properties.idleExpiry())
            .build();
    this.partners =
        Caffeine.newBuilder()
            .maximumSize(MAX_PARTNERS)
            .expireAfterAccess(properties.idleExpiry())
            .build();
  }

  /** A request without a partner key from this client address. */
  Decision anonymous(String address) {
    return take(clients, "anonymous " + address, properties.anonymousPerMinute());
  }

  /** A request with a partner key from this client address. */
  Decision partnerTraffic(String address) {
    return take(clients, "partner " + address, properties.partnerIpPerMinute());
  }

  /** A request counted against the partner's own limit. */
  Decision partner(Partner partner) {
    int limit = partner.requestsPerMinute();
    return take(partners, partner.id() + " " + limit, limit);
  }

  private static Decision take(Cache<String, Bucket> buckets, String key, int perMinute) {
    Bucket bucket = buckets.get(key, k -> newBucket(perMinute));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Decision.ALLOWED;
    }
    long nanos = probe.getNanosToWaitForRefill();
    long seconds = (nanos + 999_999_999L) / 1_000_000_000L;
    return new Decision(false, Math.max(1, seconds));
  }

  private static Bucket newBucket(int perMinute) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1))
                .build())
        .build();
  }
}
