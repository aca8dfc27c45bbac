package org.ipnetwork.directory.backend.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.ipnetwork.directory.backend.ratelimit.ClientAddress;
import org.ipnetwork.directory.backend.ratelimit.RateLimitProperties;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The provider's link as JSON, for clients other than the page ({@code /verify/{token}}): read the
 * listing, confirm it, propose changes. The token is the only credential. A link that is invalid
 * (404), expired (410) or used (409) is a problem+json with {@code reason}.
 */
@RestController
@RequestMapping("/api/v1/verification")
@Tag(name = "verification")
class ProviderApiController {

  /** A link's listing. */
  record LinkView(String listingId, Listing listing, Instant expires) {}

  /** What a confirmation or a proposal did. */
  record Outcome(String listingId, String status, LocalDate lastVerified) {}

  private final ProviderVerification verification;
  private final RateLimitProperties rateLimits;

  ProviderApiController(ProviderVerification verification, RateLimitProperties rateLimits) {
    this.verification = verification;
    this.rateLimits = rateLimits;
  }

  @Operation(operationId = "verificationLink", summary = "The listing a verification link names")
  @GetMapping("/{token}")
  Mono<LinkView> read(@PathVariable String token) {
    return verification
        .open(token)
        .map(o -> new LinkView(o.listing().id(), o.listing(), o.expires()));
  }

  @Operation(
      operationId = "confirmListing",
      summary = "The provider confirms its listing as published (uses the link)")
  @PostMapping("/{token}/confirm")
  Mono<Outcome> confirm(@PathVariable String token, ServerWebExchange exchange) {
    return verification
        .confirm(token, address(exchange))
        .map(l -> new Outcome(l.id(), l.status().code(), l.verification().lastVerified()));
  }

  @Operation(
      operationId = "proposeListingChanges",
      summary = "The provider proposes changes: a draft in review (uses the link)",
      description =
          "Body: {nameZh, nameEn, city, address, phone, email, website, descriptionZh,"
              + " descriptionEn}, each optional (left out: unchanged; empty: removed). 201; 400"
              + " invalid-fields; 409 (parameter id) when a change is in review already.")
  @PostMapping("/{token}/proposal")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<Outcome> propose(
      @PathVariable String token, @RequestBody Proposal body, ServerWebExchange exchange) {
    return verification
        .propose(token, address(exchange), body)
        .map(l -> new Outcome(l.id(), l.status().code(), null));
  }

  private String address(ServerWebExchange exchange) {
    return ClientAddress.of(exchange.getRequest(), rateLimits.trustForwardedFor());
  }
}
