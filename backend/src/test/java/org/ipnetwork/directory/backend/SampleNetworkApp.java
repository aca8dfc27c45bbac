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
      // Command-line arguments, not builder properties: those are Spring's "default properties",
      // which application.yml overrides (server.port 8080, Elasticsearch on 9200).
      app =
          new SpringApplicationBuilder(DirectoryApplication.class)
              .run(
                  "--server.port=0",
                  "--directory.elasticsearch.embedded.home=" + node.home(),
                  "--directory.elasticsearch.embedded.install-dir=" + node.installDir(),
                  "--directory.elasticsearch.embedded.http-port=0",
                  // The judged queries alone are more than a minute's anonymous allowance.
                  "--directory.rate-limit.anonymous-per-minute=1000000",
                  "--directory.rate-limit.partner-ip-per-minute=1000000",
                  // These ITs measure what search returns, not how fast: on a build machine
                  // shared with other builds, start-up and the first searches can take far
                  // longer than the production limits (120 s, 5 s).
                  "--directory.elasticsearch.embedded.startup-timeout=600s",
                  "--directory.elasticsearch.request-timeout=60s",
                  "--directory.elasticsearch.socket-timeout=90s");
    }
    return app;
  }

  /** {@code http://localhost:PORT} of the API. */
  public static URI baseUri() {
    int port = ((WebServerApplicationContext) get()).getWebServer().getPort();
    return URI.create("http://localhost:" + port);
  }

  /** A client of the API, as patient as the application's own Elasticsearch timeouts. */
  public static WebTestClient http() {
    return WebTestClient.bindToServer()
        .baseUrl(baseUri().toString())
        .responseTimeout(Duration.ofSeconds(90))
        .build();
  }

  public static ElasticsearchClient elasticsearch() {
    return get().getBean(ElasticsearchClient.class);
  }
}
