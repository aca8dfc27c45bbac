package org.ipnetwork.directory.backend.search;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The search exactly as {@code GET /api/v1/search} runs it — same validation, language, partner
 * scope and query — for other features of this server (the no-JS frame) without an HTTP hop, so
 * their visitors are rate-limited and counted once, by their own address and key.
 */
@Component
public class DirectorySearch {

  private final SearchService service;
  private final SearchParameterParser parser;

  DirectorySearch(SearchService service, SearchParameterParser parser) {
    this.service = service;
    this.parser = parser;
  }

  /** Searches with {@code params}; language and scope come from the exchange. */
  public Mono<SearchResponse> search(
      MultiValueMap<String, String> params, ServerWebExchange exchange) {
    return Mono.defer(
        () ->
            service.search(
                parser.parse(
                    params, RequestContext.lang(exchange), RequestContext.scope(exchange))));
  }
}
