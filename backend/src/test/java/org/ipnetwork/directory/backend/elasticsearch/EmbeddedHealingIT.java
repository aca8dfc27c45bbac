package org.ipnetwork.directory.backend.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ipnetwork.directory.backend.DirectoryApplication;
import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What an operator relies on when the embedded node dies: the application starts it again by
 * itself, readiness reports the gap and liveness stays UP meanwhile; a node that cannot come back
 * turns liveness DOWN with the reason, so that a supervisor restarts the application.
 */
class EmbeddedHealingIT {

  private final EmbeddedSettings node = TestElasticsearch.settings("healing");
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void aKilledNodeComesBackByItselfAndOneThatCannotTurnsLivenessDown() throws Exception {
    try (ConfigurableApplicationContext ctx =
        // Arguments, not default properties: application.yml would override those.
        new SpringApplicationBuilder(DirectoryApplication.class)
            .run(
                "--server.port=0",
                "--directory.elasticsearch.embedded.home=" + node.home(),
                "--directory.elasticsearch.embedded.install-dir=" + node.installDir(),
                "--directory.elasticsearch.embedded.http-port=0",
                "--directory.elasticsearch.embedded.max-restarts=2",
                "--directory.sample.resource=fixture/listings.ndjson")) {
      String base =
          "http://localhost:" + ((WebServerApplicationContext) ctx).getWebServer().getPort();
      ElasticsearchConnection connection = ctx.getBean(ElasticsearchConnection.class);
      int nodePort = connection.uris().get(0).getPort();
      assertThat(get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);

      // 1. kill -9: readiness goes DOWN, liveness stays UP, then the node is back with its data.
      kill(connection.embeddedPid().orElseThrow());
      await(base + "/actuator/health/readiness", r -> r.statusCode() == 503);
      List<Integer> liveness = new ArrayList<>();
      HttpResponse<String> ready =
          await(
              base + "/actuator/health/readiness",
              r -> {
                liveness.add(get(base + "/actuator/health/liveness").statusCode());
                // The node answers a moment before its supervisor has counted the restart.
                return r.statusCode() == 200 && r.body().contains("\"restarts\":1");
              });
      assertThat(ready.body()).contains("\"phase\":\"running\"");
      assertThat(liveness).isNotEmpty().containsOnly(200);
      assertThat(get(base + "/api/v1/search").body()).contains("\"total\":13");

      // 2. Killed again while another program takes its port: it cannot come back.
      try (ServerSocket squatter = new ServerSocket()) {
        kill(connection.embeddedPid().orElseThrow());
        squatter.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), nodePort));
        HttpResponse<String> down =
            await(base + "/actuator/health/liveness", r -> r.statusCode() == 503);
        assertThat(down.body())
            .contains("\"phase\":\"failed\"")
            .contains("could not be started again in 2 attempt(s)");
        assertThat(get(base + "/actuator/health/readiness").statusCode()).isEqualTo(503);
      }
    }
  }

  /** SIGKILL to the node's launcher and everything it started, and waits until they are gone. */
  private static void kill(long pid) throws Exception {
    ProcessHandle launcher = ProcessHandle.of(pid).orElseThrow();
    List<ProcessHandle> tree = new ArrayList<>(launcher.descendants().toList());
    tree.add(launcher);
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle p : tree) {
      p.onExit().get();
    }
  }

  private HttpResponse<String> get(String url) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(url + ": " + e, e);
    }
  }

  private HttpResponse<String> await(String url, Predicate<HttpResponse<String>> done)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(240);
    HttpResponse<String> last = null;
    while (Instant.now().isBefore(deadline)) {
      last = get(url);
      if (done.test(last)) {
        return last;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        url + " never matched; last answer " + last.statusCode() + " " + last.body());
  }
}
