package org.ipnetwork.directory.backend.verification;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipnetwork.directory.partner.BaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Asks providers to verify their listings: mails sent in the background, at most {@code
 * directory.verification.mails-per-minute}, each with a fresh link; or, without mail, the links
 * themselves for a mail merge ({@link #links}). Every ask is recorded ({@link VerificationRecords})
 * so that the queue shows when each provider was last asked. A batch's counts (sent, failed) are
 * kept in memory, the latest 100 batches: after a restart a batch still sending is gone, and so are
 * the mails it had not sent yet (ask again; the records say who was asked).
 */
@Component
class VerificationBatches {

  private static final Logger log = LoggerFactory.getLogger(VerificationBatches.class);
  private static final int KEPT = 100;

  /** What the workplace sees of a batch. */
  record BatchView(
      String id, String by, Instant started, int total, int sent, int failed, boolean done) {}

  /** One link handed out for a mail merge. */
  record IssuedLink(VerificationQueue.Due listing, String link, Instant expires) {}

  private record Batch(
      String id,
      String by,
      Instant started,
      int total,
      AtomicInteger sent,
      AtomicInteger failed,
      AtomicBoolean done) {

    BatchView view() {
      return new BatchView(id, by, started, total, sent.get(), failed.get(), done.get());
    }
  }

  private final Map<String, Batch> batches = new LinkedHashMap<>();
  private final LinkSeal seal;
  private final VerificationMail mail;
  private final VerificationRecords records;
  private final VerificationProperties properties;
  private final Clock clock;

  VerificationBatches(
      LinkSeal seal,
      VerificationMail mail,
      VerificationRecords records,
      VerificationProperties properties,
      Clock clock) {
    this.seal = seal;
    this.mail = mail;
    this.records = records;
    this.properties = properties;
    this.clock = clock;
  }

  /** Starts sending one mail per listing; answers at once with the batch. */
  BatchView send(String by, List<VerificationQueue.Due> listings, BaseUrl base) {
    Batch batch =
        new Batch(
            UUID.randomUUID().toString(),
            by,
            clock.instant(),
            listings.size(),
            new AtomicInteger(),
            new AtomicInteger(),
            new AtomicBoolean(listings.isEmpty()));
    keep(batch);
    Duration gap = Duration.ofMillis(60_000L / properties.mailsPerMinute());
    Flux.fromIterable(listings)
        .index()
        .concatMap(
            t ->
                Mono.fromRunnable(() -> sendOne(batch, t.getT2(), by, base))
                    .subscribeOn(Schedulers.boundedElastic())
                    .delaySubscription(t.getT1() == 0 ? Duration.ZERO : gap))
        .doFinally(s -> batch.done().set(true))
        .subscribe(x -> {}, e -> log.error("Verification batch {} stopped", batch.id(), e));
    return batch.view();
  }

  private void sendOne(Batch batch, VerificationQueue.Due listing, String by, BaseUrl base) {
    String outcome;
    if (listing.email() == null || listing.email().isBlank()) {
      outcome = "no_email";
    } else {
      Instant expires = clock.instant().plus(properties.linkTtl());
      try {
        mail.send(listing.email(), listing.name(), link(base, listing.id(), expires), expires);
        outcome = "sent";
      } catch (Exception e) {
        log.warn("Verification mail for {} not sent: {}", listing.id(), e.getMessage());
        outcome = "failed";
      }
    }
    (outcome.equals("sent") ? batch.sent() : batch.failed()).incrementAndGet();
    try {
      records.asked(listing.id(), by, "mail", outcome);
    } catch (IOException | RuntimeException e) {
      log.warn("The ask of {} could not be recorded: {}", listing.id(), e.getMessage());
    }
  }

  /** A fresh link for each listing, recorded as asked through a mail merge. */
  List<IssuedLink> links(String by, List<VerificationQueue.Due> listings, BaseUrl base)
      throws IOException {
    List<IssuedLink> out = new ArrayList<>();
    Instant expires = clock.instant().plus(properties.linkTtl());
    for (VerificationQueue.Due listing : listings) {
      out.add(new IssuedLink(listing, link(base, listing.id(), expires), expires));
      records.asked(listing.id(), by, "csv", "link");
    }
    return out;
  }

  Optional<BatchView> find(String id) {
    synchronized (batches) {
      return Optional.ofNullable(batches.get(id)).map(Batch::view);
    }
  }

  List<BatchView> recent() {
    synchronized (batches) {
      List<BatchView> out = new ArrayList<>(batches.values().stream().map(Batch::view).toList());
      java.util.Collections.reverse(out);
      return out;
    }
  }

  private String link(BaseUrl base, String listingId, Instant expires) {
    return base.value() + "/verify/" + seal.issue(listingId, expires);
  }

  private void keep(Batch batch) {
    synchronized (batches) {
      batches.put(batch.id(), batch);
      while (batches.size() > KEPT) {
        batches.remove(batches.keySet().iterator().next());
      }
    }
  }
}
