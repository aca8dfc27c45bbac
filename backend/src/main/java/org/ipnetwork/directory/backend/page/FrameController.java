package org.ipnetwork.directory.backend.page;

import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * {@code GET /embed/v1/frame?key=…&lang=zh}: the search as a server-rendered page without any
 * JavaScript, for partner sites (CMSs) that allow an iframe but no scripts. A GET form (q and a few
 * facet checkboxes), the results and paging links. It asks this server's own public search API, so
 * the partner key travels as X-Partner-Key and the partner scope applies exactly as for the widget.
 */
@Hidden // an HTML page for iframes, not part of the JSON API
@RestController
class FrameController {

  static final List<String> FACETS = List.of("continent", "country", "service", "kind");

  private final WebClient client = WebClient.create();

  @GetMapping(value = "/embed/v1/frame", produces = MediaType.TEXT_HTML_VALUE)
  Mono<ResponseEntity<String>> frame(
      @RequestParam MultiValueMap<String, String> params, ServerWebExchange exchange) {
    FrameRequest request = FrameRequest.of(params);
    URI api = apiUri(exchange, request);
    return client
        .get()
        .uri(api)
        .headers(
            h -> {
              h.setAccept(List.of(MediaType.APPLICATION_JSON));
              if (!request.key().isEmpty()) {
                h.set("X-Partner-Key", request.key());
              }
            })
        .retrieve()
        .bodyToMono(Map.class)
        .map(body -> FramePage.render(request, asMap(body), null))
        .onErrorResume(
            WebClientResponseException.class,
            e -> Mono.just(FramePage.render(request, null, e.getStatusCode().value())))
        .map(
            html ->
                ResponseEntity.ok()
                    .contentType(
                        new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(html));
  }

  /** The search API of this very server, on the port the request came in on. */
  private static URI apiUri(ServerWebExchange exchange, FrameRequest request) {
    int port = exchange.getRequest().getLocalAddress().getPort();
    MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
    if (!request.q().isEmpty()) {
      query.add("q", request.q());
    }
    request.filters().forEach((facet, codes) -> codes.forEach(c -> query.add(facet, c)));
    query.add("lang", request.lang());
    query.add("page", String.valueOf(request.page()));
    query.add("size", String.valueOf(FrameRequest.SIZE));
    return UriComponentsBuilder.fromUriString("http://127.0.0.1:" + port + "/api/v1/search")
        .queryParams(query)
        .encode()
        .build()
        .toUri();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Map<?, ?> body) {
    return (Map<String, Object>) body;
  }
}
