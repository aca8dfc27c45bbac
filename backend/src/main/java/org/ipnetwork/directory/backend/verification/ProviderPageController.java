package org.ipnetwork.directory.backend.verification;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import org.ipnetwork.directory.backend.ratelimit.ClientAddress;
import org.ipnetwork.directory.backend.ratelimit.RateLimitProperties;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.InvalidFieldsException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.backend.web.TooManyRequestsException;
import org.ipnetwork.directory.backend.web.VerificationLinkException;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code /verify/{token}}: the page a provider reaches from its mail, without an account and
 * without JavaScript. GET shows the listing and the two forms; POST ({@code action=confirm} or
 * {@code action=propose} with the fields) confirms or proposes, protected by the token itself (no
 * session, so no CSRF token: only who holds the link can post to it). Problems are pages with an
 * honest status: 404 invalid link, 410 expired, 409 used or a change already in review, 400 the
 * form again with each refused field, 429 too many.
 */
@Hidden // an HTML page, not part of the JSON API
@RestController
class ProviderPageController {

  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final ProviderVerification verification;
  private final ProviderPage page;
  private final RateLimitProperties rateLimits;

  ProviderPageController(
      ProviderVerification verification, ProviderPage page, RateLimitProperties rateLimits) {
    this.verification = verification;
    this.page = page;
    this.rateLimits = rateLimits;
  }

  @GetMapping(value = "/verify/{token}", produces = MediaType.TEXT_HTML_VALUE)
  Mono<ResponseEntity<String>> show(
      @PathVariable String token, @RequestParam(required = false) String lang) {
    Lang l = lang(lang);
    return verification
        .open(token)
        .map(o -> html(HttpStatus.OK, page.form(l, o, null, null)))
        .onErrorResume(e -> problem(l, token, e));
  }

  @PostMapping(value = "/verify/{token}", produces = MediaType.TEXT_HTML_VALUE)
  Mono<ResponseEntity<String>> act(@PathVariable String token, ServerWebExchange exchange) {
    String address = ClientAddress.of(exchange.getRequest(), rateLimits.trustForwardedFor());
    return exchange
        .getFormData()
        .flatMap(
            form -> {
              Lang l = lang(form.getFirst("lang"));
              if ("confirm".equals(form.getFirst("action"))) {
                return verification
                    .confirm(token, address)
                    .map(
                        x ->
                            html(
                                HttpStatus.OK,
                                page.outcome(l, token, ProviderPage.State.CONFIRMED)))
                    .onErrorResume(e -> problem(l, token, e));
              }
              Proposal proposal = Proposal.of(form.toSingleValueMap());
              return verification
                  .propose(token, address, proposal)
                  .map(
                      x -> html(HttpStatus.OK, page.outcome(l, token, ProviderPage.State.PROPOSED)))
                  .onErrorResume(
                      InvalidFieldsException.class,
                      e ->
                          verification
                              .open(token)
                              .map(o -> html(HttpStatus.BAD_REQUEST, page.form(l, o, proposal, e))))
                  .onErrorResume(e -> problem(l, token, e));
            });
  }

  private Mono<ResponseEntity<String>> problem(Lang lang, String token, Throwable e) {
    if (e instanceof VerificationLinkException v) {
      return Mono.just(html(v.reason().status(), page.problem(lang, token, v.reason().code())));
    }
    if (e instanceof ConflictException) {
      return Mono.just(html(HttpStatus.CONFLICT, page.problem(lang, token, "busy")));
    }
    if (e instanceof NotFoundException) {
      return Mono.just(html(HttpStatus.NOT_FOUND, page.problem(lang, token, "invalid")));
    }
    if (e instanceof TooManyRequestsException t) {
      ResponseEntity<String> r =
          ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
              .contentType(HTML)
              .header(HttpHeaders.RETRY_AFTER, Long.toString(t.retryAfterSeconds()))
              .header(HttpHeaders.CACHE_CONTROL, "no-store")
              .body(page.problem(lang, token, "limited"));
      return Mono.just(r);
    }
    return Mono.error(e);
  }

  private static Lang lang(String code) {
    return "en".equals(code) ? Lang.EN : Lang.ZH;
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status)
        .contentType(HTML)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Robots-Tag", "noindex")
        .body(body);
  }
}
