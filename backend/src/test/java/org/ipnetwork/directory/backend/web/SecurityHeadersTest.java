package org.ipnetwork.directory.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** Who may frame what. */
class SecurityHeadersTest {

  private final SecurityHeaders writer = new SecurityHeaders();

  private HttpHeaders headers(String path, List<String> frameAncestors) {
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
    if (frameAncestors != null) {
      exchange.getAttributes().put(SecurityHeaders.FRAME_ANCESTORS, frameAncestors);
    }
    writer.writeHttpHeaders(exchange).block();
    return exchange.getResponse().getHeaders();
  }

  @Test
  void theAppMayNotBeFramed() {
    HttpHeaders h = headers("/api/v1/search", List.of("https://partner.example"));
    assertThat(h.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(h.getFirst("Content-Security-Policy"))
        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("partner.example");
    assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(h.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
  }

  @Test
  void theFrameMayBeFramedByThePartnersOriginsOnly() {
    HttpHeaders h =
        headers("/embed/v1/frame", List.of("https://a.example", "https://b.example:8443"));
    assertThat(h.getFirst("X-Frame-Options")).isNull();
    assertThat(h.getFirst("Content-Security-Policy"))
        .endsWith("frame-ancestors https://a.example https://b.example:8443")
        .contains("script-src 'self'");
  }

  @Test
  void theFrameWithoutAPartnerMayNotBeFramedAtAll() {
    HttpHeaders h = headers("/embed/v1/frame", null);
    assertThat(h.getFirst("Content-Security-Policy")).endsWith("frame-ancestors 'none'");
    assertThat(h.getFirst("X-Frame-Options")).isNull();
  }

  @Test
  void otherEmbedRoutesAreNotFrameable() {
    HttpHeaders h = headers("/embed/v1/widget.js", List.of("https://a.example"));
    assertThat(h.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(h.getFirst("Content-Security-Policy")).endsWith("frame-ancestors 'none'");
  }
}
