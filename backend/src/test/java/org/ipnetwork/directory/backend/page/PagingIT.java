package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.SampleNetworkApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Paging on the sample network (its published listings, well over 100 pages of 20): "page X of Y",
 * first / previous / numbers / next / last, all in the URL; after a page link the results heading
 * has the focus and the results are in view; a deep page given by the cursor of the page before
 * (`after`) shows what the API pages to.
 */
class PagingIT {

  private Browser browser;
  private WebDriver driver;

  @BeforeEach
  void start() throws IOException {
    assumeTrue(Browser.available(), "Chromium is not installed at " + Browser.CHROMIUM);
    browser = new Browser();
    driver = browser.driver;
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private String base() {
    return SampleNetworkApp.baseUri().toString();
  }

  private void open(String query) {
    driver.get(base() + "/" + query);
    settle();
  }

  private void settle() {
    browser.wait.until(
        d -> !d.findElements(By.cssSelector("#result-status[data-total]")).isEmpty());
    browser.wait.until(d -> d.findElements(By.cssSelector("ipd-results[aria-busy]")).isEmpty());
  }

  private List<String> pagerLinks() {
    return driver.findElements(By.cssSelector("ipd-pager li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private String pageOf() {
    return driver.findElement(By.cssSelector("ipd-pager .page-of")).getText();
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  @SuppressWarnings("unchecked")
  private List<String> shownIds() {
    return (List<String>)
        js(
            "return [...document.querySelectorAll('ipd-results .result-title')].map(b => b.dataset.id);");
  }

  /** Pages of 20 the search shown has. */
  private int pages() {
    int total =
        Integer.parseInt(
            driver.findElement(By.cssSelector("#result-status")).getDomAttribute("data-total"));
    return (total + 19) / 20;
  }

  @Test
  void pagesAreNumberedFromFirstToLastAndFocusMovesToTheResults() throws IOException {
    open("?lang=en");
    int pages = pages();
    assertThat(pages).isGreaterThan(100);
    assertThat(pageOf()).isEqualTo("Page 1 of " + pages);
    assertThat(pagerLinks()).containsExactly("1", "2", "3", "Next", "Last");

    // From the bottom of the page, as a reader reaches the pager.
    js("window.scrollTo(0, document.body.scrollHeight);");
    driver.findElement(By.cssSelector("ipd-pager a.next")).click();
    browser.wait.until(d -> d.getCurrentUrl().contains("page=2"));
    settle();
    browser.wait.until(d -> pageOf().equals("Page 2 of " + pages));
    assertThat(js("return document.activeElement.id;")).isEqualTo("results-heading");
    Number top =
        (Number) js("return document.querySelector('.results-head').getBoundingClientRect().top;");
    assertThat(top.doubleValue()).as("the results are in view").isBetween(-1.0, 200.0);
    assertThat(pagerLinks())
        .containsExactly("First", "Previous", "1", "2", "3", "4", "Next", "Last");
    browser.screenshot("paging-page-2-en");

    driver.findElement(By.cssSelector("ipd-pager a.last")).click();
    browser.wait.until(d -> d.getCurrentUrl().contains("page=" + pages));
    settle();
    browser.wait.until(d -> pageOf().equals("Page " + pages + " of " + pages));
    assertThat(pagerLinks())
        .containsExactly(
            "First", "Previous", String.valueOf(pages - 2), String.valueOf(pages - 1), "" + pages);
    assertThat(shownIds()).isNotEmpty();

    // Back returns to page 2 with its results.
    driver.navigate().back();
    browser.wait.until(d -> pageOf().equals("Page 2 of " + pages));
    open("?page=2&lang=zh");
    assertThat(pageOf()).isEqualTo("第 2 / " + pages + " 页");
  }

  @Test
  void aDeepPageComesFromTheCursorOfThePageBefore() {
    Map<?, ?> first =
        SampleNetworkApp.http()
            .get()
            .uri("/api/v1/search?lang=en&size=20")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    Map<?, ?> second =
        SampleNetworkApp.http()
            .get()
            .uri("/api/v1/search?lang=en&size=20&page=2")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    String cursor = (String) first.get("cursor");
    List<String> secondIds =
        ((List<Map<?, ?>>) second.get("hits")).stream().map(h -> (String) h.get("id")).toList();

    open(
        "?lang=en&page=2&after="
            + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(pageOf()).isEqualTo("Page 2 of " + pages());
    assertThat(shownIds()).isEqualTo(secondIds);
  }
}
