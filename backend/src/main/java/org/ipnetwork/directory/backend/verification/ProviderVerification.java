package org.ipnetwork.directory.backend.verification;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.backend.editing.ProviderChanges;
import org.ipnetwork.directory.backend.ratelimit.RateLimiter;
import org.ipnetwork.directory.backend.web.BlockingCalls;
import org.ipnetwork.directory.backend.web.TooManyRequestsException;
import org.ipnetwork.directory.backend.web.VerificationLinkException;
import org.ipnetwork.directory.backend.web.VerificationLinkException.Reason;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * What the provider's page and API do with a link: show the listing, confirm it, propose changes.
 * The token is checked first (signature, expiry), then whether it was used; a confirmation or a
 * proposal claims the link's single use before it writes, and gives it back when the write is
 * refused (values the rules refuse, a change already in review), so that the provider can try
 * again. Confirmations and proposals count against a limit per client address, like correction
 * reports; refused ones are given back.
 */
@Service
class ProviderVerification {

  /** The listing a valid, unused link names. */
  record Opened(String token, Listing listing, Instant expires) {}

  private final LinkSeal seal;
  private final VerificationRecords records;
  private final ProviderChanges changes;
  private final RateLimiter limiter;
  private final VerificationProperties properties;

  ProviderVerification(
      LinkSeal seal,
      VerificationRecords records,
      ProviderChanges changes,
      RateLimiter limiter,
      VerificationProperties properties) {
    this.seal = seal;
    this.records = records;
    this.changes = changes;
    this.limiter = limiter;
    this.properties = properties;
  }

  Mono<Opened> open(String token) {
    return call(() -> opened(token, seal.open(token)));
  }

  Mono<Listing> confirm(String token, String address) {
    return limited(address, () -> use(token, "confirmed", (link, by) -> changes.confirm(link, by)));
  }

  Mono<Listing> propose(String token, String address, Proposal proposal) {
    return limited(
        address,
        () -> use(token, "proposed", (link, by) -> changes.propose(link, by, proposal.changes())));
  }

  private interface Write {
    Listing apply(String listingId, String by) throws IOException;
  }

  private Listing use(String token, String outcome, Write write) throws IOException {
    LinkSeal.Link link = seal.open(token);
    Opened opened = opened(token, link);
    if (!records.claim(link.nonce(), link.listingId(), outcome)) {
      throw used();
    }
    try {
      return write.apply(link.listingId(), by(opened.listing()));
    } catch (IOException | RuntimeException e) {
      records.release(link.nonce());
      throw e;
    }
  }

  private Opened opened(String token, LinkSeal.Link link) throws IOException {
    if (records.used(link.nonce())) {
      throw used();
    }
    Listing listing =
        changes
            .publishedListing(link.listingId())
            .orElseThrow(
                () ->
                    new VerificationLinkException(
                        Reason.INVALID, "The listing of this link is no longer published."));
    return new Opened(token, listing, link.expires());
  }

  /** Who the history names: the provider, by the listing's contact address. */
  private static String by(Listing listing) {
    String email = listing.contacts() == null ? null : listing.contacts().email();
    return "provider:" + (email == null ? listing.id() : email);
  }

  private static VerificationLinkException used() {
    return new VerificationLinkException(Reason.USED, "This link was used already.");
  }

  private <T> Mono<T> limited(String address, Callable<T> work) {
    return Mono.defer(
        () -> {
          String key = "verification " + address;
          RateLimiter.Decision decision =
              limiter.take(key, properties.perAddress(), properties.period());
          if (!decision.allowed()) {
            return Mono.error(
                new TooManyRequestsException(
                    "Too many confirmations from this address; try again later.",
                    decision.retryAfterSeconds()));
          }
          return call(work)
              .doOnError(e -> limiter.giveBack(key, properties.perAddress(), properties.period()));
        });
  }

  /** Off the event loop; an unreachable cluster is a 503 ({@link BlockingCalls}). */
  private static <T> Mono<T> call(Callable<T> work) {
    return BlockingCalls.call(work, "Listings cannot be reached right now.");
  }
}
