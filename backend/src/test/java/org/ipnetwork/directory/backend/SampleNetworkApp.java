package org.ipnetwork.directory.backend;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.time.Duration;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application on the shipped sample network (3,000 listings), on a node of its own so that the
 * shared fixture index is not involved. Started once per test JVM on first use and shared by the
 * ITs that measure the sample (one node start instead of one per class); Spring's shutdown hook
 * stops it, and the node with it, when the JVM exits.
 */
public final class SampleNetworkApp {

  private static ConfigurableApplicationContext app;

  private SampleNetworkApp() {}

  public static synchronized ConfigurableApplicationContext get() {
    if (app == null) {
      EmbeddedSettings node = TestElasticsearch.settings("sample");
      app =
          new SpringApplicationBuilder(DirectoryApplication.class)
              .properties(
                  "server.port=0",
                  "directory.elasticsearch.embedded.home=" + node.home(),
                  "directory.elasticsearch.embedded.install-dir=" + node.installDir(),
                  "directory.elasticsearch.embedded.http-port=0",
                  // The judged queries alone are more than a minute's anonymous allowance.
                  "directory.rate-limit.anonymous-per-minute=1000000",
                  "directory.rate-limit.partner-ip-per-minute=1000000")
              .run();
    }
    return app;
  }

  /** {@code http://localhost:PORT} of the API. */
  public static URI baseUri() {
    int port = ((WebServerApplicationContext) get()).getWebServer().getPort();
    return URI.create("http://localhost:" + port);
  }

  /**
   * A client of the API. Its timeout is generous: the sample ITs run next to other builds on shared
   * machines, where the first requests after start-up can take longer than WebTestClient's 5 s.
   */
  public static WebTestClient http() {
    return WebTestClient.bindToServer()
        .baseUrl(baseUri().toString())
        .responseTimeout(Duration.ofSeconds(30))
        .build();
  }

  public static ElasticsearchClient elasticsearch() {
    return get().getBean(ElasticsearchClient.class);
  }
}
