package org.ipnetwork.directory.backend.facetvalues;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.search.DirectorySearch;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.text.TextNormalizer;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/facets/{facet}/values}: the "more…" box of a facet. The path parameter's
 * values are documented from {@link Facet} (see the OpenAPI customiser).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "search")
class FacetValuesController {

  private final FacetValues service;
  private final DirectorySearch search;

  FacetValuesController(FacetValues service, DirectorySearch search) {
    this.service = service;
    this.search = search;
  }

  @GetMapping("/facets/{facet}/values")
  @Operation(
      operationId = "facetValues",
      summary = "Search inside one facet's values",
      description =
          "Matches the text against the facet's labels and synonyms in Chinese and English"
              + " (prefix or contains: '越' and 'viet' both find Vietnam) and counts each matching"
              + " value under the other facets' selections, like the facet counts of a search."
              + " Values without listings are returned with count 0. Unknown facet: 404.")
  @Parameter(
      name = "q",
      in = ParameterIn.QUERY,
      description = "Text to look for in the values, at most 50 characters; empty lists all.")
  Mono<FacetValues.Response> values(
      @PathVariable("facet") String facetName,
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
      Lang lang,
      Scope scope) {
    return Mono.defer(
        () -> {
          Facet facet =
              Facet.byParameter(facetName)
                  .orElseThrow(() -> new NotFoundException("There is no facet " + facetName + "."));
          String text = TextNormalizer.clean(params.getFirst("q"));
          if (text != null && text.codePointCount(0, text.length()) > FacetValues.MAX_Q) {
            throw new InvalidParameterException(
                "q", "q is longer than " + FacetValues.MAX_Q + " characters.");
          }
          // The facet's own text replaces the search text: the selections alone are counted under.
          MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
          filters.remove("q");
          return service.values(facet, text, search.criteria(filters, lang, scope));
        });
  }
}
