package org.ipnetwork.directory.backend.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ipnetwork.directory.backend.DirectoryApplication;
import org.ipnetwork.directory.elasticsearch.ConnectionSettings;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.elasticsearch.EmbeddedElasticsearch;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;
import org.ipnetwork.directory.partner.IssuedKey;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.partner.PartnerUsage;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;

/**
 * A normal stop (SIGTERM, as systemd and Kubernetes send it) of the real application process: the
 * partner usage counts and the search log it owes are written before its embedded node stops. Both
 * are flushed only at shutdown here (their periodic flushes are set to an hour), so every count and
 * every logged search read afterwards was written by the shutdown flush.
 */
class GracefulStopIT {

  private static final int SEARCHES = 7;

  private final EmbeddedSettings node = TestElasticsearch.settings("graceful");
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void sigtermWritesThePartnerUsageAndTheSearchLogBeforeTheNodeStops() throws Exception {
    int appPort = freePort();
    int nodePort = freePort();
    Process app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                DirectoryApplication.class.getName(),
                "--server.port=" + appPort,
                "--directory.elasticsearch.embedded.home=" + node.home(),
                "--directory.elasticsearch.embedded.install-dir=" + node.installDir(),
                "--directory.elasticsearch.embedded.http-port=" + nodePort,
                "--directory.sample.resource=fixture/listings.ndjson",
                "--directory.partners.usage-flush-interval=1h",
                "--directory.search-log.flush-interval=1h")
            .redirectErrorStream(true)
            .redirectOutput(node.home().resolveSibling("graceful-app.log").toFile())
            .start();
    List<ProcessHandle> nodeProcesses = new ArrayList<>();
    String partnerId;
    try {
      String base = "http://localhost:" + appPort;
      awaitReady(app, base);
      IssuedKey key;
      try (ElasticsearchClients es =
          ElasticsearchClients.connect(
              ConnectionSettings.to(URI.create("http://127.0.0.1:" + nodePort)))) {
        key = admin(es).add(new NewPartner(null, "Chamber", List.of(), Map.of(), 600));
      }
      partnerId = key.partner().id();
      for (int i = 0; i < SEARCHES; i++) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q=patent"))
                    .header("X-Partner-Key", key.key())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
      }
      app.toHandle().descendants().forEach(nodeProcesses::add);

      app.destroy(); // SIGTERM
      assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the application stopped").isTrue();
    } finally {
      app.destroyForcibly();
    }
    assertThat(nodeProcesses).isNotEmpty().noneMatch(ProcessHandle::isAlive);

    try (EmbeddedElasticsearch again = EmbeddedElasticsearch.start(node.withHttpPort(0));
        ElasticsearchClients es =
            ElasticsearchClients.connect(ConnectionSettings.to(again.uri()))) {
      List<PartnerUsage> usage = admin(es).usage(partnerId, 1);
      assertThat(usage.stream().mapToLong(PartnerUsage::requests).sum()).isEqualTo(SEARCHES);
      es.client().indices().refresh(r -> r.index("search-log-*"));
      long logged =
          es.client()
              .count(
                  c ->
                      c.index("search-log-*")
                          .query(q -> q.term(t -> t.field("partnerId").value(partnerId))))
              .count();
      assertThat(logged).as("searches in the search log").isEqualTo(SEARCHES);
    }
  }

  private static PartnerAdmin admin(ElasticsearchClients es) {
    PartnerAdmin admin =
        new PartnerAdmin(
            new PartnerStore(es.client()),
            Taxonomies.bundled(),
            Clock.systemUTC(),
            new SecureRandom());
    admin.ensureIndex();
    return admin;
  }

  private void awaitReady(Process app, String base) throws Exception {
    Instant deadline = Instant.now().plusSeconds(300);
    while (Instant.now().isBefore(deadline)) {
      assertThat(app.isAlive()).as("the application is running").isTrue();
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the application did not become ready");
  }

  private static int freePort() throws java.io.IOException {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
