package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search insights screen in headless Chromium: a reviewer opens it from the navigation and sees
 * the day chart, the lists and the coverage heatmap, with the cell the public searched for and
 * found nothing framed, in both languages; the screenshots (desktop, zh and en) go to {@code
 * target/screenshots/}. An editor has no link to it.
 */
class SearchLogPageIT extends WorkplacePages {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private void publicSearch(String query) {
    http().get().uri("/api/v1/search?" + query).exchange().expectStatus().isOk();
  }

  /** Waits until the log's periodic write has brought the searches to the dashboard. */
  private void awaitLogged(String country, String service) throws InterruptedException {
    Cookies reviewer = session(REVIEWER);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      byte[] body =
          request(HttpMethod.GET, "/api/v1/admin/search-log/coverage", reviewer, false)
              .exchange()
              .expectBody()
              .returnResult()
              .getResponseBody();
      // That very cell: the log is shared with the earlier tests of this JVM, whose searches may
      // have marked another country's cell of the same service already.
      JsonNode coverage =
          JSON.readTree(body == null ? "{}" : new String(body, StandardCharsets.UTF_8));
      for (JsonNode row : coverage.path("countries")) {
        if (row.path("code").asString().equals(country)) {
          for (JsonNode cell : row.path("cells")) {
            if (cell.path("service").asString().equals(service)
                && cell.path("zeroResultSearches").asLong() > 0) {
              return;
            }
          }
        }
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the searches did not reach the log");
  }

  @Test
  void aReviewerSeesTheHeatmapWithTheGapsMarkedInBothLanguages() throws Exception {
    publicSearch("q=德国 专利");
    publicSearch("q=trademark&country=FR");
    publicSearch("q=qqzzxxw&country=DE&service=patent");
    publicSearch("q=qqzzxxw&country=JP&service=trademark");
    awaitLogged("JP", "trademark");

    signInAs(REVIEWER);
    wait.until(d -> $("#screens a[data-screen=search-log]")).click();
    wait.until(d -> d.getCurrentUrl().endsWith("/admin?screen=search-log"));
    wait.until(d -> $("#log-heatmap"));
    wait.until(d -> $("#log-top"));

    assertThat(
            $(".heat-row[data-country=DE] .heat-cell[data-service=trademark]")
                .getDomAttribute("data-listings"))
        .isEqualTo("3");
    assertThat(
            $(".heat-row[data-country=JP] .heat-cell[data-service=trademark]")
                .getDomAttribute("class"))
        .contains("heat-missed");
    assertThat($("#log-heatmap").getDomAttribute("role")).isEqualTo("img");
    assertThat($$("#log-coverage-table tbody tr")).hasSameSizeAs($$(".heat-row"));
    assertThat($("#log-csv").getDomAttribute("href"))
        .startsWith("/api/v1/admin/search-log/coverage.csv?");

    String first = $("#lang-switch").getText().equals("English") ? "zh" : "en";
    String second = first.equals("zh") ? "en" : "zh";
    shoot(first);
    String heading = $("#log-heading").getText();
    $("#lang-switch").click();
    wait.until(d -> !$("#log-heading").getText().equals(heading));
    wait.until(d -> $("#log-heatmap"));
    shoot(second);
    assertNoConsoleErrors();
  }

  private void shoot(String lang) throws InterruptedException {
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    screenshot("search-log-" + lang);
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('log-coverage-heading').scrollIntoView()");
    screenshot("search-log-heatmap-" + lang);
  }

  @Test
  void anEditorHasNoLinkToIt() {
    signInAs(EDITOR);
    wait.until(d -> $("#screens a[data-screen=corrections]"));

    assertThat($$("#screens a[data-screen=search-log]")).isEmpty();
  }
}
