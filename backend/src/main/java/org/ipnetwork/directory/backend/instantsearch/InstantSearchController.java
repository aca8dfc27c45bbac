package org.ipnetwork.directory.backend.instantsearch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two routes of Algolia's search API that InstantSearch.js uses, under {@code
 * /api/v1/instantsearch}, so that a partner's InstantSearch page can be pointed at the directory
 * with algoliasearch's {@code hosts} option. The partner key comes as {@code x-algolia-api-key} (or
 * the directory's own header); the index name is echoed and otherwise ignored. See
 * docs/partners.md, "InstantSearch.js".
 */
@RestController
@RequestMapping("/api/v1/instantsearch/1/indexes/{index}")
@Tag(name = "instantsearch")
class InstantSearchController {

  /** Another language than the request's, for every query of the request. */
  static final String LANG_HEADER = "x-directory-lang";

  /** The largest body read. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  /** Queries of one request run this many at a time, in order. */
  private static final int CONCURRENCY = 4;

  private final InstantSearch instantSearch;
  private final JsonMapper json;

  InstantSearchController(InstantSearch instantSearch, JsonMapper json) {
    this.instantSearch = instantSearch;
    this.json = json;
  }

  @PostMapping("/queries")
  @Operation(
      operationId = "instantSearchQueries",
      summary = "InstantSearch multi-query (Algolia-compatible)",
      description =
          "The request InstantSearch.js's search client sends: {\"requests\":[{\"indexName\":…,"
              + " \"params\":\"query=…&hitsPerPage=…\"}]} with params URL-encoded, as an object, or"
              + " as the request's own fields (algoliasearch v5). Each query runs as GET"
              + " /api/v1/search with the same parameters would; the answer is"
              + " {\"results\":[…]} in Algolia's shape. Any Content-Type (browsers send JSON as"
              + " text/plain or application/x-www-form-urlencoded). Facet attributes: continent,"
              + " country, region, industry, service, kind, orgType, language, geo.lvl0, geo.lvl1."
              + " A query with type=facet is a facet-value search.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      description =
          "{\"requests\":[{\"indexName\":\"listings\",\"params\":\"query=…\"}]}; JSON sent"
              + " with any Content-Type.",
      required = true)
  Mono<InstantSearchResult.Multi> queries(
      @PathVariable("index") String index,
      ServerHttpRequest request,
      @Parameter(description = "zh or en; a query's own lang parameter wins.")
          @RequestHeader(name = LANG_HEADER, required = false)
          String langHeader,
      Lang lang,
      Scope scope) {
    return body(request)
        .flatMap(
            body -> {
              Lang answer = lang(langHeader, lang);
              List<MultiQuery.Query> queries = MultiQuery.queries(body, json);
              return Flux.fromIterable(queries)
                  .flatMapSequential(q -> run(q, index, answer, scope), CONCURRENCY)
                  .collectList()
                  .map(InstantSearchResult.Multi::new);
            });
  }

  @PostMapping("/facets/{facet}/query")
  @Operation(
      operationId = "instantSearchFacetValues",
      summary = "InstantSearch facet-value search (Algolia-compatible)",
      description =
          "Body {\"params\":…, \"facetQuery\":…, \"maxFacetHits\":…}: the values of the facet"
              + " attribute matching facetQuery, counted under the other filters, as GET"
              + " /api/v1/facets/{facet}/values; answer {\"facetHits\":[{value, highlighted,"
              + " count}], exhaustiveFacetsCount, processingTimeMS}.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      description =
          "{\"params\":\"…\",\"facetQuery\":\"…\",\"maxFacetHits\":10}; JSON sent with any Content-Type.",
      required = true)
  Mono<InstantSearchResult.FacetSearch> facetValues(
      @PathVariable("index") String index,
      @PathVariable("facet") String facet,
      ServerHttpRequest request,
      @RequestHeader(name = LANG_HEADER, required = false) String langHeader,
      Lang lang,
      Scope scope) {
    return body(request)
        .flatMap(
            body -> {
              MultiQuery.Query q = MultiQuery.facetQuery(body, json);
              return instantSearch.facetValues(
                  facet, q.facetQuery(), q.params(), lang(langHeader, lang), scope);
            });
  }

  /**
   * The body as text, whatever its {@code Content-Type}: Algolia's browser clients send JSON as
   * {@code text/plain} or {@code application/x-www-form-urlencoded} (no CORS preflight), which no
   * message reader would take as JSON.
   */
  private static Mono<String> body(ServerHttpRequest request) {
    return DataBufferUtils.join(request.getBody(), MAX_BODY_BYTES)
        .map(
            buffer -> {
              try {
                return buffer.toString(StandardCharsets.UTF_8);
              } finally {
                DataBufferUtils.release(buffer);
              }
            })
        .defaultIfEmpty("")
        .onErrorMap(
            DataBufferLimitException.class,
            e ->
                new InvalidParameterException(
                    "requests", "The body is larger than " + MAX_BODY_BYTES / 1024 + " KB."));
  }

  private Mono<Object> run(MultiQuery.Query q, String index, Lang lang, Scope scope) {
    String name = q.indexName() == null ? index : q.indexName();
    if (q.facetSearch()) {
      if (q.facet() == null) {
        return Mono.error(new InvalidParameterException("facet", "A facet query needs facet."));
      }
      return instantSearch
          .facetValues(q.facet(), q.facetQuery(), q.params(), lang, scope)
          .map(Object.class::cast);
    }
    return instantSearch.query(name, q.params(), lang, scope).map(Object.class::cast);
  }

  private static Lang lang(String header, Lang fallback) {
    if (header == null || header.isBlank()) {
      return fallback;
    }
    try {
      return Lang.fromCode(header.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(LANG_HEADER, LANG_HEADER + " must be zh or en.");
    }
  }
}
