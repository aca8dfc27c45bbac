package org.ipnetwork.directory.backend.corrections;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.regex.Pattern;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.ratelimit.ClientAddress;
import org.ipnetwork.directory.backend.ratelimit.RateLimitProperties;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code POST /api/v1/listings/{id}/corrections}: a visitor reports that a listing is wrong. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "listings")
class CorrectionController {

  /** The listing ids of {@code GET /listings/{id}}; anything else cannot exist. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

  /** The answer: the report's id. */
  record Received(String id) {}

  private final CorrectionReports reports;
  private final RateLimitProperties rateLimits;

  CorrectionController(CorrectionReports reports, RateLimitProperties rateLimits) {
    this.reports = reports;
    this.rateLimits = rateLimits;
  }

  @PostMapping("/listings/{id}/corrections")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "reportCorrection",
      summary = "Report that a published listing is wrong (for the association's staff)",
      description =
          "Body: {field: name|address|phone|email|website|services|closed_or_moved|other,"
              + " description (10–2000 characters), suggestedValue? (≤ 500), email?}. 201 with"
              + " the report's id; 400 invalid-fields with one {field, message} per refused field"
              + " (messages in lang); 404 for a listing that is unknown, not published or outside"
              + " the partner scope; 429 with Retry-After after too many reports from one address.")
  @Parameter(name = "id", in = ParameterIn.PATH, description = "The listing id.")
  @Parameter(
      name = "lang",
      in = ParameterIn.QUERY,
      description = "zh or en: the visitor's language, for the messages.")
  Mono<Received> report(
      @PathVariable("id") String id,
      @RequestBody CorrectionRequest body,
      Lang lang,
      Scope scope,
      ServerWebExchange exchange) {
    return Mono.defer(
        () -> {
          if (!ID.matcher(id).matches()) {
            throw new InvalidParameterException("id", "Not a listing id.");
          }
          String address = ClientAddress.of(exchange.getRequest(), rateLimits.trustForwardedFor());
          return reports.report(id, body, lang, scope, address).map(Received::new);
        });
  }
}
