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
import java.util.function.UnaryOperator;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
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
   * The page as {@code edit} rewrites it for this request (the public page: its first search
   * preloaded, its texts in the visitor's language), with an ETag of the result. It varies by the
   * browser's languages, which decide the language of a URL without {@code lang}.
   */
  Mono<ServerResponse> serveEdited(
      ServerRequest request, String resource, UnaryOperator<String> edit) {
    Page page = pages.computeIfAbsent(resource, this::load);
    byte[] body = edit.apply(page.html()).getBytes(StandardCharsets.UTF_8);
    return answer(request, body, "\"" + sha256(body).substring(0, 32) + "\"", true);
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
