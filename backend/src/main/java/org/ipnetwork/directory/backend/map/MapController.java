package org.ipnetwork.directory.backend.map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.search.DirectorySearch;
import org.ipnetwork.directory.backend.web.RequestParameters;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/map}: listing counts by country and by map tile. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "search")
class MapController {

  private final MapView service;
  private final DirectorySearch search;

  MapController(MapView service, DirectorySearch search) {
    this.service = service;
    this.search = search;
  }

  @GetMapping("/map")
  @Operation(
      operationId = "map",
      summary = "Counts for the map",
      description =
          "Listings per country (at the country's centre) and per geotile_grid tile (key"
              + " zoom/x/y, at the centroid of its listings) under the same q and filters as"
              + " /search. One Elasticsearch request.")
  @Parameter(name = "q", in = ParameterIn.QUERY, description = "As in /search.")
  @Parameter(
      name = "precision",
      in = ParameterIn.QUERY,
      description = "Tile zoom level, 0..10, default 3.")
  Mono<MapView.Response> map(
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
      Lang lang,
      Scope scope) {
    return Mono.defer(
        () -> {
          int precision =
              RequestParameters.integer(
                  params.getFirst("precision"),
                  "precision",
                  MapView.DEFAULT_PRECISION,
                  0,
                  MapView.MAX_PRECISION);
          return service.counts(search.criteria(params, lang, scope), precision);
        });
  }
}
