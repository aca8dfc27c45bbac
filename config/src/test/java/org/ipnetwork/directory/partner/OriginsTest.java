package org.ipnetwork.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OriginsTest {

  @Test
  void normalisesCaseAndDefaultPorts() {
    assertThat(Origins.normalize("HTTPS://Www.Example.ORG")).isEqualTo("https://www.example.org");
    assertThat(Origins.normalize("https://example.org:443")).isEqualTo("https://example.org");
    assertThat(Origins.normalize("http://example.org:80")).isEqualTo("http://example.org");
    assertThat(Origins.normalize("http://localhost:8081")).isEqualTo("http://localhost:8081");
    assertThat(Origins.normalize("https://example.org:8443")).isEqualTo("https://example.org:8443");
  }

  @Test
  void onlyBareHttpOriginsAreOrigins() {
    for (String bad :
        new String[] {
          "https://example.org/",
          "https://example.org/page",
          "https://example.org?x=1",
          "https://example.org#top",
          "https://user@example.org",
          "https://*.example.org",
          "*",
          "null",
          "ftp://example.org",
          "example.org",
          "javascript:alert(1)",
          ""
        }) {
      assertThat(Origins.parse(bad)).as(bad).isEmpty();
    }
    assertThatThrownBy(() -> Origins.normalize("https://example.org/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https://example.org/x");
  }

  @Test
  void matchingIsExactAfterNormalising() {
    String allowed = Origins.normalize("https://example.org");
    assertThat(Origins.parse("https://EXAMPLE.org:443")).contains(allowed);
    assertThat(Origins.parse("https://evil-example.org")).isNotEqualTo(Origins.parse(allowed));
    assertThat(Origins.parse("https://example.org.evil.test")).isNotEqualTo(Origins.parse(allowed));
    assertThat(Origins.parse("http://example.org")).isNotEqualTo(Origins.parse(allowed));
  }
}
