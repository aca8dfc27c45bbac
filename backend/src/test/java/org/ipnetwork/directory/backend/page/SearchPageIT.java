package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public search page in a real browser against the fixture (13 published listings: DE 5, FR 2,
 * VN 2, JP 1, BR 1, US 1, HK 1).
 */
class SearchPageIT extends BrowserFixture {

  void open(String query) {
    driver.get(base() + "/" + query);
    waitForTotal();
  }

  /** Waits until the answer is rendered and returns its total. */
  int waitForTotal() {
    wait.until(d -> !$$("#result-status[data-total]").isEmpty());
    wait.until(d -> $$("ipd-results[aria-busy]").isEmpty());
    return Integer.parseInt($("#result-status").getDomAttribute("data-total"));
  }

  int waitForTotal(int expected) {
    wait.until(
        d ->
            $$("ipd-results[aria-busy]").isEmpty()
                && String.valueOf(expected)
                    .equals($("#result-status").getDomAttribute("data-total")));
    return expected;
  }

  /** Opens a continent's branch of the tree (when closed) and ticks one of its countries. */
  void pickCountry(String continent, String country) {
    WebElement toggle = $("button[data-key='tree:" + continent + "']");
    if ("false".equals(toggle.getDomAttribute("aria-expanded"))) {
      toggle.click();
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.id("f-country-" + country))).click();
  }

  /** Waits until the detail dialog is open and shows the listing of this name. */
  WebElement waitForDetail(String name) {
    WebElement dialog =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.detail")));
    wait.until(d -> name.equals(dialog.findElement(By.id("detail-title")).getText()));
    return dialog;
  }

  void waitForNoDetail() {
    wait.until(d -> $$("dialog.detail[open]").isEmpty());
  }

  /** The data-id of the focused element (a result title has its listing's id). */
  String focusedId() {
    return driver.switchTo().activeElement().getDomAttribute("data-id");
  }

  String count(String facet, String code) {
    return $("label[for='f-" + facet + "-" + code + "'] .count").getText();
  }

  @Test
  void searchFacetsInTwoContinentsLanguageReloadAndBack() throws Exception {
    open("?lang=zh");
    assertThat(waitForTotal()).isEqualTo(13);
    assertThat($$("ipd-results article.result")).hasSize(13);
    assertThat(count("service", "trademark")).isEqualTo("5");
    assertThat($("label[for='f-continent-AS'] .facet-label").getText()).isEqualTo("亚洲");
    screenshot("desktop-zh-start");

    pickCountry("AS", "VN");
    waitForTotal(2);
    pickCountry("EU", "DE");
    waitForTotal(7);
    // Counts follow the selection: trademark among DE + VN is fx-01, fx-03, fx-06, fx-14.
    assertThat(count("service", "trademark")).isEqualTo("4");
    assertThat(driver.getCurrentUrl()).contains("country=VN%2CDE");
    assertThat($$("ipd-chips .chip")).hasSize(2);
    screenshot("desktop-zh-two-countries");

    // Language switch: labels from the API and the page's own strings change.
    $("#lang-switch").click();
    wait.until(d -> $("label[for='f-continent-AS'] .facet-label").getText().equals("Asia"));
    assertThat($("label[for='f-country-DE'] .facet-label").getText()).isEqualTo("Germany");
    assertThat($("#result-status").getText()).isEqualTo("7 organisations found");
    assertThat(driver.getCurrentUrl()).contains("lang=en");
    screenshot("desktop-en-two-countries");

    // Reload: the URL carries the whole state.
    driver.navigate().refresh();
    assertThat(waitForTotal()).isEqualTo(7);
    assertThat($("#f-country-VN").isSelected()).isTrue();
    assertThat($("#f-country-DE").isSelected()).isTrue();
    assertThat($("label[for='f-continent-EU'] .facet-label").getText()).isEqualTo("Europe");

    // Back: before the language switch, then before Germany.
    driver.navigate().back();
    wait.until(d -> $("label[for='f-continent-AS'] .facet-label").getText().equals("亚洲"));
    driver.navigate().back();
    waitForTotal(2);
    assertThat($("#f-country-DE").isSelected()).isFalse();
    assertThat($("#f-country-VN").isSelected()).isTrue();
    assertNoConsoleErrors();
  }

  @Test
  void textSearchHighlightsAndDetail() throws Exception {
    open("?lang=en&q=Berlin");
    assertThat(waitForTotal()).isGreaterThanOrEqualTo(1);
    WebElement first = $("ipd-results article.result .result-title");
    assertThat(first.findElements(By.tagName("mark"))).isNotEmpty();
    first.click();
    WebElement dialog =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.detail")));
    // The full listing (GET /api/v1/listings/{id}) adds the contacts as links; it re-renders the
    // body, so the title is read after it arrived, not from the hit shown first.
    wait.until(d -> !dialog.findElements(By.cssSelector("a[href^='mailto:']")).isEmpty());
    assertThat(dialog.findElement(By.id("detail-title")).getText())
        .isEqualTo("Berlin Patent Attorneys");
    screenshot("desktop-en-detail");
    dialog.sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOf(dialog));
    assertNoConsoleErrors();
  }

  @Test
  void detailIsInTheUrlWithBackForwardAndReload() throws Exception {
    open("?lang=en&q=Berlin");
    int total = waitForTotal();
    $("ipd-results .result-title[data-id='fx-02']").click();
    waitForDetail("Berlin Patent Attorneys");
    assertThat(driver.getCurrentUrl()).contains("q=Berlin").contains("listing=fx-02");
    assertThat(js("return !!document.activeElement.closest('dialog.detail[open]')"))
        .isEqualTo(true);
    screenshot("desktop-en-detail-url");

    // Back closes the dialog over the same results, and focus returns to the result.
    driver.navigate().back();
    waitForNoDetail();
    assertThat(driver.getCurrentUrl()).contains("q=Berlin").doesNotContain("listing=");
    assertThat(waitForTotal()).isEqualTo(total);
    assertThat(focusedId()).isEqualTo("fx-02");

    driver.navigate().forward();
    waitForDetail("Berlin Patent Attorneys");
    assertThat(driver.getCurrentUrl()).contains("listing=fx-02");

    // The close button goes back to the search entry instead of adding one: Forward re-opens.
    $("dialog.detail .close").click();
    waitForNoDetail();
    assertThat(driver.getCurrentUrl()).contains("q=Berlin").doesNotContain("listing=");
    assertThat(focusedId()).isEqualTo("fx-02");
    driver.navigate().forward();
    waitForDetail("Berlin Patent Attorneys");

    // Reload: the same listing over the same results, with the full listing's contacts.
    driver.navigate().refresh();
    assertThat(waitForTotal()).isEqualTo(total);
    WebElement reloaded = waitForDetail("Berlin Patent Attorneys");
    wait.until(d -> !reloaded.findElements(By.cssSelector("a[href^='mailto:']")).isEmpty());
    reloaded.sendKeys(Keys.ESCAPE);
    waitForNoDetail();
    assertThat(driver.getCurrentUrl()).contains("q=Berlin").doesNotContain("listing=");
    assertThat(focusedId()).isEqualTo("fx-02");
    assertNoConsoleErrors();
  }

  @Test
  void sharedListingUrlAndUnknownListing() throws Exception {
    // A shared link whose listing is not among its results (France: fx-04, fx-05).
    driver.get(base() + "/?lang=en&country=FR&listing=fx-02");
    assertThat(waitForTotal()).isEqualTo(2);
    waitForDetail("Berlin Patent Attorneys").sendKeys(Keys.ESCAPE);
    waitForNoDetail();
    // The page was loaded with the listing: closing rewrites the URL rather than going back,
    // which here would leave the page.
    assertThat(driver.getCurrentUrl())
        .startsWith(base())
        .contains("country=FR")
        .doesNotContain("listing=");
    assertThat($$("ipd-results article.result")).hasSize(2);

    // Unknown id: a notice in the page's language instead of a dialog; `listing` leaves the URL.
    driver.get(base() + "/?lang=zh&country=DE&listing=no-such-id");
    assertThat(waitForTotal()).isEqualTo(5);
    wait.until(d -> $("#page-notice").isDisplayed());
    assertThat($("#page-notice").getText()).isEqualTo("未找到该机构：链接所指的机构不存在或尚未发布。");
    assertThat($$("dialog.detail[open]")).isEmpty();
    wait.until(d -> !d.getCurrentUrl().contains("listing="));
    assertThat(driver.getCurrentUrl()).contains("country=DE");
    screenshot("desktop-zh-listing-not-found");

    // A draft is not published: not found either, here in English; the next search clears it.
    driver.get(base() + "/?lang=en&listing=fx-11");
    assertThat(waitForTotal()).isEqualTo(13);
    wait.until(d -> $("#page-notice").isDisplayed());
    assertThat($("#page-notice").getText()).startsWith("Organisation not found");
    assertThat($$("dialog.detail[open]")).isEmpty();
    pickCountry("EU", "FR");
    waitForTotal(2);
    assertThat($("#page-notice").isDisplayed()).isFalse();
    assertNoConsoleErrors();
  }

  @Test
  void keyboardOnlyFacetToggle() {
    open("?lang=en");
    $("#q").click();
    WebElement target = null;
    for (int i = 0; i < 80 && target == null; i++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
      WebElement active = driver.switchTo().activeElement();
      if ("f-kind-workstation".equals(active.getDomAttribute("id"))) {
        target = active;
      }
    }
    assertThat(target).as("the workstation checkbox is reachable with Tab").isNotNull();
    target.sendKeys(Keys.SPACE);
    waitForTotal(1);
    // Focus stays on the checkbox after the facets are re-rendered.
    assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
        .isEqualTo("f-kind-workstation");
    driver.switchTo().activeElement().sendKeys(Keys.SPACE);
    waitForTotal(13);
    assertNoConsoleErrors();
  }

  @Test
  void phoneLayoutWithFilterDrawer() throws Exception {
    size(390, 844);
    open("?lang=zh");
    assertThat($("#filters").isDisplayed()).isFalse();
    screenshot("phone-zh-start");
    $("#filters-open").click();
    wait.until(ExpectedConditions.visibilityOf($("#f-kind-workstation")));
    screenshot("phone-zh-drawer");
    $("#f-kind-workstation").click();
    waitForTotal(1);
    $("#filters-close").click();
    wait.until(ExpectedConditions.invisibilityOf($("#filters")));
    List<WebElement> results = $$("ipd-results article.result");
    assertThat(results).hasSize(1);
    screenshot("phone-zh-one-result");
    assertNoConsoleErrors();
  }
}
