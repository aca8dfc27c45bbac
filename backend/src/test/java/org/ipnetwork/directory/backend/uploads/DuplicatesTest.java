package org.ipnetwork.directory.backend.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The website domain by which an uploaded row is compared with the published listings. */
class DuplicatesTest {

  @Test
  void theDomainIgnoresSchemeWwwCasePortAndPath() {
    assertThat(Duplicates.domain("https://www.Harbour-IP.example/en/contact"))
        .isEqualTo("harbour-ip.example");
    assertThat(Duplicates.domain("http://harbour-ip.example:8080")).isEqualTo("harbour-ip.example");
    assertThat(Duplicates.domain("https://ip.harbour.example")).isEqualTo("ip.harbour.example");
  }

  @Test
  void noWebsiteOrOneThatIsNoUrlHasNoDomain() {
    assertThat(Duplicates.domain(null)).isNull();
    assertThat(Duplicates.domain("not a url")).isNull();
  }
}
