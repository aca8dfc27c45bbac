package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.time.Clock;
import org.ipnetwork.directory.index.ListingIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure the drafts and history indices exist at start-up, and that an existing drafts index
 * has the fields the listings definition added since ({@code ManagedIndex.ensureExists}).
 */
@Component
class EditingIndexes implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EditingIndexes.class);

  private final ElasticsearchClient client;

  EditingIndexes(ElasticsearchClient client) {
    this.client = client;
  }

  /** An unreachable cluster does not stop start-up: the workplace answers 503 until it is back. */
  @Override
  public void run(ApplicationArguments args) {
    try {
      ListingIndex.DRAFTS.ensureExists(client, Clock.systemUTC());
      ListingIndex.HISTORY.ensureExists(client, Clock.systemUTC());
    } catch (IOException | ElasticsearchException e) {
      log.error("The drafts and history indices could not be checked at start-up", e);
    }
  }
}
