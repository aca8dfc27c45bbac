package org.ipnetwork.directory.partner;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Web origins as browsers send them in the {@code Origin} header: exactly {@code scheme://host} or
 * {@code scheme://host:port}, nothing else. Partners' allowed origins are stored normalised, and a
 * request's origin is normalised the same way before an exact comparison — there are no wildcards,
 * so {@code https://evil-example.org} never matches {@code https://example.org}.
 */
public final class Origins {

  private Origins() {}

  /**
   * The normalised origin: lowercase scheme and host, default port dropped ({@code
   * https://Example.org:443} → {@code https://example.org}).
   *
   * @throws IllegalArgumentException when the text is not an http(s) origin (a path, query,
   *     fragment, user info, wildcard or {@code null} origin)
   */
  public static String normalize(String origin) {
    return parse(origin)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "not an origin (scheme://host[:port], http or https): " + origin));
  }

  /** Like {@link #normalize} but empty for anything that is not an origin. */
  public static Optional<String> parse(String origin) {
    if (origin == null || origin.isBlank() || origin.contains("*")) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(origin.trim());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.empty();
    }
    if (uri.getHost() == null
        || uri.getRawUserInfo() != null
        || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      return Optional.empty();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("https") && port == 443)
            || (scheme.equals("http") && port == 80);
    return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port));
  }
}
