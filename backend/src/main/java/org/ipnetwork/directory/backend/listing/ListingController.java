package org.ipnetwork.directory.backend.listing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.duplicates.MergedListings;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/listings/{id}}: one listing's page. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "listings")
class ListingController {

  /** Ids are short and plain; anything else cannot exist and is not sent to Elasticsearch. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

  private final ListingService service;
  private final MergedListings merged;

  ListingController(ListingService service, MergedListings merged) {
    this.service = service;
    this.merged = merged;
  }

  @GetMapping("/listings/{id}")
  @Operation(
      operationId = "listing",
      summary = "One published listing with labels",
      description =
          "404 problem when the listing does not exist, is not published or is outside the"
              + " partner scope; 301 to the survivor when the listing was merged into another"
              + " (Location keeps the query); 400 (parameter id) when the id is not 1–128 letters, digits,"
              + " '_', '.', ':' or '-'.")
  @Parameter(name = "id", in = ParameterIn.PATH, description = "The listing id.")
  @Parameter(name = "lang", in = ParameterIn.QUERY, description = "zh or en; labels language.")
  Mono<ResponseEntity<ListingView>> listing(
      @PathVariable("id") String id, Lang lang, Scope scope, ServerHttpRequest request) {
    return Mono.defer(
        () -> {
          if (!ID.matcher(id).matches()) {
            throw new InvalidParameterException("id", "Not a listing id.");
          }
          return service
              .find(id, lang, scope)
              .map(ResponseEntity::ok)
              .onErrorResume(
                  NotFoundException.class,
                  missing ->
                      merged
                          .survivorOf(id)
                          .flatMap(
                              survivor ->
                                  survivor.isEmpty()
                                      ? Mono.error(missing)
                                      : Mono.just(moved(survivor.get(), request))));
        });
  }

  /** The listing merged into {@code survivor} now lives there, for good. */
  private static ResponseEntity<ListingView> moved(String survivor, ServerHttpRequest request) {
    String query = request.getURI().getRawQuery();
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .location(
            URI.create(
                "/api/v1/listings/"
                    + UriUtils.encodePathSegment(survivor, StandardCharsets.UTF_8)
                    + (query == null ? "" : "?" + query)))
        .build();
  }
}
