package org.ipnetwork.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerKeysTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void keysAreUrlSafeAndDifferEveryTime() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String key = PartnerKeys.generate(random);
      assertThat(key).hasSize(43).matches("[A-Za-z0-9_-]+");
      assertThat(PartnerKeys.wellFormed(key)).isTrue();
      keys.add(key);
    }
    assertThat(keys).hasSize(100);
  }

  @Test
  void theHashIsSha256HexAndStable() {
    assertThat(PartnerKeys.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    String key = PartnerKeys.generate(random);
    assertThat(PartnerKeys.hash(key)).isEqualTo(PartnerKeys.hash(key)).doesNotContain(key);
  }

  @Test
  void thePrefixIsTheFirstEightCharacters() {
    String key = PartnerKeys.generate(random);
    assertThat(PartnerKeys.prefix(key)).hasSize(8).isEqualTo(key.substring(0, 8));
  }

  @Test
  void junkIsNotAKey() {
    assertThat(PartnerKeys.wellFormed(null)).isFalse();
    assertThat(PartnerKeys.wellFormed("")).isFalse();
    assertThat(PartnerKeys.wellFormed("short")).isFalse();
    assertThat(PartnerKeys.wellFormed("a".repeat(42) + "=")).isFalse();
    assertThat(PartnerKeys.wellFormed("a".repeat(44))).isFalse();
  }
}
