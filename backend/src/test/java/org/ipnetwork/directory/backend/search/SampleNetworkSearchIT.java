package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipnetwork.directory.backend.DirectoryApplication;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Relevance on the shipped sample network (3,000 listings), on a node of its own so that the shared
 * fixture index is not involved: what an exporter in Shenzhen sees first.
 */
class SampleNetworkSearchIT {

  private static ConfigurableApplicationContext app;

  @BeforeAll
  static void startWithTheSample() {
    EmbeddedSettings node = TestElasticsearch.settings("sample");
    app =
        new SpringApplicationBuilder(DirectoryApplication.class)
            .properties(
                "server.port=0",
                "directory.elasticsearch.embedded.home=" + node.home(),
                "directory.elasticsearch.embedded.install-dir=" + node.installDir(),
                "directory.elasticsearch.embedded.http-port=0")
            .run();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static SearchResponse search(String query) {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return WebTestClient.bindToServer()
        .baseUrl("http://localhost:" + port)
        .build()
        .get()
        .uri("/api/v1/search?" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(SearchResponse.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void germanTrademarkProvidersFillTheWholeFirstPage() {
    SearchResponse r = search("q=德国 商标&lang=zh");
    assertThat(r.hits()).hasSize(20);
    assertThat(r.hits())
        .allSatisfy(
            h -> {
              assertThat(h.country().code()).isEqualTo("DE");
              assertThat(h.services())
                  .extracting(SearchResponse.Labeled::code)
                  .contains("trademark");
            });
  }

  @Test
  void englishQueriesFindTheSameThingsAcrossLanguages() {
    SearchResponse r = search("q=patent litigation Brazil&lang=en");
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits().subList(0, Math.min(10, r.hits().size())))
        .allSatisfy(h -> assertThat(h.country().code()).isEqualTo("BR"));
  }
}
