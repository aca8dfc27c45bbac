package org.ipnetwork.directory.backend.corrections;

import co.elastic.clients.elasticsearch._types.Refresh;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.ratelimit.RateLimiter;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.backend.web.TooManyRequestsException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Receives the public's correction reports: at most {@code directory.corrections.per-address} per
 * period from one client address, only on a published listing the caller can see, stored as an open
 * report of the staff's queue. A report that filled the bots' trap is answered like any other and
 * dropped. Non-blocking: the listing is read and the report written through the gateway.
 */
@Service
class CorrectionReports {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ElasticsearchGateway elasticsearch;
  private final RateLimiter limiter;
  private final CorrectionProperties properties;
  private final UiStrings strings;
  private final Taxonomies taxonomies;
  private final Clock clock;

  CorrectionReports(
      ElasticsearchGateway elasticsearch,
      RateLimiter limiter,
      CorrectionProperties properties,
      UiStrings strings,
      Taxonomies taxonomies,
      Clock clock) {
    this.elasticsearch = elasticsearch;
    this.limiter = limiter;
    this.properties = properties;
    this.strings = strings;
    this.taxonomies = taxonomies;
    this.clock = clock;
  }

  /**
   * Stores a report on listing {@code id}.
   *
   * @return the report's id
   */
  Mono<String> report(
      String id, CorrectionRequest request, Lang lang, Scope scope, String address) {
    return Mono.defer(
        () -> {
          String key = "correction " + address;
          RateLimiter.Decision decision =
              limiter.take(key, properties.perAddress(), properties.period());
          if (!decision.allowed()) {
            throw new TooManyRequestsException(
                strings.text(lang, "correctionRateLimited"), decision.retryAfterSeconds());
          }
          return Mono.fromSupplier(() -> request.checked(lang, strings))
              .flatMap(checked -> store(id, checked, lang, scope))
              // Only reports that were taken count against the address's limit.
              .doOnError(e -> limiter.giveBack(key, properties.perAddress(), properties.period()));
        });
  }

  private Mono<String> store(String id, CorrectionRequest request, Lang lang, Scope scope) {
    return elasticsearch
        .getListing(id, Listing.class)
        .flatMap(
            found -> {
              Listing listing = found.source();
              if (!found.found()
                  || listing == null
                  || !listing.published()
                  || !scope.admits(listing)) {
                return Mono.error(new NotFoundException("There is no listing " + id + "."));
              }
              if (request.trapped()) {
                return Mono.just(madeUpId());
              }
              Correction report = newReport(listing, request, lang);
              return elasticsearch
                  .write(
                      c ->
                          c.index(
                              i ->
                                  i.index(CorrectionIndexes.INDEX.alias())
                                      .document(report)
                                      // The queue shows the report when the answer arrives.
                                      .refresh(Refresh.WaitFor)))
                  .map(r -> r.id());
            });
  }

  private Correction newReport(Listing listing, CorrectionRequest request, Lang lang) {
    Map<String, List<String>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.all()) {
      List<String> codes = facet.values(listing, taxonomies);
      if (!codes.isEmpty()) {
        facets.put(facet.parameter(), codes);
      }
    }
    String country = listing.location() == null ? null : listing.location().country();
    return new Correction(
        listing.id(),
        new Correction.ReportedListing(listing.name(), country, facets),
        request.field(),
        request.description(),
        request.suggestedValue(),
        request.email(),
        lang.code(),
        clock.instant(),
        Correction.State.OPEN.code(),
        null,
        null,
        null);
  }

  /** An id shaped like Elasticsearch's own, for the answer to a trapped report. */
  private static String madeUpId() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
