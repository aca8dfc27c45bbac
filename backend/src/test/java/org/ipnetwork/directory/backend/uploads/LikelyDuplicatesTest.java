package org.ipnetwork.directory.backend.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipnetwork.directory.backend.duplicates.DuplicateKeys;
import org.junit.jupiter.api.Test;

/** The website domain by which an uploaded row is compared with the published listings. */
class LikelyDuplicatesTest {

  @Test
  void theDomainIgnoresSchemeWwwCasePortAndPath() {
    assertThat(DuplicateKeys.domain("https://www.Harbour-IP.example/en/contact"))
        .isEqualTo("harbour-ip.example");
    assertThat(DuplicateKeys.domain("http://harbour-ip.example:8080"))
        .isEqualTo("harbour-ip.example");
    assertThat(DuplicateKeys.domain("https://ip.harbour.example")).isEqualTo("ip.harbour.example");
  }

  @Test
  void noWebsiteOrOneThatIsNoUrlHasNoDomain() {
    assertThat(DuplicateKeys.domain(null)).isNull();
    assertThat(DuplicateKeys.domain("not a url")).isNull();
  }
}
