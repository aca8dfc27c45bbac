package org.ipnetwork.directory.backend.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.ipnetwork.directory.backend.web.VerificationLinkException;
import org.ipnetwork.directory.backend.web.VerificationLinkException.Reason;
import org.junit.jupiter.api.Test;

/** Links name their listing and expiry, and are refused when expired, changed or foreign. */
class LinkSealTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private static final byte[] KEY =
      "a link secret of thirty-two chars!".getBytes(StandardCharsets.UTF_8);
  private final LinkSeal seal = new LinkSeal(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

  private static Reason reason(Runnable r) {
    try {
      r.run();
    } catch (VerificationLinkException e) {
      return e.reason();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aLinkNamesItsListingExpiryAndANonceOfItsOwn() {
    String a = seal.issue("sample-0531", NOW.plusSeconds(60));
    String b = seal.issue("sample-0531", NOW.plusSeconds(60));
    LinkSeal.Link link = seal.open(a);
    assertThat(link.listingId()).isEqualTo("sample-0531");
    assertThat(link.expires()).isEqualTo(NOW.plusSeconds(60));
    assertThat(seal.open(b).nonce()).isNotEqualTo(link.nonce());
    assertThat(a).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
  }

  @Test
  void anExpiredLinkIsRefusedAsExpired() {
    String token = seal.issue("sample-0531", NOW);
    assertThat(reason(() -> seal.open(token))).isEqualTo(Reason.EXPIRED);
  }

  @Test
  void aChangedForeignOrMalformedLinkIsRefusedAsInvalid() {
    String token = seal.issue("sample-0531", NOW.plusSeconds(60));
    char last = token.charAt(10);
    String changed = token.substring(0, 10) + (last == 'A' ? 'B' : 'A') + token.substring(11);
    assertThat(reason(() -> seal.open(changed))).isEqualTo(Reason.INVALID);
    LinkSeal other =
        new LinkSeal(
            "another secret of thirty-two chars".getBytes(StandardCharsets.UTF_8),
            Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(reason(() -> other.open(token))).isEqualTo(Reason.INVALID);
    for (String bad : new String[] {"", "abc", token + "x", "a.b", "!!!!!!!!." + token}) {
      assertThat(reason(() -> seal.open(bad))).as(bad).isEqualTo(Reason.INVALID);
    }
    assertThatThrownBy(() -> seal.open(null)).isInstanceOf(VerificationLinkException.class);
  }
}
