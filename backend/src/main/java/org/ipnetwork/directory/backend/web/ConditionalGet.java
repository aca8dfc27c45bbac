package org.ipnetwork.directory.backend.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Revalidation for the public API's answers: a GET answered 200 gets a weak ETag, the hash of its
 * body, and {@code Cache-Control: no-cache}; a request whose {@code If-None-Match} holds that tag
 * gets 304 without the body. A visitor going back to a search, or reloading it, then pays a few
 * hundred bytes instead of the whole answer. The answer is still computed (a shallow ETag saves
 * bytes on the wire, not work on the server): the listings change at any time, so there is no
 * cheaper honest validator. Weak, because gzip may change the bytes on the way.
 *
 * <p>The workplace's answers carry their own ETags (a listing's version) and are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public final class ConditionalGet implements WebFilter {

  private static final String API = "/api/v1/";
  private static final String ADMIN = "/api/v1/admin/";

  /** Headers the public answers depend on besides the URL (language, partner scope, CORS). */
  static final List<String> VARY = List.of("Accept-Language", "X-Partner-Key");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    HttpMethod method = exchange.getRequest().getMethod();
    // HEAD too: it must carry the headers GET would (the body is dropped further out).
    if ((method != HttpMethod.GET && method != HttpMethod.HEAD)
        || !path.startsWith(API)
        || path.startsWith(ADMIN)) {
      return chain.filter(exchange);
    }
    return chain.filter(exchange.mutate().response(new Tagging(exchange)).build());
  }

  /** Holds the body back until its hash is known, then answers it or 304. */
  private static final class Tagging extends ServerHttpResponseDecorator {

    private final ServerWebExchange exchange;

    Tagging(ServerWebExchange exchange) {
      super(exchange.getResponse());
      this.exchange = exchange;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
      ServerHttpResponse response = getDelegate();
      HttpStatusCode status = response.getStatusCode();
      // Only whole successful answers; one that carries its own validator keeps it.
      if ((status != null && status.value() != 200) || response.getHeaders().getETag() != null) {
        return super.writeWith(body);
      }
      return DataBufferUtils.join(body)
          .flatMap(
              joined -> {
                byte[] bytes = new byte[joined.readableByteCount()];
                joined.read(bytes);
                DataBufferUtils.release(joined);
                String etag = "W/\"" + sha256(bytes).substring(0, 32) + "\"";
                HttpHeaders headers = response.getHeaders();
                headers.setETag(etag);
                for (String header : VARY) {
                  if (!headers.getVary().contains(header)) {
                    headers.add(HttpHeaders.VARY, header);
                  }
                }
                if (headers.getCacheControl() == null) {
                  headers.setCacheControl(CacheControl.noCache());
                }
                if (matches(exchange.getRequest().getHeaders().getIfNoneMatch(), etag)) {
                  response.setStatusCode(HttpStatus.NOT_MODIFIED);
                  headers.remove(HttpHeaders.CONTENT_LENGTH);
                  headers.remove(HttpHeaders.CONTENT_TYPE);
                  return response.setComplete();
                }
                headers.setContentLength(bytes.length);
                return super.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
              });
    }

    private static boolean matches(List<String> ifNoneMatch, String etag) {
      String opaque = etag.substring(2);
      for (String candidate : ifNoneMatch) {
        String c = candidate.strip();
        if (c.equals("*") || c.equals(etag) || c.equals(opaque) || ("W/" + c).equals(etag)) {
          return true;
        }
      }
      return false;
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
