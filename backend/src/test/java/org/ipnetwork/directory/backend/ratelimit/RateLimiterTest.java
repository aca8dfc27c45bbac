package org.ipnetwork.directory.backend.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.partner.Partner;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final RateLimiter limiter =
      new RateLimiter(new RateLimitProperties(3, 5, false, 1000, Duration.ofMinutes(10)));

  private static Partner partner(String id, int limit) {
    Instant now = Instant.now();
    return new Partner(
        id, id, "h", "p", List.of(), Map.of(), limit, true, now, now, now, null, null, null);
  }

  @Test
  void anAddressGetsItsBurstThenARetryAfter() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.anonymous("192.0.2.1").allowed()).isTrue();
    }
    RateLimiter.Decision refused = limiter.anonymous("192.0.2.1");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
    assertThat(limiter.anonymous("192.0.2.2").allowed()).isTrue();
  }

  @Test
  void partnerTrafficFromAnAddressHasItsOwnBucket() {
    for (int i = 0; i < 3; i++) {
      limiter.anonymous("192.0.2.3");
    }
    assertThat(limiter.anonymous("192.0.2.3").allowed()).isFalse();
    assertThat(limiter.partnerTraffic("192.0.2.3").allowed()).isTrue();
  }

  @Test
  void aPartnerHasItsOwnLimitAndAChangedLimitAppliesAtOnce() {
    Partner two = partner("p-two", 2);
    assertThat(limiter.partner(two).allowed()).isTrue();
    assertThat(limiter.partner(two).allowed()).isTrue();
    assertThat(limiter.partner(two).allowed()).isFalse();
    assertThat(limiter.partner(partner("p-two", 10)).allowed()).isTrue();
    assertThat(limiter.partner(partner("p-other", 2)).allowed()).isTrue();
  }

  @Test
  void failuresAreCountedOnlyWhenReportedAndRefuseOnceUsedUp() {
    Duration quarter = Duration.ofMinutes(15);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.failuresLeft("account a@x.example", 3, quarter).allowed()).isTrue();
      assertThat(limiter.failuresLeft("account a@x.example", 3, quarter).allowed()).isTrue();
      limiter.failed("account a@x.example", 3, quarter);
    }
    RateLimiter.Decision locked = limiter.failuresLeft("account a@x.example", 3, quarter);
    assertThat(locked.allowed()).isFalse();
    assertThat(locked.retryAfterSeconds()).isBetween(1L, 300L);
    assertThat(limiter.failuresLeft("account b@x.example", 3, quarter).allowed()).isTrue();
  }
}
