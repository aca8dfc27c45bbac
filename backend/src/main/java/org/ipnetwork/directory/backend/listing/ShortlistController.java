package org.ipnetwork.directory.backend.listing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A visitor's shortlist, named by listing ids (the page keeps them in its URL, there is no
 * account): {@code GET /api/v1/listings?ids=} for the shortlist view and {@code GET
 * /api/v1/listings.csv?ids=} for the download.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "listings")
class ShortlistController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final ListingService service;
  private final UiStrings strings;

  ShortlistController(ListingService service, UiStrings strings) {
    this.service = service;
    this.strings = strings;
  }

  /** The listings of a shortlist, as {@code GET /listings/{id}} shows each. */
  record ListingsView(List<ListingView> listings) {}

  @GetMapping("/listings")
  @Operation(
      operationId = "listings",
      summary = "Several published listings by id (a shortlist)",
      description =
          "The listings named by ids, in the order given, each as GET /listings/{id} answers it."
              + " Unknown, unpublished and out-of-scope ids are left out. 400 (parameter ids)"
              + " without ids, for a malformed id, or for more than 50.")
  @Parameter(
      name = "ids",
      in = ParameterIn.QUERY,
      required = true,
      description = "Listing ids, comma-separated (or the parameter repeated); 1 to 50.")
  @Parameter(name = "lang", in = ParameterIn.QUERY, description = "zh or en; labels language.")
  Mono<ListingsView> listings(
      @Parameter(hidden = true) @RequestParam(name = "ids", required = false) List<String> ids,
      Lang lang,
      Scope scope) {
    return Mono.defer(() -> service.findAll(ShortlistIds.parse(ids).ids(), lang, scope))
        .map(ListingsView::new);
  }

  @GetMapping("/listings.csv")
  @Operation(
      operationId = "listingsCsv",
      summary = "Several published listings by id as a CSV download",
      description =
          "The listings of GET /listings?ids= as an Excel-ready CSV file: UTF-8 with a byte"
              + " order mark, CRLF, every cell quoted, a cell starting with = + - @, tab or CR"
              + " prefixed with a single quote (CSV injection). Columns in lang: names zh and en,"
              + " kind, country, city, address, phone (international format), e-mail, website,"
              + " services, industries, last verified, link on the directory.",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The file, as an attachment.",
              content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
  @Parameter(
      name = "ids",
      in = ParameterIn.QUERY,
      required = true,
      description = "Listing ids, comma-separated (or the parameter repeated); 1 to 50.")
  @Parameter(name = "lang", in = ParameterIn.QUERY, description = "zh or en; headers and labels.")
  Mono<ResponseEntity<Flux<String>>> csv(
      @Parameter(hidden = true) @RequestParam(name = "ids", required = false) List<String> ids,
      Lang lang,
      Scope scope,
      ServerHttpRequest request) {
    return Mono.defer(() -> service.findAll(ShortlistIds.parse(ids).ids(), lang, scope))
        .map(
            listings -> {
              ShortlistCsv csv = new ShortlistCsv(lang, origin(request));
              // One line at a time: the header first, then a line per listing.
              Flux<String> body =
                  Flux.concat(
                      Mono.fromSupplier(() -> ShortlistCsv.BOM + csv.header(strings)),
                      Flux.fromIterable(listings).map(csv::row));
              return ResponseEntity.ok()
                  .contentType(CSV)
                  .header(
                      HttpHeaders.CONTENT_DISPOSITION,
                      ContentDisposition.attachment()
                          .filename("ip-directory-shortlist.csv")
                          .build()
                          .toString())
                  .body(body);
            });
  }

  /** Scheme, host and port the visitor reached the directory with (after forwarded headers). */
  private static URI origin(ServerHttpRequest request) {
    return UriComponentsBuilder.fromUri(request.getURI())
        .replacePath(null)
        .replaceQuery(null)
        .fragment(null)
        .build()
        .toUri();
  }
}
