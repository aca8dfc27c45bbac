package org.ipnetwork.directory.backend.verification;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.elasticsearch.ElasticsearchStatus;
import org.ipnetwork.directory.index.ManagedIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The {@code verification} index: when each listing's provider was last asked (one document per
 * listing, {@code asked:ID}, replaced at every request) and which links were used ({@code
 * used:NONCE}, created once: a second use of the same link finds it there). Created at start-up,
 * like the corrections index.
 *
 * <p>Blocking: called off the event loop.
 */
@Component
class VerificationRecords implements ApplicationRunner {

  static final ManagedIndex INDEX =
      new ManagedIndex("verification", 1, "elasticsearch/verification-index.json");

  private static final Logger log = LoggerFactory.getLogger(VerificationRecords.class);

  /** One stored record: an ask or a use. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Entry(
      String type, String listingId, Instant at, String by, String channel, String outcome) {}

  private final ElasticsearchClient client;
  private final Clock clock;

  VerificationRecords(ElasticsearchClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /** An unreachable cluster does not stop start-up: verification answers 503 until it is back. */
  @Override
  public void run(ApplicationArguments args) {
    try {
      INDEX.ensureExists(client, Clock.systemUTC());
    } catch (IOException | ElasticsearchException e) {
      log.error("The verification index could not be checked at start-up", e);
    }
  }

  /** Records that the provider of {@code listingId} was asked: by whom, how, with what outcome. */
  void asked(String listingId, String by, String channel, String outcome) throws IOException {
    Entry entry = new Entry("asked", listingId, clock.instant(), by, channel, outcome);
    client.index(
        i ->
            i.index(INDEX.alias())
                .id("asked:" + listingId)
                .document(entry)
                .refresh(Refresh.WaitFor));
  }

  /** The last ask of each of {@code listingIds} that has one. */
  Map<String, Entry> lastAsked(Collection<String> listingIds) throws IOException {
    Map<String, Entry> out = new HashMap<>();
    if (listingIds.isEmpty()) {
      return out;
    }
    List<String> ids = listingIds.stream().map(id -> "asked:" + id).toList();
    client
        .mget(m -> m.index(INDEX.alias()).ids(ids), Entry.class)
        .docs()
        .forEach(
            d -> {
              if (d.isResult() && d.result().found() && d.result().source() != null) {
                out.put(d.result().source().listingId(), d.result().source());
              }
            });
    return out;
  }

  /**
   * Claims the single use of a link.
   *
   * @return false when it was used already
   */
  boolean claim(String nonce, String listingId, String outcome) throws IOException {
    Entry entry = new Entry("used", listingId, clock.instant(), null, null, outcome);
    try {
      client.create(
          c -> c.index(INDEX.alias()).id("used:" + nonce).document(entry).refresh(Refresh.True));
      return true;
    } catch (ElasticsearchException | IOException e) {
      if (ElasticsearchStatus.find(e) == 409) {
        return false;
      }
      throw e;
    }
  }

  /** Gives a claimed use back, when what it was for failed (a proposal with refused values). */
  void release(String nonce) throws IOException {
    client.delete(d -> d.index(INDEX.alias()).id("used:" + nonce).refresh(Refresh.True));
  }

  /** Whether the link was used. */
  boolean used(String nonce) throws IOException {
    return client.exists(e -> e.index(INDEX.alias()).id("used:" + nonce)).value();
  }
}
