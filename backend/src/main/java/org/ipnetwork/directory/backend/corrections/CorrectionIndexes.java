package org.ipnetwork.directory.backend.corrections;

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
 * The {@code corrections} index (visitors' reports of wrong listing details, the staff's queue):
 * its definition, and its creation at start-up, like the drafts and partner indices.
 */
@Component
class CorrectionIndexes implements ApplicationRunner {

  /** Reports behind the alias {@code corrections}; written only by the backend. */
  static final ManagedIndex INDEX =
      new ManagedIndex("corrections", 1, "elasticsearch/corrections-index.json");

  private static final Logger log = LoggerFactory.getLogger(CorrectionIndexes.class);

  private final ElasticsearchClient client;

  CorrectionIndexes(ElasticsearchClient client) {
    this.client = client;
  }

  /** An unreachable cluster does not stop start-up: reports answer 503 until it is back. */
  @Override
  public void run(ApplicationArguments args) {
    try {
      INDEX.ensureExists(client, Clock.systemUTC());
    } catch (IOException | ElasticsearchException e) {
      log.error("The corrections index could not be checked at start-up", e);
    }
  }
}
