package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workplace's uploads screen in headless Chromium: a reviewer picks a CSV file, follows its dry
 * run, reads the counts, the refused row and the new listings, publishes them, and finds the upload
 * in the list of earlier ones.
 */
class UploadPageIT extends WorkplacePages {

  private static final String UPLOADS = "uploads";
  private static final Duration JOB_WAIT = Duration.ofSeconds(120);

  @AfterEach
  void removeUploads() throws IOException {
    List<String> ids =
        elasticsearch
            .search(s -> s.index(UPLOADS).query(q -> q.matchAll(m -> m)).size(10_000), Void.class)
            .hits()
            .hits()
            .stream()
            .map(h -> h.id())
            .toList();
    if (!ids.isEmpty()) {
      elasticsearch.bulk(
          b -> {
            ids.forEach(id -> b.operations(o -> o.delete(d -> d.index(UPLOADS).id(id))));
            return b.refresh(Refresh.True);
          });
    }
  }

  @Test
  void aReviewerUploadsAFileReadsItsReportAndPublishesIt() throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String csv =
        "id,kind,name_en,name_zh,org_type,country,city,services,website,source\n"
            + "page-"
            + tag
            + "-a,provider,Harbour IP "
            + tag
            + ",海港知识产权,law_firm,DE,Hamburg,trademark,https://harbour-"
            + tag
            + ".example,workplace\n"
            + "page-"
            + tag
            + "-b,provider,Alpine Patents "
            + tag
            + ",阿尔卑斯专利,patent_agency,FR,Lyon,patent,,workplace\n"
            + "page-"
            + tag
            + "-c,provider,Nowhere "
            + tag
            + ",无处,law_firm,Atlantis,,trademark,,workplace\n";
    Path file = Files.createTempFile("firms-", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    try {
      signInAs(REVIEWER);
      assertThat(wait.until(d -> $("#screens a[data-screen=uploads]")).getText())
          .isEqualTo("Uploads");
      driver.get(base() + "/admin?screen=uploads");
      wait.until(d -> $("#upload-file")).sendKeys(file.toAbsolutePath().toString());
      $("#upload-start").click();

      awaitJob("#upload-report[data-state=checked]");
      // The screen is drawn again when the list of uploads has been read after the report: wait
      // for that last drawing, so that what is read below is not replaced while it is read.
      String id = driver.getCurrentUrl().replaceAll(".*[?&]upload=([^&#]+).*", "$1");
      awaitJob("#upload-list li[data-id='" + id + "'][data-state=checked]");
      assertThat(d("new")).isEqualTo("2");
      assertThat(d("changed")).isEqualTo("0");
      assertThat(d("unchanged")).isEqualTo("0");
      assertThat(d("rejected")).isEqualTo("1");
      assertThat($("#upload-errors").getText()).contains("4").contains("country");
      assertThat($$("#upload-changes details")).hasSize(2);
      $("#upload-changes details[data-listing='page-" + tag + "-a'] summary").click();
      assertThat($("#upload-changes details[data-listing='page-" + tag + "-a']").getText())
          .contains("Hamburg");
      screenshot("admin-uploads");

      $("#upload-apply-publish").click();
      awaitJob("#upload-report[data-state=applied]");
      awaitJob("#upload-list li[data-id='" + id + "'][data-state=applied]");
      assertThat($("#upload-applied").getText()).contains("published 2 listings");
      assertThat(search("q=Harbour+IP+" + tag).hits()).isNotEmpty();
      assertNoConsoleErrors();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Waits for a step of a background job (the dry run, applying) to show: on a loaded build machine
   * they take longer than a page's reaction. A step that never shows fails with what the page
   * showed and where the job threads were, so that a stuck job can be told from a slow one.
   */
  private void awaitJob(String css) {
    try {
      new WebDriverWait(driver, JOB_WAIT).until(d -> !$$(css).isEmpty());
    } catch (TimeoutException e) {
      List<WebElement> report = $$("#upload-report");
      throw new AssertionError(
          "no "
              + css
              + " after "
              + JOB_WAIT
              + "; the report: "
              + (report.isEmpty() ? "none" : report.get(0).getText())
              + jobThreads(),
          e);
    }
  }

  private static String jobThreads() {
    StringBuilder out = new StringBuilder();
    Thread.getAllStackTraces()
        .forEach(
            (thread, stack) -> {
              if (thread.getName().equals("upload-job")) {
                out.append("\nupload-job ").append(thread.getState());
                for (StackTraceElement frame : stack) {
                  out.append("\n  at ").append(frame);
                }
              }
            });
    return out.isEmpty() ? "; no upload-job thread" : out.toString();
  }

  /** A count of the report. */
  private String d(String count) {
    return $("#upload-counts dd[data-count=" + count + "]").getText();
  }
}
