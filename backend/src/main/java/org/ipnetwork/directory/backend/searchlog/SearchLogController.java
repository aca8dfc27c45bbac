package org.ipnetwork.directory.backend.searchlog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.staff.Needs;
import org.ipnetwork.directory.backend.staff.StaffPermission;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The search log's dashboard: the summary of what the public searched for, and the coverage heatmap
 * as JSON and CSV. Needs {@code READ_SEARCH_LOG} (reviewers, admins); a scoped member sees the
 * listings and the searches of its scope only.
 */
@RestController
@RequestMapping("/api/v1/admin/search-log")
@Tag(name = "search log")
class SearchLogController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final SearchLogReports reports;
  private final CoverageReport coverage;
  private final UiStrings strings;
  private final Clock clock;

  SearchLogController(
      SearchLogReports reports, CoverageReport coverage, UiStrings strings, Clock clock) {
    this.reports = reports;
    this.coverage = coverage;
    this.strings = strings;
    this.clock = clock;
  }

  @Operation(
      operationId = "searchLogSummary",
      summary =
          "Searches per day, top, zero-result and relaxed queries, understood countries and"
              + " services, searches per partner (REVIEWER, ADMIN)")
  @Parameter(name = "from", in = ParameterIn.QUERY, description = "First UTC day, yyyy-MM-dd.")
  @Parameter(name = "to", in = ParameterIn.QUERY, description = "Last UTC day; default today.")
  @Parameter(
      name = "partner",
      in = ParameterIn.QUERY,
      description = "One partner's searches only; none: those without a key.")
  @GetMapping
  Mono<Summary> summary(
      @Needs(StaffPermission.READ_SEARCH_LOG) StaffPrincipal staff,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String partner,
      Lang lang) {
    return Mono.defer(() -> reports.summary(filter(staff, from, to, partner), lang));
  }

  @Operation(
      operationId = "searchLogCoverage",
      summary =
          "Published listings per country and service, with the searches that found nothing"
              + " (REVIEWER, ADMIN)")
  @GetMapping("/coverage")
  Mono<Coverage> coverage(
      @Needs(StaffPermission.READ_SEARCH_LOG) StaffPrincipal staff,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String partner,
      Lang lang) {
    return Mono.defer(
        () -> coverage.coverage(filter(staff, from, to, partner), staff.scope(), lang));
  }

  @Operation(
      operationId = "searchLogCoverageCsv",
      summary = "The coverage heatmap as CSV, one line per country and service (REVIEWER, ADMIN)")
  @GetMapping("/coverage.csv")
  Mono<ResponseEntity<String>> coverageCsv(
      @Needs(StaffPermission.READ_SEARCH_LOG) StaffPrincipal staff,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String partner,
      Lang lang) {
    return coverage(staff, from, to, partner, lang)
        .map(
            c ->
                ResponseEntity.ok()
                    .contentType(CSV)
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                            .filename("search-coverage-" + c.from() + "-" + c.to() + ".csv")
                            .build()
                            .toString())
                    .body(CoverageCsv.of(c, strings, lang)));
  }

  private LogFilter filter(StaffPrincipal staff, String from, String to, String partner) {
    return new LogFilter(
        DateRange.parse(from, to, clock),
        partner == null || partner.isBlank() ? null : partner.strip(),
        staff.scope());
  }
}
