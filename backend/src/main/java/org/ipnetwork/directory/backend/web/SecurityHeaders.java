package org.ipnetwork.directory.backend.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The browser-hardening headers of every answer, written just before it is committed (so also on
 * errors and on answers written by filters). The app may not be framed anywhere ({@code
 * frame-ancestors 'none'} and {@code X-Frame-Options: DENY}) — except the partner iframe route,
 * which may be framed by exactly the origins of the partner whose key it was opened with, and by
 * nobody when there is no such partner.
 */
public final class SecurityHeaders implements ServerHttpHeadersWriter {

  /**
   * Exchange attribute: the normalised origins ({@code Collection<String>}) that may frame this
   * answer, or {@code *} for any; set by the partner filter.
   */
  public static final String FRAME_ANCESTORS = SecurityHeaders.class.getName() + ".frameAncestors";

  /** The route meant to be shown in a partner's iframe: the frame's search. */
  public static final String FRAME_PATH = "/embed/v1/frame";

  /** The frame's detail pages, {@code /embed/v1/frame/listing/ID}: framed like the search. */
  public static final String FRAME_LISTING_PREFIX = FRAME_PATH + "/listing/";

  /**
   * Whether a path is one of the frame's pages: the search or a listing's detail page (exactly one
   * segment after the prefix). Nothing else under the frame path may be framed.
   */
  public static boolean framePath(String path) {
    if (path.equals(FRAME_PATH)) {
      return true;
    }
    if (!path.startsWith(FRAME_LISTING_PREFIX)) {
      return false;
    }
    String id = path.substring(FRAME_LISTING_PREFIX.length());
    return !id.isEmpty() && id.indexOf('/') < 0;
  }

  static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; ";

  /**
   * The headers of an answer that may not be framed: every answer but the frame's pages. Also
   * written by the connection guard, for the answers it gives before any request reaches Spring.
   */
  public static final Map<String, String> NOT_FRAMED =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "strict-origin-when-cross-origin",
          "Content-Security-Policy", POLICY + "frame-ancestors 'none'",
          "X-Frame-Options", "DENY");

  @Override
  public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
    HttpHeaders h = exchange.getResponse().getHeaders();
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "strict-origin-when-cross-origin");
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    if (framePath(path)) {
      Collection<String> origins = exchange.getAttributeOrDefault(FRAME_ANCESTORS, List.of());
      String ancestors = origins.isEmpty() ? "'none'" : String.join(" ", origins);
      h.set("Content-Security-Policy", POLICY + "frame-ancestors " + ancestors);
      // X-Frame-Options cannot name several origins; CSP frame-ancestors supersedes it.
      h.remove("X-Frame-Options");
    } else {
      NOT_FRAMED.forEach(h::set);
    }
    return Mono.empty();
  }
}
