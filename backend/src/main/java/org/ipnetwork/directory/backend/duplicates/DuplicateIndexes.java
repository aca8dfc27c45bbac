package org.ipnetwork.directory.backend.duplicates;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.time.Clock;
import org.ipnetwork.directory.index.ManagedIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The {@code duplicate-decisions} index (pairs the staff said are not one firm, listings merged
 * into another): its definition, and its creation at start-up, like the corrections index.
 */
@Component
class DuplicateIndexes implements ApplicationRunner {

  /** Decisions behind the alias {@code duplicate-decisions}; written only by the backend. */
  static final ManagedIndex INDEX =
      new ManagedIndex("duplicate-decisions", 1, "elasticsearch/duplicate-decisions-index.json");

  private static final Logger log = LoggerFactory.getLogger(DuplicateIndexes.class);

  private final ElasticsearchClient client;

  DuplicateIndexes(ElasticsearchClient client) {
    this.client = client;
  }

  /** An unreachable cluster does not stop start-up: the duplicates answer 503 until it is back. */
  @Override
  public void run(ApplicationArguments args) {
    try {
      INDEX.ensureExists(client, Clock.systemUTC());
    } catch (IOException | ElasticsearchException e) {
      log.error("The duplicate decisions index could not be checked at start-up", e);
    }
  }
}
