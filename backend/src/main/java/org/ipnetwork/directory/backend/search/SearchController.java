package org.ipnetwork.directory.backend.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ipnetwork.directory.backend.context.Caller;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/search}: text, facet filters and disjunctive facet counts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "search")
class SearchController {

  private final DirectorySearch search;

  SearchController(DirectorySearch search) {
    this.search = search;
  }

  @GetMapping("/search")
  @Operation(
      operationId = "search",
      summary = "Search the directory",
      description =
          "Text (zh or en, max 200 characters) with query understanding, facet filters"
              + " (values of one facet ORed, facets ANDed; continent/country hierarchical),"
              + " disjunctive facet counts, distance filter and sort, and cursor paging."
              + " One Elasticsearch round trip. Filter, paging and sort parameters: see below.")
  @Parameter(
      name = "q",
      in = ParameterIn.QUERY,
      description = "Query text, at most 200 characters, Chinese or English.")
  @Parameter(
      name = "interpret",
      in = ParameterIn.QUERY,
      description =
          "false switches query understanding off: recognised countries, continents and services"
              + " no longer filter and nothing is boosted. Default true.")
  Mono<SearchResponse> search(
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
      Lang lang,
      Scope scope,
      Caller caller) {
    return search.search(params, lang, scope, caller, SearchEvent.Channel.API);
  }
}
