package org.ipnetwork.directory.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.time.Clock;
import org.ipnetwork.directory.index.ListingIndex;
import org.junit.jupiter.api.Test;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The index definition on the official image of the same version (the one docker-compose uses),
 * which has more modules than the embedded distribution. Runs only where Docker does.
 */
@Testcontainers(disabledWithoutDocker = true)
class OfficialImageIT {

  @Container
  static final ElasticsearchContainer ES =
      new ElasticsearchContainer(
              "docker.elastic.co/elasticsearch/elasticsearch:" + Distribution.version())
          .withEnv("xpack.security.enabled", "false");

  @Test
  void theListingsIndexIsCreatedFromTheSameDefinition() throws Exception {
    URI uri = URI.create("http://" + ES.getHttpHostAddress());
    try (ElasticsearchClients es = ElasticsearchClients.connect(ConnectionSettings.to(uri))) {
      ElasticsearchClient client = es.client();
      String index = ListingIndex.INDEX.ensureExists(client, Clock.systemUTC());
      assertThat(ListingIndex.INDEX.current(client)).contains(index);
    }
  }
}
