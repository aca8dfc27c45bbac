package org.ipnetwork.directory.backend.partner;

import java.net.URI;
import java.util.Optional;
import org.ipnetwork.directory.partner.Origins;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The origin of the page that embeds the frame, as far as an iframe navigation tells it: browsers
 * send no {@code Origin} on a GET navigation, but {@code Sec-Fetch-Site} says whether it came from
 * another site and the {@code Referer} (by the default policy {@code
 * strict-origin-when-cross-origin} at least the origin) names it. Navigations inside the frame (its
 * form, paging, detail pages) are same-origin and name no embedder; neither does a page that sends
 * no referrer, which the frame's {@code frame-ancestors} still covers.
 */
final class FrameEmbedder {

  private FrameEmbedder() {}

  static Optional<String> origin(ServerHttpRequest request) {
    HttpHeaders h = request.getHeaders();
    String site = h.getFirst("Sec-Fetch-Site");
    if ("same-origin".equals(site) || "none".equals(site)) {
      return Optional.empty();
    }
    String dest = h.getFirst("Sec-Fetch-Dest");
    if (dest != null && !dest.equals("iframe") && !dest.equals("frame")) {
      return Optional.empty();
    }
    String referer = h.getFirst(HttpHeaders.REFERER);
    if (referer == null || referer.isBlank()) {
      return Optional.empty();
    }
    Optional<String> origin;
    try {
      URI uri = URI.create(referer.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      origin =
          Origins.parse(
              uri.getScheme()
                  + "://"
                  + uri.getHost()
                  + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (origin.isEmpty() || site == null && origin.get().equals(own(request))) {
      return Optional.empty();
    }
    return origin;
  }

  /** The directory's own origin as this request reached it (without Sec-Fetch-Site to go by). */
  private static String own(ServerHttpRequest request) {
    URI uri = request.getURI();
    return Origins.parse(
            uri.getScheme()
                + "://"
                + uri.getHost()
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()))
        .orElse("");
  }
}
