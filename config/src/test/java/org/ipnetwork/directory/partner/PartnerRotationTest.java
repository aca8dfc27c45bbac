package org.ipnetwork.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

/** Rotation with a grace period and the expiry of the previous key, at fixed times. */
class PartnerRotationTest {

  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private final SecureRandom random = new SecureRandom();
  private final String first = PartnerKeys.generate(random);
  private final String second = PartnerKeys.generate(random);

  private Partner partner() {
    return Partner.builder()
        .id("p-1")
        .name("Chamber")
        .keyHash(PartnerKeys.hash(first))
        .keyPrefix(PartnerKeys.prefix(first))
        .allowedOrigins(List.of())
        .scope(Map.of())
        .requestsPerMinute(60)
        .enabled(true)
        .created(NOW.minusSeconds(3600))
        .updated(NOW.minusSeconds(3600))
        .keyRotated(NOW.minusSeconds(3600))
        .build();
  }

  @Test
  void withAGraceTheOldKeyWorksUntilItExpires() {
    Partner rotated = partner().withNewKey(second, NOW, Duration.ofHours(24));
    String oldHash = PartnerKeys.hash(first);
    String newHash = PartnerKeys.hash(second);
    assertThat(rotated.keyHash()).isEqualTo(newHash);
    assertThat(rotated.previousKeyHash()).isEqualTo(oldHash);
    assertThat(rotated.previousKeyPrefix()).isEqualTo(PartnerKeys.prefix(first));
    assertThat(rotated.previousKeyExpires()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    assertThat(rotated.keyRotated()).isEqualTo(NOW);

    assertThat(rotated.acceptsKeyHash(newHash, NOW)).isTrue();
    assertThat(rotated.acceptsKeyHash(oldHash, NOW)).isTrue();
    assertThat(rotated.acceptsKeyHash(oldHash, NOW.plus(Duration.ofHours(24)).minusMillis(1)))
        .isTrue();
    assertThat(rotated.acceptsKeyHash(oldHash, NOW.plus(Duration.ofHours(24)))).isFalse();
    assertThat(rotated.acceptsKeyHash(newHash, NOW.plus(Duration.ofDays(400)))).isTrue();
  }

  @Test
  void withoutAGraceTheOldKeyStopsAtOnce() {
    Partner rotated = partner().withNewKey(second, NOW, Duration.ZERO);
    assertThat(rotated.previousKeyHash()).isNull();
    assertThat(rotated.previousKeyExpires()).isNull();
    assertThat(rotated.acceptsKeyHash(PartnerKeys.hash(first), NOW)).isFalse();
  }

  @Test
  void aSecondRotationDropsTheKeyBeforeTheLast() {
    String third = PartnerKeys.generate(random);
    Partner twice =
        partner()
            .withNewKey(second, NOW, Duration.ofDays(7))
            .withNewKey(third, NOW.plusSeconds(60), Duration.ofHours(1));
    assertThat(twice.acceptsKeyHash(PartnerKeys.hash(first), NOW.plusSeconds(61))).isFalse();
    assertThat(twice.acceptsKeyHash(PartnerKeys.hash(second), NOW.plusSeconds(61))).isTrue();
    assertThat(twice.previousKeyExpires()).isEqualTo(NOW.plusSeconds(60 + 3600));
  }

  @Test
  void revokingRemovesBothKeys() {
    Partner revoked = partner().withNewKey(second, NOW, Duration.ofDays(1)).withoutKeys();
    assertThat(revoked.hasKey()).isFalse();
    assertThat(revoked.acceptsKeyHash(PartnerKeys.hash(first), NOW)).isFalse();
    assertThat(revoked.acceptsKeyHash(PartnerKeys.hash(second), NOW)).isFalse();
    assertThat(revoked.previousKeyPrefix()).isNull();
  }

  @Test
  void aRevokedPartnerRotatedWithAGraceHasNoPreviousKey() {
    Partner again = partner().withoutKeys().withNewKey(second, NOW, Duration.ofDays(1));
    assertThat(again.previousKeyHash()).isNull();
    assertThat(again.acceptsKeyHash(null, NOW)).isFalse();
  }

  @Test
  void theGraceIsZeroToThirtyDays() {
    // Refused before the store is asked: no node needed.
    PartnerAdmin admin =
        new PartnerAdmin(new PartnerStore(null, CLOCK), Taxonomies.bundled(), CLOCK, random);
    for (Duration bad :
        new Duration[] {Duration.ofSeconds(-1), Duration.ofDays(30).plusMillis(1)}) {
      assertThatThrownBy(() -> admin.rotate("p-1", bad))
          .isInstanceOfSatisfying(
              PartnerInputException.class, e -> assertThat(e.field()).isEqualTo("grace"))
          .hasMessageContaining("0 to 30 days");
    }
    assertThatThrownBy(() -> admin.usage("p-1", 0))
        .isInstanceOfSatisfying(
            PartnerInputException.class, e -> assertThat(e.field()).isEqualTo("days"));
    assertThatThrownBy(() -> admin.usage("p-1", 367)).isInstanceOf(PartnerInputException.class);
  }
}
