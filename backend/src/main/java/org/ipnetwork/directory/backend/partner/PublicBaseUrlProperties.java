package org.ipnetwork.directory.backend.partner;

import java.util.Optional;
import org.ipnetwork.directory.partner.BaseUrl;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where partners' pages reach the directory.
 *
 * @param publicBaseUrl {@code http(s)://host[:port]} the snippets of partner keys point to; empty:
 *     the scheme and host the staff member's request came with
 */
@ConfigurationProperties("directory")
record PublicBaseUrlProperties(String publicBaseUrl) {

  PublicBaseUrlProperties {
    // A wrong value stops the start, rather than handing partners snippets that cannot work.
    baseUrl(publicBaseUrl);
  }

  Optional<BaseUrl> baseUrl() {
    return baseUrl(publicBaseUrl);
  }

  private static Optional<BaseUrl> baseUrl(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(BaseUrl.parse(text));
  }
}
