package org.ipnetwork.directory.backend.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The HTML pages (the public search, the workplace and its sign-in): read once from the classpath
 * with their asset links versioned ({@link AssetVersion}) and their modules preloaded ({@link
 * ModulePreloads}), answered with an ETag and {@code no-cache}, so a repeat visit costs one 304 for
 * the page and nothing for its assets.
 */
@Component
public final class Pages {

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private record Page(String html, byte[] body, String etag) {}

  private final AssetVersion version;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  Pages(AssetVersion version) {
    this.version = version;
  }

  /** The page at this classpath location, or 304 when the browser holds it already. */
  public Mono<ServerResponse> serve(ServerRequest request, String resource) {
    Page page = pages.computeIfAbsent(resource, this::load);
    return answer(request, page.body(), page.etag(), false);
  }

  /**
   * The page with a {@code <link rel="preload" as="fetch">} of {@code path} (an API call that the
   * page's script makes first, computed from the request) ahead of its other links, so that the
   * call starts with the page's assets rather than after them. The ETag covers the link.
   */
  Mono<ServerResponse> serveWithPreload(ServerRequest request, String resource, String path) {
    Page page = pages.computeIfAbsent(resource, this::load);
    String link =
        "<link rel=\"preload\" href=\""
            + HtmlUtils.htmlEscape(path, StandardCharsets.UTF_8.name())
            + "\" as=\"fetch\" crossorigin>\n  ";
    int at = page.html().indexOf("<link ");
    String html = page.html().substring(0, at) + link + page.html().substring(at);
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String etag = "\"" + sha256(body).substring(0, 32) + "\"";
    // Without a lang parameter the preloaded search is in the browser's language.
    return answer(request, body, etag, true);
  }

  /** The page, or 304 when the browser holds this version. */
  private static Mono<ServerResponse> answer(
      ServerRequest request, byte[] body, String etag, boolean varyByLanguage) {
    ServerResponse.BodyBuilder ok =
        ServerResponse.ok().contentType(HTML).eTag(etag).cacheControl(CacheControl.noCache());
    if (varyByLanguage) {
      ok.varyBy(HttpHeaders.ACCEPT_LANGUAGE);
    }
    return request.checkNotModified(etag).switchIfEmpty(ok.bodyValue(body));
  }

  private Page load(String resource) {
    try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      String html =
          version.versioned(
              ModulePreloads.insert(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      byte[] body = html.getBytes(StandardCharsets.UTF_8);
      return new Page(html, body, "\"" + sha256(body).substring(0, 32) + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
