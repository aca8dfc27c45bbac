package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ipnetwork.directory.backend.export.ExportedFiles;
import org.ipnetwork.directory.columns.Column;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpMethod;
import org.springframework.util.FileSystemUtils;

/**
 * The exports screen in headless Chromium: an editor picks Germany, sees how many listings the file
 * will hold, downloads it and finds those listings in it, and the other language keeps the choice;
 * screenshots of the screen in both languages go to {@code target/screenshots/}
 * (docs/img/exports-*.png).
 */
class ExportPageIT extends WorkplacePages {

  /** What the API counts for an export of Germany, as the page should show. */
  private long germany() {
    String body =
        new String(
            request(
                    HttpMethod.GET,
                    "/api/v1/admin/exports/count?country=DE",
                    session(EDITOR),
                    false)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody(),
            java.nio.charset.StandardCharsets.UTF_8);
    return Long.parseLong(body.replaceAll("[^0-9]", ""));
  }

  @Test
  void anEditorCountsAndDownloadsTheListingsOfACountry() throws Exception {
    Path downloads = Files.createTempDirectory("export-downloads");
    try {
      ((HasCdp) driver)
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
      long expected = germany();
      assertThat(expected).isPositive();

      signInAs(EDITOR);
      wait.until(d -> $("#screens a[data-screen=exports]")).click();
      wait.until(d -> d.getCurrentUrl().endsWith("/admin?screen=exports"));
      wait.until(d -> $("#export-scope-country"));
      String everything = wait.until(d -> $("#export-count").getDomAttribute("data-count"));

      new Select($("#export-scope-country")).selectByValue("DE");
      wait.until(
          d -> String.valueOf(expected).equals($("#export-count").getDomAttribute("data-count")));
      assertThat(Long.parseLong(everything)).isGreaterThan(expected);
      assertThat($("#export-download").getDomAttribute("href"))
          .isEqualTo("/api/v1/admin/exports?country=DE&format=csv");

      String first = $("#lang-switch").getText().equals("English") ? "zh" : "en";
      shoot(first);
      $("#export-download").click();
      Path file = awaitDownload(downloads);

      assertThat(file.getFileName().toString()).startsWith("listings_country-DE_").endsWith(".csv");
      List<Map<Column, String>> rows = ExportedFiles.csv(Files.readAllBytes(file));
      assertThat(rows).hasSize((int) expected).allMatch(r -> r.get(Column.COUNTRY).equals("DE"));

      String heading = $("#export-heading").getText();
      $("#lang-switch").click();
      wait.until(d -> !$("#export-heading").getText().equals(heading));
      // The other language keeps the choice.
      wait.until(
          d -> String.valueOf(expected).equals($("#export-count").getDomAttribute("data-count")));
      assertThat(new Select($("#export-scope-country")).getAllSelectedOptions())
          .extracting(o -> o.getDomAttribute("value"))
          .containsExactly("DE");
      shoot(first.equals("zh") ? "en" : "zh");
      assertNoConsoleErrors();
    } finally {
      FileSystemUtils.deleteRecursively(downloads);
    }
  }

  private void shoot(String lang) {
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    screenshot("exports-" + lang);
  }

  /** The downloaded file once Chromium has finished writing it. */
  private static Path awaitDownload(Path directory) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      try (Stream<Path> files = Files.list(directory)) {
        List<Path> done =
            files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")).toList();
        if (!done.isEmpty()) {
          return done.get(0);
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("nothing was downloaded to " + directory);
  }
}
