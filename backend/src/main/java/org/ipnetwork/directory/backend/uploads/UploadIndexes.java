package org.ipnetwork.directory.backend.uploads;

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
 * The {@code uploads} index (staff uploads and their reports): its definition, its creation at
 * start-up like the corrections index, and the uploads a stop interrupted marked failed, so that
 * the list never shows a job as running that nothing runs.
 */
@Component
class UploadIndexes implements ApplicationRunner {

  /** Uploads behind the alias {@code uploads}; written only by the backend. */
  static final ManagedIndex INDEX =
      new ManagedIndex("uploads", 1, "elasticsearch/uploads-index.json");

  private static final Logger log = LoggerFactory.getLogger(UploadIndexes.class);

  private final ElasticsearchClient client;
  private final UploadStore store;

  UploadIndexes(ElasticsearchClient client, UploadStore store) {
    this.client = client;
    this.store = store;
  }

  /** An unreachable cluster does not stop start-up: uploads answer 503 until it is back. */
  @Override
  public void run(ApplicationArguments args) {
    try {
      INDEX.ensureExists(client, Clock.systemUTC());
      store.failInterrupted();
    } catch (IOException | ElasticsearchException e) {
      log.error("The uploads index could not be checked at start-up", e);
    }
  }
}
