package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

  /**
   * Waits until the detail is closed and the page has handled it: the dialog's close event comes in
   * a task after its open attribute goes, and only then does `listing` leave the URL.
   */
  void waitForNoDetail() {
    wait.until(d -> $$("dialog.detail[open]").isEmpty() && !d.getCurrentUrl().contains("listing="));
  }

  /** The data-id of the focused element (a result title has its listing's id). */
  String focusedId() {
    return driver.switchTo().activeElement().getDomAttribute("data-id");
  }

  static String enc(String q) {
    return URLEncoder.encode(q, StandardCharsets.UTF_8);
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
    // The tab says what was searched and found, for tabs and the history list.
    assertThat(driver.getTitle())
        .isEqualTo(
            "Vietnam Germany – 7 organisations found · Global IP Protection Service Network Directory");
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
    // The phone reads in its display form and dials E.164; the link can be copied.
    WebElement phone = dialog.findElement(By.cssSelector("a[href^='tel:']"));
    assertThat(phone.getDomAttribute("href")).isEqualTo("tel:+4930123456");
    assertThat(phone.getText()).isEqualTo("+49 30 123456");
    assertThat(dialog.findElement(By.cssSelector("button.copy-link")).getDomAttribute("data-url"))
        .endsWith("/?listing=fx-02&lang=en");
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

  /** The chip of a recognised term, by its code. */
  WebElement termChip(String code) {
    return $("ipd-chips .chip.interpreted[data-code='" + code + "']");
  }

  @Test
  void aBoostOnlyTermLooksDifferentFromAFilteringOne() throws Exception {
    // France is chosen, so the recognised Germany only ranks higher; trademark filters (fx-04).
    open("?lang=zh&q=" + enc("德国 商标") + "&country=FR");
    assertThat(waitForTotal()).isEqualTo(1);
    WebElement germany = termChip("DE");
    WebElement trademark = termChip("trademark");
    assertThat(germany.getDomAttribute("class")).contains("boost");
    assertThat(germany.getDomAttribute("title")).isEqualTo("优先显示，不作筛选");
    assertThat(trademark.getDomAttribute("class")).doesNotContain("boost");
    assertThat(trademark.getDomAttribute("title")).isNull();
    // Outlined, not filled: the two chips do not share a background.
    assertThat(germany.getCssValue("background-color"))
        .isNotEqualTo(trademark.getCssValue("background-color"));
    assertThat($("#f-country-FR").isSelected()).isTrue();
    assertThat($("#f-country-DE").isSelected()).isFalse();
    screenshot("desktop-zh-boost-chip");

    // Removing the boost-only chip takes its words out of q, as for any recognised term.
    germany.findElement(By.cssSelector(".chip-remove")).click();
    waitForTotal(1);
    assertThat(driver.getCurrentUrl()).contains("q=%E5%95%86%E6%A0%87").contains("country=FR");
    assertThat($$("ipd-chips .chip.interpreted[data-code='DE']")).isEmpty();
    assertNoConsoleErrors();
  }

  @Test
  void tickingAnotherCountryAddsToTheRecognisedOne() throws Exception {
    open("?lang=zh&q=" + enc("德国 商标"));
    assertThat(waitForTotal()).isEqualTo(3);
    // Understood from the query: ticked in the tree without being in the URL.
    assertThat($("#f-country-DE").isSelected()).isTrue();
    assertThat($("#f-service-trademark").isSelected()).isTrue();
    assertThat(driver.getCurrentUrl()).doesNotContain("country=");

    // France next to the recognised Germany: German or French trademark firms (fx-01, 03, 14, 04).
    pickCountry("EU", "FR");
    waitForTotal(4);
    assertThat(driver.getCurrentUrl()).contains("country=DE%2CFR");
    assertThat($("#f-country-DE").isSelected()).isTrue();
    assertThat($("#f-country-FR").isSelected()).isTrue();
    screenshot("desktop-zh-recognised-plus-ticked");

    // Back to the recognised Germany alone, shown selected on the map too. Unticking it, on the
    // map or in the tree, takes 德国 out of the query.
    driver.navigate().back();
    waitForTotal(3);
    showMap();
    wait.until(d -> "true".equals($("ipd-map [data-code='DE']").getDomAttribute("aria-pressed")));
    $("ipd-map [data-code='DE']").click();
    waitForTotal(5);
    assertThat(driver.getCurrentUrl()).contains("q=%E5%95%86%E6%A0%87").doesNotContain("country=");
    driver.navigate().back();
    waitForTotal(3);
    assertThat($("#f-country-DE").isSelected()).isTrue();
    $("#f-country-DE").click();
    waitForTotal(5);
    assertThat(driver.getCurrentUrl()).contains("q=%E5%95%86%E6%A0%87").doesNotContain("country=");
    assertThat($("#f-country-DE").isSelected()).isFalse();
    assertNoConsoleErrors();
  }

  @Test
  void correctedSpellingWithSearchInstead() throws Exception {
    open("?lang=en&q=" + enc("trademakr germany"));
    assertThat(waitForTotal()).isEqualTo(3);
    WebElement line = $("ipd-correction .correction");
    assertThat(line.getText()).startsWith("Showing results for trademark germany");
    assertThat(line.findElement(By.cssSelector("b.corrected")).getText())
        .isEqualTo("trademark germany");
    WebElement instead = line.findElement(By.cssSelector("a.instead"));
    assertThat(instead.getText()).isEqualTo("trademakr germany");
    assertThat(instead.getDomAttribute("href")).contains("interpret=false");
    screenshot("desktop-en-corrected");

    instead.click();
    wait.until(d -> d.getCurrentUrl().contains("interpret=false"));
    waitForTotal();
    wait.until(d -> !$("ipd-correction").isDisplayed());
    assertThat($("#q").getDomProperty("value")).isEqualTo("trademakr germany");
    assertThat($$("ipd-chips .chip.interpreted")).isEmpty();

    // The same line in Chinese.
    open("?lang=zh&q=" + enc("trademakr germany"));
    assertThat($("ipd-correction .correction").getText())
        .startsWith("已显示「trademark germany」的结果")
        .contains("仍然搜索「trademakr germany」");
    screenshot("desktop-zh-corrected");
    assertNoConsoleErrors();
  }

  @Test
  void aZeroResultSaysWhatWasUnderstoodAndOffersTheRelatedAnswer() throws Exception {
    // Brunei is a country of the countries table where the network has no listing.
    open("?lang=zh&q=" + enc("文莱 商标"));
    assertThat(waitForTotal()).isZero();
    assertThat($$("ipd-results article.result")).isEmpty();
    assertThat(termChip("BN").getText()).contains("文莱");
    WebElement help = $("ipd-related .dead-end");
    assertThat(help.findElement(By.cssSelector(".understood")).getText())
        .contains("文莱")
        .contains("没有符合的机构");
    // The relaxation's message says that Brunei has no provider; the page does not repeat it.
    assertThat($("ipd-related .related h2").getText()).contains("文莱");
    assertThat(help.findElements(By.cssSelector(".not-in-network"))).isEmpty();
    List<WebElement> related = $$("ipd-related-results article.result");
    assertThat(related).isNotEmpty();
    // The filters stay, with the recognised values ticked.
    assertThat($$("ipd-facets section[data-facet='geography'] input[type=checkbox]")).isNotEmpty();
    assertThat($$("ipd-facets section[data-facet='service'] input[type=checkbox]")).isNotEmpty();
    assertThat($("#f-country-BN").isSelected()).isTrue();
    js("document.querySelector('ipd-chips').scrollIntoView()");
    screenshot("desktop-zh-zero-related");

    // A related result opens the same detail dialog.
    String id = related.get(0).getDomAttribute("data-id");
    related.get(0).findElement(By.cssSelector(".result-title")).click();
    WebElement dialog =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.detail")));
    assertThat(driver.getCurrentUrl()).contains("listing=" + id);
    dialog.sendKeys(Keys.ESCAPE);
    waitForNoDetail();
    assertThat(focusedId()).isEqualTo(id);

    // "Search without Brunei": the query without its words, trademark still understood.
    WebElement without = $("ipd-related a.search-without[data-code='BN']");
    assertThat(without.getText()).isEqualTo("去掉「文莱」再搜索");
    without.click();
    waitForTotal(5);
    assertThat(driver.getCurrentUrl()).contains("q=%E5%95%86%E6%A0%87");
    assertThat($$("ipd-related .dead-end")).isEmpty();

    // The same state in English.
    open("?lang=en&q=" + enc("Brunei trademark"));
    assertThat(waitForTotal()).isZero();
    assertThat($("ipd-related .dead-end .understood").getText())
        .startsWith("Understood as Brunei, ");
    assertThat($("ipd-related a.search-without[data-code='BN']").getText())
        .isEqualTo("Search without “Brunei”");
    assertThat($$("ipd-related-results article.result")).isNotEmpty();
    js("document.querySelector('ipd-chips').scrollIntoView()");
    screenshot("desktop-en-zero-related");
    assertNoConsoleErrors();
  }

  @Test
  void aNearEmptyResultSaysWhichCountryHasNoProvider() throws Exception {
    // One French trademark firm (fx-04), none in Brunei: the related answer speaks of "few".
    open("?lang=zh&q=" + enc("文莱 法国 商标"));
    assertThat(waitForTotal()).isEqualTo(1);
    assertThat($$("ipd-results article.result")).hasSize(1);
    WebElement help = $("ipd-related .dead-end");
    assertThat(help.findElement(By.cssSelector(".understood")).getText())
        .isEqualTo("已识别为文莱、法国、商标注册（含马德里），只有 1 家机构符合。");
    assertThat(help.findElement(By.cssSelector(".not-in-network[data-code='BN']")).getText())
        .isEqualTo("网络暂无文莱的服务机构。");
    assertThat(help.findElements(By.cssSelector("a.search-without")))
        .extracting(e -> e.getDomAttribute("data-code"))
        .containsExactly("BN", "FR", "trademark");
    assertThat($$("ipd-related-results article.result")).isNotEmpty();
    js("document.querySelector('ipd-chips').scrollIntoView()");
    screenshot("desktop-zh-few-not-in-network");

    $("#lang-switch").click();
    wait.until(d -> $("ipd-related .not-in-network").getText().startsWith("The network"));
    assertThat($("ipd-related .not-in-network").getText())
        .isEqualTo("The network has no provider in Brunei yet.");
    assertThat($("ipd-related .dead-end .understood").getText())
        .endsWith("only 1 organisation matches.");
    assertNoConsoleErrors();
  }

  @Test
  void theFiltersStayWhenNothingIsFound() throws Exception {
    open("?lang=en&q=zzqxv&interpret=false");
    assertThat(waitForTotal()).isZero();
    // Every facet keeps its section, its values listed at 0.
    assertThat($$("ipd-facets section[data-facet='geography'] input[type=checkbox]")).isNotEmpty();
    for (String facet : List.of("service", "industry", "kind")) {
      assertThat($$("ipd-facets section[data-facet='" + facet + "'] input[type=checkbox]"))
          .as(facet)
          .isNotEmpty();
    }
    assertThat(count("continent", "EU")).isEqualTo("0");
    assertThat($("label[for='f-continent-EU'] .facet-label").getText()).isEqualTo("Europe");
    screenshot("desktop-en-zero-facets");
    // Ticking one of them still works: Germany, still nothing for this text.
    pickCountry("EU", "DE");
    wait.until(d -> d.getCurrentUrl().contains("country=DE"));
    waitForTotal(0);
    assertThat($("#f-country-DE").isSelected()).isTrue();
    assertNoConsoleErrors();
  }

  @Test
  void theMapIsOneTabStopWithArrowKeysAndStaysClosedOnceClosed() {
    open("?lang=en");
    showMap();
    List<WebElement> stops = $$("ipd-map [tabindex='0']");
    assertThat(stops).hasSize(1);
    assertThat($$("ipd-map [tabindex='-1']")).hasSizeGreaterThan(3);
    WebElement first = stops.get(0);
    js("arguments[0].focus();", first);
    String from = first.getDomAttribute("data-code");
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
    WebElement moved = driver.switchTo().activeElement();
    assertThat(moved.getDomAttribute("data-code")).isNotEqualTo(from);
    assertThat(moved.getDomAttribute("tabindex")).isEqualTo("0");
    assertThat($$("ipd-map [tabindex='0']")).hasSize(1);
    String code = moved.getDomAttribute("data-code");
    moved.sendKeys(Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("country=" + code));
    wait.until(
        d ->
            "true".equals($("ipd-map [data-code='" + code + "']").getDomAttribute("aria-pressed")));

    // Closed, the map stays closed on the next visit and is not drawn.
    wait.until(
        d -> {
          $("ipd-map summary").click(); // the map may be drawn anew meanwhile: stale, then again
          return true;
        });
    wait.until(d -> "false".equals($("ipd-map details").getDomProperty("open")));
    open("?lang=en");
    assertThat($("ipd-map details").getDomProperty("open")).isEqualTo("false");
    assertThat($$("ipd-map .map-svg")).isEmpty();
    $("ipd-map summary").click();
    wait.until(d -> !$$("ipd-map .map-svg").isEmpty());
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
    // The drawer's last control says what the filters give, and shows it.
    assertThat($("#filters-done").getText()).isEqualTo("查看 1 家机构");
    $("#filters-done").click();
    wait.until(ExpectedConditions.invisibilityOf($("#filters")));
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("filters-open");
    List<WebElement> results = $$("ipd-results article.result");
    assertThat(results).hasSize(1);
    screenshot("phone-zh-one-result");
    assertNoConsoleErrors();
  }

  @Test
  void resultCardsCarryContactLinksThatFitAPhone() throws Exception {
    size(390, 844);
    open("?lang=en&q=Berlin");
    waitForTotal();
    WebElement card = $("ipd-results article.result[data-id='fx-02']");
    WebElement website = card.findElement(By.cssSelector(".result-contacts a.website"));
    assertThat(website.getDomAttribute("href")).isEqualTo("https://fx-02.example");
    assertThat(website.getDomAttribute("target")).isEqualTo("_blank");
    assertThat(website.getDomAttribute("rel")).isEqualTo("noopener");
    assertThat(website.getDomAttribute("aria-label"))
        .isEqualTo("Website of Berlin Patent Attorneys (opens in a new tab)");
    WebElement email = card.findElement(By.cssSelector(".result-contacts a.email"));
    assertThat(email.getDomAttribute("href")).isEqualTo("mailto:office@fx-02.example");
    assertThat(email.getDomAttribute("aria-label")).isEqualTo("Email Berlin Patent Attorneys");
    WebElement phone = card.findElement(By.cssSelector(".result-contacts a.phone"));
    assertThat(phone.getDomAttribute("href")).isEqualTo("tel:+4930123456");
    assertThat(phone.getText()).isEqualTo("+49 30 123456");
    // The three links stay inside the card on a 390px phone.
    WebElement row = card.findElement(By.cssSelector(".result-contacts"));
    assertThat(row.getRect().getX() + row.getRect().getWidth())
        .isLessThanOrEqualTo(card.getRect().getX() + card.getRect().getWidth());
    assertThat(row.getRect().getHeight()).isLessThan(80);
    js("arguments[0].scrollIntoView({block: 'center'})", card);
    screenshot("phone-en-card-contacts");

    open("?lang=zh&q=Berlin");
    waitForTotal();
    assertThat(
            $("ipd-results article.result[data-id='fx-02'] .result-contacts a.email")
                .getDomAttribute("aria-label"))
        .startsWith("发送邮件给");
    assertNoConsoleErrors();
  }
}
