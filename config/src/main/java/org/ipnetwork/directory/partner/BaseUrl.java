package org.ipnetwork.directory.partner;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the directory is reached from partners' pages, for the snippets they paste: {@code http} or
 * {@code https}, a host and an optional port, nothing else (no user, path, query or fragment). Kept
 * normalised: lower case, default port dropped, no trailing slash ({@code
 * HTTPS://Directory.example:443/} → {@code https://directory.example}).
 *
 * @param value the normalised URL
 */
public record BaseUrl(String value) {

  /** A DNS name or IPv4 address, or an IPv6 address in brackets: nothing that could break HTML. */
  private static final Pattern HOST =
      Pattern.compile("[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\\[[0-9a-f:.]+\\]");

  /** A host name with an optional port, as {@code --host} takes it. */
  private static final Pattern HOST_AND_PORT = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?");

  public BaseUrl {
    if (value == null || !value.equals(normalise(value))) {
      throw new IllegalArgumentException("not a normalised base URL: " + value);
    }
  }

  /**
   * The base URL in {@code text}.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static BaseUrl parse(String text) {
    return new BaseUrl(normalise(text));
  }

  /** {@code https://} and a host with an optional port, as the snippets were always made. */
  public static BaseUrl https(String host) {
    if (host == null || !HOST_AND_PORT.matcher(host).matches()) {
      throw new IllegalArgumentException("not a host name: " + host);
    }
    return parse("https://" + host);
  }

  @Override
  public String toString() {
    return value;
  }

  private static String normalise(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a base URL is needed, e.g. https://directory.example");
    }
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw refused(text, "it is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused(text, "the scheme must be http or https");
    }
    if (uri.getRawAuthority() == null || uri.getHost() == null) {
      throw refused(text, "it has no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw refused(text, "it must not hold a user name");
    }
    String path = uri.getRawPath();
    if (!(path == null || path.isEmpty() || path.equals("/"))
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw refused(text, "it must not have a path, query or fragment");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (!HOST.matcher(host).matches()) {
      throw refused(text, "the host is not a host name");
    }
    int port = uri.getPort();
    if (port == 0 || port > 65_535) {
      throw refused(text, "the port must be 1..65535");
    }
    boolean defaultPort =
        port == -1
            || (scheme.equals("https") && port == 443)
            || (scheme.equals("http") && port == 80);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }

  private static IllegalArgumentException refused(String text, String why) {
    return new IllegalArgumentException(
        "not a base URL (http(s)://host[:port]): " + text + ": " + why);
  }
}
