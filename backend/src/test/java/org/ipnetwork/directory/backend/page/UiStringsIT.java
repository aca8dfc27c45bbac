package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The one string table reaches the page, the widget (on another origin) and the no-JS frame: with
 * Elasticsearch away, all three say the table's "searchUnavailable" text, which once existed in
 * three drifting copies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UiStringsIT {

  @LocalServerPort int port;

  private final UiStrings strings = new UiStrings();

  @DynamicPropertySource
  static void deadCluster(DynamicPropertyRegistry registry) throws IOException {
    int dead;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      dead = s.getLocalPort();
    }
    registry.add("directory.elasticsearch.urls", () -> "http://127.0.0.1:" + dead);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void theUnavailableTextOfTheTableReachesPageWidgetAndFrame() throws IOException {
    assumeTrue(Browser.available(), "Chromium is not installed at " + Browser.CHROMIUM);
    String zh = strings.text(Lang.ZH, "searchUnavailable");
    String en = strings.text(Lang.EN, "searchUnavailable");
    HttpServer host = partnerPage();
    try (Browser browser = new Browser()) {
      browser.driver.get(base() + "/embed/v1/frame?lang=zh");
      assertThat(browser.driver.findElement(By.cssSelector(".status")).getText()).isEqualTo(zh);
      browser.driver.get(base() + "/embed/v1/frame?lang=en");
      assertThat(browser.driver.findElement(By.cssSelector(".status")).getText()).isEqualTo(en);

      browser.driver.get(base() + "/?lang=zh");
      browser.wait.until(d -> zh.equals(d.findElement(By.id("result-status")).getText()));
      browser.driver.get(base() + "/?lang=en");
      browser.wait.until(d -> en.equals(d.findElement(By.id("result-status")).getText()));
      browser.screenshot("page-unavailable-en");

      browser.driver.get("http://127.0.0.1:" + host.getAddress().getPort() + "/");
      browser.wait.until(
          d ->
              !d.findElements(By.cssSelector(".ipd-widget")).isEmpty()
                  && d.findElement(By.cssSelector(".ipd-widget")).getShadowRoot() != null);
      SearchContext shadow =
          browser.driver.findElement(By.cssSelector(".ipd-widget")).getShadowRoot();
      browser.wait.until(
          d -> !shadow.findElements(By.cssSelector(".status[data-error]")).isEmpty());
      assertThat(shadow.findElement(By.cssSelector(".status")).getText()).isEqualTo(zh);
      assertThat(shadow.findElement(By.cssSelector("button.go")).getText())
          .isEqualTo(strings.text(Lang.ZH, "searchButton"));
      browser.screenshot("widget-unavailable-zh");
    } finally {
      host.stop(0);
    }
  }

  /** A page on another origin (127.0.0.1, another port) embedding the widget in Chinese. */
  private HttpServer partnerPage() throws IOException {
    String html =
        """
        <!doctype html><html><head><meta charset="utf-8"><title>Partner</title></head>
        <body><h1>Partner site</h1>
        <script src="%s/embed/v1/widget.js" data-lang="zh"></script></body></html>
        """
            .formatted(base());
    HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    host.createContext(
        "/",
        exchange -> {
          byte[] body = html.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    host.start();
    return host;
  }

  /** A static asset: the file itself, readable from any origin, cached briefly, revalidated. */
  @Test
  void theTableIsServedAsACacheableAssetForAnyOrigin() {
    WebTestClient http = WebTestClient.bindToServer().baseUrl(base()).build();
    String etag =
        http.get()
            .uri("/assets/i18n/strings.json")
            .header("Origin", "https://partner.example")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
            .expectHeader()
            .valueEquals("Access-Control-Allow-Origin", "*")
            .expectHeader()
            .valueEquals("Cache-Control", "max-age=600, public")
            .expectBody()
            .consumeWith(r -> assertThat(r.getResponseBody()).isEqualTo(strings.json()))
            .returnResult()
            .getResponseHeaders()
            .getETag();
    assertThat(etag).startsWith("\"");
    // The public page's and the widget's: the same, without the workplace's texts.
    http.get()
        .uri("/assets/i18n/public.json")
        .header("Origin", "https://partner.example")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("Access-Control-Allow-Origin", "*")
        .expectBody()
        .consumeWith(r -> assertThat(r.getResponseBody()).isEqualTo(strings.publicJson()));
    http.get()
        .uri("/assets/i18n/strings.json")
        .header("Origin", "https://partner.example")
        .header("If-None-Match", etag)
        .exchange()
        .expectStatus()
        .isNotModified()
        .expectHeader()
        .valueEquals("Access-Control-Allow-Origin", "*");
  }
}
