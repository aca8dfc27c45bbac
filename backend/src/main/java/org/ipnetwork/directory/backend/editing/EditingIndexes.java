package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.ipnetwork.directory.index.ListingIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure the drafts and history indices exist at start-up, that an existing drafts or listings
 * index has the fields the listings definition added since ({@code ManagedIndex.addMissingFields}:
 * the published copies carry {@code workflow.history} too), and then copies to the history the
 * entries that a crash left in the copies only ({@link HistoryOutbox#reconcileAll}).
 */
@Component
class EditingIndexes implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EditingIndexes.class);

  private final ElasticsearchClient client;
  private final HistoryOutbox outbox;

  EditingIndexes(ElasticsearchClient client, HistoryOutbox outbox) {
    this.client = client;
    this.outbox = outbox;
  }

  /** An unreachable cluster does not stop start-up: the workplace answers 503 until it is back. */
  @Override
  public void run(ApplicationArguments args) {
    try {
      ListingIndex.DRAFTS.ensureExists(client, Clock.systemUTC());
      ListingIndex.HISTORY.ensureExists(client, Clock.systemUTC());
      Optional<String> listings = ListingIndex.INDEX.current(client);
      if (listings.isPresent()) {
        ListingIndex.INDEX.addMissingFields(client, listings.get());
      }
    } catch (IOException | ElasticsearchException e) {
      log.error("The drafts and history indices could not be checked at start-up", e);
      return;
    }
    try {
      outbox.reconcileAll();
    } catch (IOException | ElasticsearchException e) {
      log.error("The history could not be reconciled at start-up; it is when read", e);
    }
  }
}
