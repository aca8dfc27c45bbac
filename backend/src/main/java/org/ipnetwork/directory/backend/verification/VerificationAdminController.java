package org.ipnetwork.directory.backend.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.backend.partner.PublicBaseUrlProperties;
import org.ipnetwork.directory.backend.staff.Needs;
import org.ipnetwork.directory.backend.staff.StaffPermission;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.BlockingCalls;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.partner.BaseUrl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The workplace's re-verification: the queue of listings due (READ_LISTINGS), asking their
 * providers by mail in a background batch, or, without mail, as a CSV of links for a mail merge
 * (EDIT_LISTINGS), and the batches' counts. Always inside the member's scope.
 */
@RestController
@RequestMapping("/api/v1/admin/verification")
class VerificationAdminController {

  static final int MAX_SIZE = 100;
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final VerificationQueue queue;
  private final VerificationBatches batches;
  private final VerificationMail mail;
  private final AskedListings asked;
  private final PublicBaseUrlProperties publicBaseUrl;

  VerificationAdminController(
      VerificationQueue queue,
      VerificationBatches batches,
      VerificationMail mail,
      AskedListings asked,
      PublicBaseUrlProperties publicBaseUrl) {
    this.queue = queue;
    this.batches = batches;
    this.mail = mail;
    this.asked = asked;
    this.publicBaseUrl = publicBaseUrl;
  }

  @Operation(
      operationId = "verificationQueue",
      summary = "Published listings due for re-verification, oldest first, inside your scope")
  @Parameter(name = "country", in = ParameterIn.QUERY, description = "A country code, e.g. DE.")
  @Parameter(
      name = "kind",
      in = ParameterIn.QUERY,
      description = "provider, workstation or mediation_centre.")
  @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based page; default 1.")
  @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to 100; default 20.")
  @GetMapping
  Mono<VerificationQueue.Results> list(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "20") int size) {
    VerificationQueue.Filter filter = AskedListings.filter(country, kind);
    if (page < 1 || (long) page * size > 10_000) {
      throw new InvalidParameterException("page", "page is 1 or more, page × size at most 10000.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidParameterException("size", "size is 1 to " + MAX_SIZE + ".");
    }
    return call(() -> queue.page(staff.scope(), filter, page, size, mail.configured()));
  }

  @Operation(
      operationId = "askProviders",
      summary = "Mail the providers of the listings named, or of a country's due listings",
      description =
          "202 with the batch {id, total, sent, failed, done}; the mails go out in the background"
              + " at most directory.verification.mails-per-minute. 409 (parameter mail) when mail"
              + " is not configured: POST …/links.csv instead.")
  @PostMapping("/requests")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<VerificationBatches.BatchView> ask(
      @Needs(StaffPermission.EDIT_LISTINGS) StaffPrincipal staff,
      @RequestBody AskedListings.Ask body,
      ServerHttpRequest request) {
    if (!mail.configured()) {
      throw new ConflictException(
          "mail", "Mail is not configured (spring.mail.host); download the links as CSV.");
    }
    BaseUrl base = baseUrl(request);
    return call(() -> batches.send(staff.email(), asked.chosen(staff, body), base));
  }

  @Operation(
      operationId = "verificationLinksCsv",
      summary =
          "New links for a mail merge, as CSV (UTF-8 with BOM), for the listings named or a country")
  @PostMapping(value = "/links.csv")
  Mono<ResponseEntity<String>> linksCsv(
      @Needs(StaffPermission.EDIT_LISTINGS) StaffPrincipal staff,
      @RequestBody AskedListings.Ask body,
      ServerHttpRequest request) {
    BaseUrl base = baseUrl(request);
    return call(
        () -> {
          String csv = LinksCsv.of(batches.links(staff.email(), asked.chosen(staff, body), base));
          return ResponseEntity.ok()
              .contentType(CSV)
              .header(
                  HttpHeaders.CONTENT_DISPOSITION,
                  "attachment; filename=\"verification-links.csv\"")
              .header(HttpHeaders.CACHE_CONTROL, "no-store")
              .body(csv);
        });
  }

  @Operation(operationId = "verificationBatches", summary = "The latest batches, newest first")
  @GetMapping("/batches")
  List<VerificationBatches.BatchView> recent(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff) {
    return batches.recent();
  }

  @Operation(operationId = "verificationBatch", summary = "One batch: total, sent, failed, done")
  @GetMapping("/batches/{id}")
  VerificationBatches.BatchView batch(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff, @PathVariable String id) {
    return batches
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no batch " + id + "."));
  }

  /** The configured public base URL, or the scheme, host and port this request came to. */
  private BaseUrl baseUrl(ServerHttpRequest request) {
    return publicBaseUrl
        .baseUrl()
        .orElseGet(
            () -> {
              URI uri = request.getURI();
              try {
                return BaseUrl.parse(uri.getScheme() + "://" + uri.getRawAuthority());
              } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(
                    "Host",
                    "The request's host cannot be used in links; set directory.public-base-url.");
              }
            });
  }

  /** Off the event loop; an unreachable cluster is a 503 ({@link BlockingCalls}). */
  private static <T> Mono<T> call(Callable<T> work) {
    return BlockingCalls.call(work, "Listings cannot be reached right now.");
  }
}
