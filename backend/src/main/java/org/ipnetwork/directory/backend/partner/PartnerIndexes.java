package org.ipnetwork.directory.backend.partner;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.time.Clock;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.partner.PartnerUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure the {@code partners} and {@code partner-usage} indices exist at start-up, so that a
 * fresh installation answers an unknown key with 401 rather than 503.
 */
@Component
class PartnerIndexes implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PartnerIndexes.class);

  private final ElasticsearchClient client;

  PartnerIndexes(ElasticsearchClient client) {
    this.client = client;
  }

  /** An unreachable cluster does not stop start-up: keyed requests answer 503 until it is back. */
  @Override
  public void run(ApplicationArguments args) {
    try {
      PartnerStore.INDEX.ensureExists(client, Clock.systemUTC());
      PartnerUsage.INDEX.ensureExists(client, Clock.systemUTC());
    } catch (IOException | ElasticsearchException e) {
      log.error("The partner indices could not be checked at start-up", e);
    }
  }
}
