package org.ipnetwork.directory.backend.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every text answer says it is UTF-8 ({@code ; charset=utf-8}). Without it a browser reads a script
 * in the charset of the page that loads it: the widget's Chinese, loaded by a classic {@code
 * <script>} from a partner page in GBK, came out garbled. Static files get no charset from Spring's
 * resource handling, so it is added here, for every answer, just before it is committed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class Utf8Text implements WebFilter {

  /** Textual types beyond {@code text/*}. */
  private static final Set<String> TEXTUAL =
      Set.of(
          "application/javascript",
          "application/json",
          "application/problem+json",
          "application/manifest+json",
          "application/xml",
          "image/svg+xml");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              HttpHeaders headers = exchange.getResponse().getHeaders();
              MediaType type = headers.getContentType();
              if (textual(type) && type.getCharset() == null) {
                headers.setContentType(new MediaType(type, StandardCharsets.UTF_8));
              }
              return Mono.empty();
            });
    return chain.filter(exchange);
  }

  static boolean textual(MediaType type) {
    return type != null
        && ("text".equals(type.getType())
            || TEXTUAL.contains(type.getType() + "/" + type.getSubtype()));
  }
}
