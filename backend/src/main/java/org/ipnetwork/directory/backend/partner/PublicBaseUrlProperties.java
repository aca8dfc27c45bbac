package org.ipnetwork.directory.backend.partner;

import java.util.Optional;
import org.ipnetwork.directory.partner.BaseUrl;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where partners' pages reach the directory: the base of the partner snippets and of the OpenAPI
 * document's server URL.
 *
 * @param publicBaseUrl {@code http(s)://host[:port]} the snippets of partner keys point to; empty:
 *     the scheme and host the staff member's request came with
 */
@ConfigurationProperties("directory")
public record PublicBaseUrlProperties(String publicBaseUrl) {

  public PublicBaseUrlProperties {
    // A wrong value stops the start, rather than handing partners snippets that cannot work.
    baseUrl(publicBaseUrl);
  }

  public Optional<BaseUrl> baseUrl() {
    return baseUrl(publicBaseUrl);
  }

  private static Optional<BaseUrl> baseUrl(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(BaseUrl.parse(text));
  }
}
