package org.ipnetwork.directory.backend.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import org.ipnetwork.directory.partner.Partner;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j, in memory, per backend instance): one per client ({@link ClientAddress}:
 * an IPv4 address, an IPv6 /64) and one per partner key for the public API, and buckets of failed
 * staff sign-ins per account and per address. A bucket holds a period's worth of tokens and refills
 * smoothly, so a burst of up to the limit is allowed and then one every {@code period / limit}.
 *
 * <p>Buckets live in bounded caches, so a flood of new addresses (or made-up emails) cannot grow
 * memory without bound: the least recently used are dropped (and start full if they come back).
 */
@Component
public class RateLimiter {

  /** A partner's bucket is keyed by its limit too, so a changed limit applies at once. */
  private static final int MAX_PARTNERS = 10_000;

  /**
   * Whether a request may go on.
   *
   * @param retryAfterSeconds when refused, whole seconds until a token is back (at least 1)
   */
  public record Decision(boolean allowed, long retryAfterSeconds) {
    public static final Decision ALLOWED = new Decision(true, 0);
  }

  private final RateLimitProperties properties;
  private final Cache<String, Bucket> clients;
  private final Cache<String, Bucket> partners;
  private final Cache<String, Bucket> failures;
  private final Cache<String, Bucket> quotas;

  public RateLimiter(RateLimitProperties properties) {
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
    // Failures are kept as long as a bucket takes to fill up again, whatever idle-expiry says.
    this.failures = Caffeine.newBuilder().maximumSize(properties.maxTrackedClients()).build();
    this.quotas = Caffeine.newBuilder().maximumSize(properties.maxTrackedClients()).build();
  }

  /** A request without a partner key from this client address. */
  public Decision anonymous(String address) {
    return take(clients, "anonymous " + address, properties.anonymousPerMinute());
  }

  /** A request with a partner key from this client address. */
  public Decision partnerTraffic(String address) {
    return take(clients, "partner " + address, properties.partnerIpPerMinute());
  }

  /** A request counted against the partner's own limit. */
  public Decision partner(Partner partner) {
    int limit = partner.requestsPerMinute();
    return take(partners, partner.id() + " " + limit, limit);
  }

  /**
   * Whether one more failure of {@code key} (an account, an address) would still be within {@code
   * limit} failures per {@code period}; does not count one. Success is never counted, so signing in
   * often never locks anybody out.
   */
  public Decision failuresLeft(String key, int limit, Duration period) {
    EstimationProbe probe =
        failures
            .get(failureKey(key, limit, period), k -> newBucket(limit, period))
            .estimateAbilityToConsume(1);
    return probe.canBeConsumed()
        ? Decision.ALLOWED
        : new Decision(false, seconds(probe.getNanosToWaitForRefill()));
  }

  /** Counts one failure of {@code key}. */
  public void failed(String key, int limit, Duration period) {
    failures.get(failureKey(key, limit, period), k -> newBucket(limit, period)).tryConsume(1);
  }

  /**
   * Takes one of {@code limit} actions per {@code period} of {@code key} (the correction reports of
   * one address), refused when none is left.
   */
  public Decision take(String key, int limit, Duration period) {
    ConsumptionProbe probe =
        quotas
            .get(failureKey(key, limit, period), k -> newBucket(limit, period))
            .tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Decision.ALLOWED
        : new Decision(false, seconds(probe.getNanosToWaitForRefill()));
  }

  /** Gives back an action {@link #take} counted that turned out not to count (a refused input). */
  public void giveBack(String key, int limit, Duration period) {
    quotas.get(failureKey(key, limit, period), k -> newBucket(limit, period)).addTokens(1);
  }

  private static String failureKey(String key, int limit, Duration period) {
    return key + " " + limit + "/" + period;
  }

  private static Decision take(Cache<String, Bucket> buckets, String key, int perMinute) {
    Bucket bucket = buckets.get(key, k -> newBucket(perMinute, Duration.ofMinutes(1)));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Decision.ALLOWED;
    }
    return new Decision(false, seconds(probe.getNanosToWaitForRefill()));
  }

  private static long seconds(long nanos) {
    return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
  }

  private static Bucket newBucket(int limit, Duration period) {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build())
        .build();
  }
}
