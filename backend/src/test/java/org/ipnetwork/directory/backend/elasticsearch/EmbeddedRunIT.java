package org.ipnetwork.directory.backend.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.backend.DirectoryApplication;
import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the run command promises: the application starts its own node, loads the sample when the
 * index is empty, keeps the data across a restart without reloading it, and leaves no Elasticsearch
 * process behind when it stops.
 */
class EmbeddedRunIT {

  private final EmbeddedSettings node = TestElasticsearch.settings("run");

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(DirectoryApplication.class)
        .properties(
            "server.port=0",
            "directory.elasticsearch.embedded.home=" + node.home(),
            "directory.elasticsearch.embedded.install-dir=" + node.installDir(),
            "directory.elasticsearch.embedded.http-port=0",
            "directory.sample.resource=fixture/listings.ndjson")
        .run();
  }

  private static WebTestClient http(ConfigurableApplicationContext ctx) {
    int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }

  private static List<ProcessHandle> nodeProcesses(ConfigurableApplicationContext ctx) {
    long pid = ctx.getBean(ElasticsearchConnection.class).embeddedPid().orElseThrow();
    List<ProcessHandle> all = new ArrayList<>();
    ProcessHandle.of(pid)
        .ifPresent(
            p -> {
              all.add(p);
              all.addAll(p.descendants().toList());
            });
    return all;
  }

  @Test
  void dataSurvivesARestartIsNotReloadedAndTheNodeStopsWithTheApplication() throws Exception {
    List<ProcessHandle> first;
    try (ConfigurableApplicationContext ctx = start()) {
      first = nodeProcesses(ctx);
      http(ctx).get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
      http(ctx)
          .get()
          .uri("/api/v1/search")
          .exchange()
          .expectBody()
          .jsonPath("$.total")
          .isEqualTo(13);
      // A staff deletion: it must still be gone after the restart (no reload of the sample).
      var client = ctx.getBean(co.elastic.clients.elasticsearch.ElasticsearchClient.class);
      client.delete(
          d ->
              d.index(ListingIndex.ALIAS)
                  .id("fx-10")
                  .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
    }
    assertThat(first).isNotEmpty().noneMatch(ProcessHandle::isAlive);

    List<ProcessHandle> second;
    try (ConfigurableApplicationContext ctx = start()) {
      second = nodeProcesses(ctx);
      http(ctx)
          .get()
          .uri("/api/v1/search")
          .exchange()
          .expectBody()
          .jsonPath("$.total")
          .isEqualTo(12);
    }
    assertThat(second).isNotEmpty().noneMatch(ProcessHandle::isAlive);
  }
}
