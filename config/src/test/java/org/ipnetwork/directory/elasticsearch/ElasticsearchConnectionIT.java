package org.ipnetwork.directory.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.util.List;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;

/** The one decision between an external cluster and the embedded node. */
class ElasticsearchConnectionIT {

  private final URI shared = TestElasticsearch.uri();

  @Test
  void configuredUrlsAreUsedAsTheyAreAndNoNodeIsStarted() throws Exception {
    ElasticsearchSettings settings =
        new ElasticsearchSettings(
            ConnectionSettings.to(shared),
            // Would fail to start if it were tried: the port is the shared node's.
            TestElasticsearch.settings("unused").withHttpPort(shared.getPort()).withHeap("1k"));
    try (ElasticsearchConnection connection = ElasticsearchConnection.open(settings)) {
      assertThat(connection.uris()).containsExactly(shared);
      assertThat(connection.embeddedPid()).isEmpty();
      assertThat(connection.client().cluster().health().numberOfNodes()).isPositive();
    }
  }

  @Test
  void noUrlsMeansTheEmbeddedNodeHereAttachedToAndLeftRunning() throws Exception {
    assumeTrue(
        System.getProperty("tests.elasticsearch.url") == null,
        "the shared node is an external cluster, not the directory's own");
    ElasticsearchSettings settings =
        new ElasticsearchSettings(
            ConnectionSettings.to(shared).withUrls(List.of()),
            TestElasticsearch.settings("attach-to-shared").withHttpPort(shared.getPort()));
    try (ElasticsearchConnection connection = ElasticsearchConnection.open(settings)) {
      assertThat(connection.uris()).containsExactly(shared);
      assertThat(connection.embeddedPid()).isEmpty(); // attached, not started: not stopped either
      assertThat(connection.client().cluster().health().clusterName())
          .isEqualTo(EmbeddedSettings.CLUSTER_NAME);
    }
    assertThat(TestElasticsearch.clients().client().cluster().health().numberOfNodes())
        .isPositive();
  }
}
