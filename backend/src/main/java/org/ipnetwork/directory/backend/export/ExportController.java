package org.ipnetwork.directory.backend.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import org.ipnetwork.directory.backend.staff.Needs;
import org.ipnetwork.directory.backend.staff.StaffPermission;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Listings as a file for staff: CSV, XLSX or NDJSON in the columns {@code indexer import} reads,
 * filtered by facets, status and update time, streamed from Elasticsearch page by page. Needs
 * {@code READ_LISTINGS}; a scoped member's export stays inside the scope.
 */
@RestController
@RequestMapping("/api/v1/admin/exports")
@Tag(name = "staff exports")
class ExportController {

  /** The blocking work of an XLSX export (POI, its temporary file) stays off the event loop. */
  private static final Executor WORKER = runnable -> Schedulers.boundedElastic().schedule(runnable);

  private final ListingPages pages;
  private final Taxonomies taxonomies;
  private final Clock clock;

  ExportController(ListingPages pages, Taxonomies taxonomies, Clock clock) {
    this.pages = pages;
    this.taxonomies = taxonomies;
    this.clock = clock;
  }

  /** What a successful count answers. */
  record ExportCount(long count) {}

  @Operation(
      operationId = "exportListings",
      summary =
          "Listings as CSV (UTF-8 with BOM), XLSX or NDJSON in the import columns, streamed"
              + " (EDITOR, REVIEWER, ADMIN; inside the member's scope)")
  @Parameter(name = "format", in = ParameterIn.QUERY, description = "csv (default), xlsx, ndjson.")
  @Parameter(
      name = "country",
      in = ParameterIn.QUERY,
      description = "Facet codes as in /api/v1/search (also region, kind, service, …).")
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "published, suspended, archived; default all three.")
  @Parameter(
      name = "updatedSince",
      in = ParameterIn.QUERY,
      description = "yyyy-MM-dd (UTC) or an ISO-8601 instant.")
  @GetMapping
  Mono<ResponseEntity<Flux<DataBuffer>>> export(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff,
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
    return Mono.fromSupplier(
        () -> {
          ExportFormat format = ExportFormat.parse(params.getFirst("format"));
          ExportCriteria criteria = ExportCriteria.parse(params, taxonomies);
          Flux<DataBuffer> body =
              ExportWriter.write(
                  format,
                  pages.pages(criteria.query(staff.scope())),
                  DefaultDataBufferFactory.sharedInstance,
                  WORKER);
          return ResponseEntity.ok()
              .contentType(format.mediaType())
              .header(HttpHeaders.CONTENT_DISPOSITION, disposition(criteria, format))
              .header(HttpHeaders.CACHE_CONTROL, "no-store")
              .body(body);
        });
  }

  @Operation(
      operationId = "countExport",
      summary = "How many listings an export with these parameters holds (EDITOR, REVIEWER, ADMIN)")
  @Parameter(name = "country", in = ParameterIn.QUERY, description = "As for the export.")
  @Parameter(name = "status", in = ParameterIn.QUERY, description = "As for the export.")
  @Parameter(name = "updatedSince", in = ParameterIn.QUERY, description = "As for the export.")
  @GetMapping("/count")
  Mono<ExportCount> count(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff,
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
    return Mono.defer(
            () -> pages.count(ExportCriteria.parse(params, taxonomies).query(staff.scope())))
        .map(ExportCount::new);
  }

  /** {@code listings_country-DE_since-2026-06-01_2026-11-30.csv}: the choice and the day. */
  private String disposition(ExportCriteria criteria, ExportFormat format) {
    String choice = criteria.describe();
    String name =
        "listings_"
            + (choice.isEmpty() ? "" : choice + "_")
            + LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC))
            + "."
            + format.extension();
    return ContentDisposition.attachment().filename(name).build().toString();
  }
}
