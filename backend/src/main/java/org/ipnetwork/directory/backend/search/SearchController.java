package org.ipnetwork.directory.backend.search;

import java.util.List;
import java.util.Locale;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/search}: text, facet filters and disjunctive facet counts. */
@RestController
@RequestMapping("/api/v1")
class SearchController {

  private final SearchService service;
  private final Taxonomies taxonomies;

  SearchController(SearchService service, Taxonomies taxonomies) {
    this.service = service;
    this.taxonomies = taxonomies;
  }

  @GetMapping("/search")
  Mono<SearchResponse> search(
      @RequestParam MultiValueMap<String, String> params, ServerHttpRequest request) {
    return Mono.defer(
        () -> service.search(SearchParameters.parse(params, lang(params, request), taxonomies)));
  }

  /** {@code lang=zh|en} wins; else the first of Accept-Language we speak; else Chinese. */
  static Lang lang(MultiValueMap<String, String> params, ServerHttpRequest request) {
    String explicit = params.getFirst("lang");
    if (explicit != null && !explicit.isBlank()) {
      try {
        return Lang.fromCode(explicit);
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("lang", "lang must be zh or en.");
      }
    }
    List<Locale> accepted = request.getHeaders().getAcceptLanguageAsLocales();
    for (Locale locale : accepted) {
      if (locale.getLanguage().equals("zh")) {
        return Lang.ZH;
      }
      if (locale.getLanguage().equals("en")) {
        return Lang.EN;
      }
    }
    return Lang.ZH;
  }
}
