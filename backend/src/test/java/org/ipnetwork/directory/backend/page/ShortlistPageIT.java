package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The shortlist on the public page against the fixture: stars on the results and in the detail, the
 * count in the header, the list in the URL and in this browser, the shortlist view with its
 * contacts, remove, clear, copy link and CSV link, the keyboard, and the print stylesheet under
 * Chromium's print media emulation.
 */
class ShortlistPageIT extends BrowserFixture {

  void open(String query) {
    driver.get(base() + "/" + query);
    waitForResults();
  }

  void waitForResults() {
    wait.until(d -> !$$("#result-status[data-total]").isEmpty());
    wait.until(d -> $$("ipd-results[aria-busy]").isEmpty() && !$$("ipd-results .result").isEmpty());
  }

  WebElement star(String id) {
    return $("ipd-results button.star[data-id='" + id + "']");
  }

  void waitForCount(String text) {
    wait.until(d -> text.equals($("#shortlist-link").getText()));
  }

  List<String> shownIds() {
    return $$("ipd-shortlist .shortlist-item").stream()
        .map(e -> e.getDomAttribute("data-id"))
        .toList();
  }

  void waitForShortlist(int items) {
    wait.until(
        d ->
            $$("ipd-shortlist[aria-busy]").isEmpty()
                && !$$("#shortlist-heading").isEmpty()
                && $$("ipd-shortlist .shortlist-item").size() == items);
  }

  /** Chromium's print media emulation ("" ends it): what the print stylesheet gives the paper. */
  void printMedia(String media) {
    ((ChromiumDriver) driver)
        .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
  }

  boolean shown(String css) {
    return $$(css).stream().anyMatch(WebElement::isDisplayed);
  }

  @Test
  void starredListingsTravelInTheUrlAndShowInTheShortlistView() throws IOException {
    size(1366, 900);
    open("?lang=zh");
    waitForCount("候选名单 (0)");
    star("fx-01").click();
    star("fx-04").click();
    waitForCount("候选名单 (2)");
    assertThat(star("fx-01").getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(star("fx-02").getDomAttribute("aria-pressed")).isEqualTo("false");
    assertThat(driver.getCurrentUrl()).contains("shortlist=fx-01%2Cfx-04");
    screenshot("shortlist-desktop-zh-starred");

    // Reload, then another search: the URL keeps the list.
    driver.navigate().refresh();
    waitForResults();
    waitForCount("候选名单 (2)");
    assertThat(star("fx-04").getDomAttribute("aria-pressed")).isEqualTo("true");
    new Select($("#sort")).selectByValue("name");
    wait.until(d -> d.getCurrentUrl().contains("sort=name"));
    assertThat(driver.getCurrentUrl()).contains("shortlist=fx-01%2Cfx-04");

    // Back without the parameter: this browser remembers it.
    open("?lang=zh");
    waitForCount("候选名单 (2)");
    assertThat(driver.getCurrentUrl()).contains("shortlist=fx-01%2Cfx-04");

    // The shortlist view: both listings in full, with their contacts.
    $("#shortlist-link").click();
    waitForShortlist(2);
    assertThat(driver.getCurrentUrl()).contains("view=shortlist");
    assertThat(shownIds()).containsExactly("fx-01", "fx-04");
    assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
        .isEqualTo("shortlist-heading");
    assertThat($("ipd-shortlist .shortlist-count").getText()).isEqualTo("候选名单中有 2 家机构");
    String first = $("ipd-shortlist .shortlist-item[data-id='fx-01']").getText();
    assertThat(first)
        .contains(
            "慕尼黑穆勒律师事务所", "德国", "+49 30 123456", "office@fx-01.example", "https://fx-01.example");
    assertThat(shown("#filters")).isFalse();
    assertThat(shown("ipd-results")).isFalse();
    screenshot("shortlist-desktop-zh-view");

    // On paper: the list and the summary, no chrome, filters, map or buttons.
    printMedia("print");
    assertThat(shown(".site-header")).isFalse();
    assertThat(shown("#filters")).isFalse();
    assertThat(shown("ipd-map")).isFalse();
    assertThat(shown("ipd-shortlist button")).isFalse();
    assertThat(shown("ipd-shortlist .shortlist-tools")).isFalse();
    assertThat($$("ipd-shortlist .shortlist-item")).allMatch(WebElement::isDisplayed);
    assertThat($("#print-summary").isDisplayed()).isTrue();
    assertThat($("#print-summary").getText()).contains("候选名单中有 2 家机构", "view=shortlist");
    screenshot("shortlist-desktop-zh-print");
    printMedia("");

    // The CSV link downloads the same two listings (fetched here, not through the browser).
    String csv = $("ipd-shortlist a.shortlist-csv").getDomAttribute("href");
    assertThat(csv).isEqualTo("/api/v1/listings.csv?ids=fx-01%2Cfx-04&lang=zh");
    byte[] file =
        http()
            .get()
            .uri(URI.create(base() + csv)) // as the browser would ask: no second encoding
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueMatches("Content-Disposition", "attachment;.*")
            .expectBody()
            .returnResult()
            .getResponseBody();
    List<CSVRecord> rows =
        CSVFormat.EXCEL
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)))
            .getRecords();
    assertThat(rows).extracting(r -> r.get("中文名称")).containsExactly("慕尼黑穆勒律师事务所", "巴黎杜邦律师事务所");

    // Copy link: the view's own URL, shown or copied.
    WebElement copy = $("ipd-shortlist button.copy-link");
    String shared = base() + "/?view=shortlist&shortlist=fx-01%2Cfx-04&lang=zh";
    assertThat(copy.getDomAttribute("data-url")).isEqualTo(shared);
    copy.click();
    wait.until(d -> !$("ipd-shortlist .copy-status").getText().isEmpty());
    assertThat($("ipd-shortlist .copy-status").getText()).isIn("链接已复制。", shared);

    // Remove one: the list, the count and the URL follow; focus goes to the next remove button.
    $("ipd-shortlist .shortlist-remove[data-id='fx-01']").click();
    waitForShortlist(1);
    waitForCount("候选名单 (1)");
    assertThat(driver.getCurrentUrl()).contains("shortlist=fx-04").doesNotContain("fx-01");
    assertThat(driver.switchTo().activeElement().getDomAttribute("data-id")).isEqualTo("fx-04");

    // Back to the results: the stars say what is on the list.
    $("ipd-shortlist .shortlist-back").click();
    waitForResults();
    wait.until(d -> star("fx-04").isDisplayed());
    assertThat(star("fx-04").getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(star("fx-01").getDomAttribute("aria-pressed")).isEqualTo("false");

    // Clear, after a confirmation.
    $("#shortlist-link").click();
    waitForShortlist(1);
    $("ipd-shortlist .shortlist-clear").click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    waitForShortlist(0);
    waitForCount("候选名单 (0)");
    assertThat($("ipd-shortlist .shortlist-count").getText()).startsWith("候选名单为空");
    assertThat(driver.getCurrentUrl()).doesNotContain("shortlist=");
    assertNoConsoleErrors();
  }

  @Test
  void theStarIsAToggleButtonForTheKeyboardOnResultsAndInTheDetail() throws IOException {
    open("?lang=en");
    WebElement star = star("fx-02");
    assertThat(star.getAccessibleName()).isEqualTo("Add to shortlist: Berlin Patent Attorneys");
    js("arguments[0].focus();", star);
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    wait.until(d -> "true".equals(star("fx-02").getDomAttribute("aria-pressed")));
    waitForCount("Shortlist (1)");
    assertThat(driver.switchTo().activeElement().getDomAttribute("data-id")).isEqualTo("fx-02");
    assertThat(driver.switchTo().activeElement().getDomAttribute("class")).isEqualTo("star");
    driver.switchTo().activeElement().sendKeys(Keys.SPACE);
    wait.until(d -> "false".equals(star("fx-02").getDomAttribute("aria-pressed")));
    waitForCount("Shortlist (0)");
    assertThat(driver.switchTo().activeElement().getDomAttribute("data-id")).isEqualTo("fx-02");

    // In the detail dialog: the same toggle, and the card behind it follows.
    $("ipd-results button.result-title[data-id='fx-03']").click();
    // The listing's full answer re-renders the dialog: its languages row says it has arrived.
    wait.until(d -> $("dialog.detail").getText().contains("Working languages"));
    WebElement dialogStar =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("dialog.detail button.star[data-id='fx-03']")));
    js("arguments[0].focus();", dialogStar);
    driver.switchTo().activeElement().sendKeys(Keys.SPACE);
    waitForCount("Shortlist (1)");
    assertThat($("dialog.detail button.star").getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(star("fx-03").getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(driver.switchTo().activeElement().getDomAttribute("data-id")).isEqualTo("fx-03");
    screenshot("shortlist-desktop-en-detail-star");
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    wait.until(d -> $$("dialog.detail[open]").isEmpty());
    assertNoConsoleErrors();
  }

  @Test
  void theUrlsListIsCappedAndMalformedIdsAreDropped() {
    String many =
        IntStream.rangeClosed(1, 60).mapToObj(i -> "x-" + i).collect(Collectors.joining(","));
    open("?lang=en&shortlist=fx-02,a%20b,%3Cscript%3E," + many);
    waitForCount("Shortlist (50)");
    assertThat(driver.getCurrentUrl())
        .contains("shortlist=fx-02%2Cx-1%2C")
        .contains("x-49")
        .doesNotContain("x-50")
        .doesNotContain("script");
    $("#shortlist-link").click();
    // Only fx-02 exists: the others are said to be gone.
    waitForShortlist(1);
    assertThat($("ipd-shortlist .shortlist-gone").getText())
        .isEqualTo("49 organisations are no longer in the directory.");
    // Switching the language stays in the view.
    $("#lang-switch").click();
    wait.until(d -> "候选名单".equals($("#shortlist-heading").getText()));
    waitForShortlist(1);
    assertThat(driver.getCurrentUrl()).contains("view=shortlist", "lang=zh");
  }

  @Test
  void printingTheResultsLeavesTheListAndTheSearchSummary() throws IOException {
    size(1366, 900);
    open("?country=DE&lang=en");
    printMedia("print");
    assertThat(shown("#filters")).isFalse();
    assertThat(shown("ipd-map")).isFalse();
    assertThat(shown("ipd-pager")).isFalse();
    assertThat(shown(".site-header")).isFalse();
    assertThat(shown("ipd-results button.star")).isFalse();
    assertThat($$("ipd-results article.result")).hasSize(5).allMatch(WebElement::isDisplayed);
    assertThat($("ipd-results button.result-title").isDisplayed()).isTrue();
    assertThat($("#print-summary").getText()).contains("Search: Germany", "Printed on", base());
    assertThat(
            js(
                "return getComputedStyle(document.querySelector("
                    + "\"ipd-results .result[data-id='fx-01'] a.website\"), '::after').content;"))
        .asString()
        .matches(".*\\((\"? ?attr\\(data-print\\)|https://fx-01\\.example).*");
    assertThat(
            js(
                "return getComputedStyle(document.querySelector("
                    + "\"ipd-results .result[data-id='fx-01']\")).breakInside;"))
        .isEqualTo("avoid");
    screenshot("shortlist-desktop-en-print-results");
    printMedia("");
    assertThat(shown("#filters")).isTrue();
  }

  @Test
  void screenshotsOnDesktopAndPhoneInBothLanguages() throws IOException {
    for (String lang : List.of("zh", "en")) {
      for (int[] screen : List.of(new int[] {1366, 900}, new int[] {390, 844})) {
        String device = screen[0] > 800 ? "desktop" : "phone";
        size(screen[0], screen[1]);
        open("?lang=" + lang + "&shortlist=fx-12,fx-06,fx-14");
        waitForCount(lang.equals("zh") ? "候选名单 (3)" : "Shortlist (3)");
        screenshot("shortlist-" + device + "-" + lang + "-results");
        $("#shortlist-link").click();
        waitForShortlist(3);
        screenshot("shortlist-" + device + "-" + lang + "-view");
      }
    }
    assertNoConsoleErrors();
  }
}
