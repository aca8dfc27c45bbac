package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.partner.IssuedKey;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerKeys;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpMethod;

/**
 * The embedding routes: the widget script on a page of another origin, and the no-JS frame.
 *
 * <p>The widget's API calls are cross-origin: they work for the origins registered with the key,
 * within the partner's scope; a page of any other origin gets no CORS answer.
 */
class EmbedIT extends BrowserFixture {

  private HttpServer host;

  @AfterEach
  void stopHost() {
    if (host != null) {
      host.stop(0);
    }
  }

  /**
   * A partner's page on another origin (127.0.0.1 and another port) with hostile CSS, embedding the
   * widget with a key registered for that origin and scoped to Europe.
   */
  String partnerPage() throws IOException {
    return partnerPage(null, null);
  }

  /**
   * The same page with a given key ({@code null}: a new partner's for the page's origin, or for
   * {@code origins} when given) and, after the widget, an iframe of the frame with that key.
   */
  String partnerPage(String givenKey, List<String> origins) throws IOException {
    host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String origin = "http://127.0.0.1:" + host.getAddress().getPort();
    String key = givenKey != null ? givenKey : key(origins != null ? origins : List.of(origin));
    String html =
        """
        <!doctype html><html><head><meta charset="utf-8"><title>Partner</title>
        <style>* { color: rgb(255, 0, 0) !important; font-size: 40px !important; }
        input, button, select { display: none !important; }</style></head>
        <body><h1>Partner site</h1>
        <script src="http://localhost:%d/embed/v1/widget.js" data-key="%s" data-lang="en"></script>
        <iframe id="frame" src="http://localhost:%d/embed/v1/frame?key=%s&amp;lang=en"
          title="Directory" width="600" height="400"></iframe>
        </body></html>
        """
            .formatted(serverPort, key, serverPort, key);
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
    return origin + "/";
  }

  /** A new partner's key for these origins, scoped to Europe. */
  static String key(List<String> origins) {
    PartnerAdmin admin =
        new PartnerAdmin(
            new PartnerStore(TestElasticsearch.clients().client()),
            Taxonomies.bundled(),
            Clock.systemUTC(),
            new SecureRandom());
    admin.ensureIndex();
    IssuedKey key =
        admin.add(
            new NewPartner(
                null, "Chamber in Europe", origins, Map.of("continent", List.of("EU")), 600));
    return key.key();
  }

  SearchContext widget() {
    wait.until(
        d -> js("return !!document.querySelector('.ipd-widget')?.shadowRoot") == Boolean.TRUE);
    return $(".ipd-widget").getShadowRoot();
  }

  @Test
  void widgetRendersInShadowDomOnAnotherOriginWithinThePartnersScope() throws Exception {
    String page = partnerPage();
    driver.get(page);
    wait.until(
        d -> js("return !!document.querySelector('.ipd-widget')?.shadowRoot") == Boolean.TRUE);
    Object historyLength = js("return history.length");
    SearchContext shadow = $(".ipd-widget").getShadowRoot();
    WebElement input = shadow.findElement(By.cssSelector("input[type=search]"));
    // The host's CSS does not reach into the shadow root.
    assertThat(input.isDisplayed()).isTrue();
    assertThat(input.getCssValue("font-size")).isNotEqualTo("40px");
    wait.until(
        d ->
            !shadow
                .findElements(By.cssSelector(".status[data-total], .status[data-error]"))
                .isEmpty());
    screenshot("widget-other-origin");

    // Cross-origin calls with the key: CORS answered for this origin, Europe only (DE 5 + FR 2).
    WebElement status = shadow.findElement(By.cssSelector(".status"));
    assertThat(status.getDomAttribute("data-total")).isEqualTo("7");
    assertThat(shadow.findElements(By.cssSelector("li.r"))).hasSize(7);
    assertThat(status.getCssValue("color")).isNotEqualTo("rgba(255, 0, 0, 1)");
    // A name (Dupont Avocats, Paris); a city would be understood as its country.
    input.sendKeys("Dupont\n");
    wait.until(
        d ->
            "1"
                .equals(
                    shadow.findElement(By.cssSelector(".status")).getDomAttribute("data-total")));
    // Nguyen Law Firm is in Vietnam, outside the scope: the key cannot widen it.
    input.clear();
    input.sendKeys("Nguyen\n");
    wait.until(
        d ->
            "0"
                .equals(
                    shadow.findElement(By.cssSelector(".status")).getDomAttribute("data-total")));
    screenshot("widget-other-origin-results");
    // The widget keeps its state to itself: the partner page's URL and history are untouched.
    assertThat(driver.getCurrentUrl()).isEqualTo(page);
    assertThat(js("return history.length")).isEqualTo(historyLength);
  }

  /**
   * Waits until the widget has rendered the answer to the search just submitted: it marks its
   * results busy when the search starts (in the submit handler) and clears the mark on rendering.
   */
  void waitForAnswer(SearchContext shadow) {
    wait.until(d -> shadow.findElements(By.cssSelector("ol[aria-busy]")).isEmpty());
  }

  @Test
  void widgetShowsTheCorrectedSpellingAndTheRelatedAnswer() throws Exception {
    driver.get(partnerPage());
    wait.until(
        d -> js("return !!document.querySelector('.ipd-widget')?.shadowRoot") == Boolean.TRUE);
    SearchContext shadow = $(".ipd-widget").getShadowRoot();
    wait.until(d -> !shadow.findElements(By.cssSelector(".status[data-total]")).isEmpty());
    WebElement input = shadow.findElement(By.cssSelector("input[type=search]"));
    assertThat(shadow.findElement(By.cssSelector(".c")).isDisplayed()).isFalse();
    assertThat(shadow.findElement(By.cssSelector(".rel")).isDisplayed()).isFalse();

    // A typo: the line says what was searched, and its button searches the words as typed.
    input.sendKeys("trademakr germany\n");
    waitForAnswer(shadow);
    WebElement line = shadow.findElement(By.cssSelector(".c"));
    assertThat(line.getText())
        .isEqualTo("Showing results for trademark germany · Search instead for trademakr germany");
    assertThat(line.findElement(By.tagName("b")).getText()).isEqualTo("trademark germany");
    assertThat(shadow.findElement(By.cssSelector(".status")).getDomAttribute("data-total"))
        .isEqualTo("3");
    screenshot("widget-corrected");
    line.findElement(By.cssSelector("button.lk")).click();
    waitForAnswer(shadow);
    assertThat(shadow.findElement(By.cssSelector(".c")).isDisplayed()).isFalse();

    // Nothing in France for litigation: the related answer under its message, in the scope.
    input.clear();
    input.sendKeys("France litigation\n");
    waitForAnswer(shadow);
    assertThat(shadow.findElement(By.cssSelector(".rel")).isDisplayed()).isTrue();
    assertThat(shadow.findElement(By.cssSelector(".status")).getDomAttribute("data-total"))
        .isEqualTo("0");
    WebElement related = shadow.findElement(By.cssSelector(".rel"));
    assertThat(related.findElement(By.tagName("h3")).getText()).isNotBlank();
    List<WebElement> hits = related.findElements(By.cssSelector("li.r"));
    assertThat(hits).isNotEmpty();
    assertThat(hits).allSatisfy(h -> assertThat(h.getText()).containsAnyOf("Germany", "France"));
    screenshot("widget-related");
    assertThat(driver.getCurrentUrl()).doesNotContain("q=");
  }

  @Test
  void anUnknownOriginIsRefused() {
    http()
        .method(HttpMethod.OPTIONS)
        .uri("/api/v1/search")
        .header("Origin", "http://127.0.0.1:1")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "x-partner-key")
        .exchange()
        .expectHeader()
        .doesNotExist("Access-Control-Allow-Origin");
  }

  @Test
  void frameWorksWithoutJavaScript() throws Exception {
    http()
        .get()
        .uri("/embed/v1/frame?lang=en")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .doesNotExist("X-Frame-Options");

    driver.get(base() + "/embed/v1/frame?lang=en");
    assertThat($$("script")).isEmpty();
    assertThat($(".status").getDomAttribute("data-total")).isEqualTo("13");
    assertThat($$("li.r")).hasSize(10);
    screenshot("frame-en");

    $("#f-continent-EU").click();
    $("button[type=submit]").click();
    wait.until(d -> "7".equals($(".status").getDomAttribute("data-total")));
    assertThat(driver.getCurrentUrl()).contains("continent=EU");
    assertThat($("#f-continent-EU").isSelected()).isTrue();

    driver.get(base() + "/embed/v1/frame?lang=zh&page=2");
    assertThat($$("li.r")).hasSize(3);
    assertThat($("nav span[aria-current=page]").getText()).isEqualTo("2");
    $("nav a").click();
    wait.until(d -> $$("li.r").size() == 10);
    screenshot("frame-zh");

    driver.get(base() + "/embed/v1/frame?lang=en&q=Berlin");
    assertThat($("li.r .n mark").getText()).isEqualTo("Berlin");
  }

  @Test
  void theFrameKeepsAShortlistInItsLinksWithoutJavaScript() throws Exception {
    driver.get(base() + "/embed/v1/frame?lang=en&continent=EU");
    assertThat($$("script")).isEmpty();
    assertThat($("a.sl").getText()).isEqualTo("Shortlist (0)");
    List<WebElement> results = $$("li.r");
    String first = results.get(0).getDomAttribute("id").substring(2);
    String second = results.get(1).getDomAttribute("id").substring(2);
    results.get(0).findElement(By.cssSelector("a.star")).click();
    wait.until(d -> $("a.sl").getText().equals("Shortlist (1)"));
    // Back at the starred result, its star pressed; the next search keeps the list.
    assertThat(driver.getCurrentUrl()).endsWith("#r-" + first);
    WebElement star = $("#r-" + first + " a.star");
    assertThat(star.getText()).isEqualTo("★ On the shortlist");
    assertThat(star.getDomAttribute("aria-label")).startsWith("Remove ");
    $("#r-" + second + " a.star").click();
    wait.until(d -> $("a.sl").getText().equals("Shortlist (2)"));
    $("#q").sendKeys("Berlin");
    $("button[type=submit]").click();
    wait.until(d -> d.getCurrentUrl().contains("q=Berlin"));
    assertThat($("a.sl").getText()).isEqualTo("Shortlist (2)");
    // A third from its detail page.
    $("li.r .n a").click();
    wait.until(d -> !$$("h1[data-id]").isEmpty());
    String third = $("h1[data-id]").getDomAttribute("data-id");
    if (!third.equals(first) && !third.equals(second)) {
      $("a.star").click();
      wait.until(d -> $("a.star").getText().startsWith("★"));
    }
    $("a.back").click();
    int expected = third.equals(first) || third.equals(second) ? 2 : 3;
    wait.until(d -> $("a.sl").getText().equals("Shortlist (" + expected + ")"));

    // The view: the listings starred, with contacts, a CSV and the same list on the directory.
    $("a.sl").click();
    wait.until(d -> $$("li[data-id]").size() == expected);
    assertThat($("p[role=status]").getText())
        .isEqualTo(expected + " organisations on the shortlist");
    assertThat($$("li[data-id]").get(0).getDomAttribute("data-id")).isEqualTo(first);
    assertThat($("a.od").getDomAttribute("href")).startsWith("/?view=shortlist&shortlist=" + first);
    screenshot("frame-shortlist");
    String csv = $("a.csv").getDomAttribute("href");
    String file =
        new String(
            http()
                .get()
                .uri(java.net.URI.create(base() + csv))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody(),
            StandardCharsets.UTF_8);
    assertThat(file.lines()).hasSize(expected + 1);
    // Removing one keeps the view; Back returns to the search with the shorter list.
    $("li[data-id='" + first + "'] a.rm").click();
    wait.until(d -> $$("li[data-id]").size() == expected - 1);
    $("a.back").click();
    wait.until(d -> $("a.sl").getText().equals("Shortlist (" + (expected - 1) + ")"));
    assertThat(driver.getCurrentUrl()).contains("q=Berlin");
    assertNoConsoleErrors();
  }

  @Test
  void aResultOpensADetailPanelWithContactLinksAndEscapeClosesIt() throws Exception {
    String page = partnerPage();
    driver.get(page);
    SearchContext shadow = widget();
    WebElement input = shadow.findElement(By.cssSelector("input[type=search]"));
    input.sendKeys("Guangdong New Energy Workstation Germany\n");
    waitForAnswer(shadow);
    // Industry tags explain why a listing is in a scoped widget.
    assertThat(shadow.findElements(By.cssSelector("li.r .t span.i"))).isNotEmpty();
    WebElement name = shadow.findElement(By.cssSelector("li.r .n button[data-id='fx-12']"));
    name.click();
    wait.until(d -> !shadow.findElements(By.cssSelector(".d:not([hidden]) a.cp")).isEmpty());
    WebElement panel = shadow.findElement(By.cssSelector(".d"));
    assertThat(panel.findElement(By.tagName("h3")).getText())
        .isEqualTo("Guangdong New Energy IP Workstation Germany (sample)");
    WebElement phone = panel.findElement(By.cssSelector("a.cp"));
    assertThat(phone.getDomAttribute("href")).isEqualTo("tel:+4930123456");
    assertThat(phone.getText()).isEqualTo("+49 30 123456");
    assertThat(phone.getDomAttribute("aria-label")).contains("+49 30 123456");
    assertThat(panel.findElement(By.cssSelector("a.ce")).getDomAttribute("href"))
        .isEqualTo("mailto:office@fx-12.example");
    WebElement website = panel.findElement(By.cssSelector("a.cw"));
    assertThat(website.getDomAttribute("href")).isEqualTo("https://fx-12.example");
    assertThat(website.getDomAttribute("target")).isEqualTo("_blank");
    assertThat(website.getDomAttribute("rel")).isEqualTo("noopener");
    assertThat(panel.getText())
        .contains("Host organisation", "Sample New Energy Park", "Countries covered", "Poland");
    assertThat(panel.findElement(By.cssSelector("a.ol")).getDomAttribute("href"))
        .isEqualTo(base() + "/?listing=fx-12&lang=en");
    String search = panel.findElement(By.cssSelector("a.os")).getDomAttribute("href");
    assertThat(search).startsWith(base() + "/?lang=en&q=Guangdong");
    assertThat(panel.findElement(By.cssSelector("a.os")).getDomAttribute("target"))
        .isEqualTo("_blank");
    // Corrections are reported on the directory's page, its form opened with the listing.
    assertThat(panel.findElement(By.cssSelector("a.rc")).getDomAttribute("href"))
        .isEqualTo(base() + "/?listing=fx-12&lang=en&report=1");
    assertThat(shadow.findElement(By.cssSelector("ol")).isDisplayed()).isFalse();
    screenshot("widget-detail");

    // Escape closes the panel and gives the focus back to the name that opened it.
    panel.findElement(By.cssSelector("a.cp")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    wait.until(d -> !shadow.findElement(By.cssSelector(".d")).isDisplayed());
    assertThat(
            js(
                "return document.querySelector('.ipd-widget').shadowRoot.activeElement"
                    + "?.getAttribute('data-id')"))
        .isEqualTo("fx-12");
    // The close button does the same.
    shadow.findElement(By.cssSelector("li.r .n button[data-id='fx-12']")).click();
    wait.until(d -> shadow.findElement(By.cssSelector(".d")).isDisplayed());
    shadow.findElement(By.cssSelector(".d button.x")).click();
    wait.until(d -> !shadow.findElement(By.cssSelector(".d")).isDisplayed());
    assertThat(
            js(
                "return document.querySelector('.ipd-widget').shadowRoot.activeElement"
                    + "?.getAttribute('data-id')"))
        .isEqualTo("fx-12");
    assertThat(driver.getCurrentUrl()).isEqualTo(page);
  }

  /** The shortlist button's text, and whether each result's star is pressed, by listing id. */
  static String starOf(SearchContext shadow, String id) {
    return shadow
        .findElement(By.cssSelector("li.r .n button.star[data-id='" + id + "']"))
        .getDomAttribute("aria-pressed");
  }

  @Test
  void aVisitorShortlistsResultsInTheWidgetAndTakesThemAway() throws Exception {
    String page = partnerPage();
    driver.get(page);
    SearchContext shadow = widget();
    wait.until(d -> !shadow.findElements(By.cssSelector(".status[data-total]")).isEmpty());
    WebElement button = shadow.findElement(By.cssSelector("button.sl"));
    assertThat(button.getText()).isEqualTo("Shortlist (0)");
    // Two results other than the workstation starred below from its detail panel.
    List<WebElement> results =
        shadow.findElements(By.cssSelector("li.r")).stream()
            .filter(r -> r.findElements(By.cssSelector("[data-id='fx-12']")).isEmpty())
            .toList();
    String first =
        results.get(0).findElement(By.cssSelector(".n button")).getDomAttribute("data-id");
    String second =
        results.get(1).findElement(By.cssSelector(".n button")).getDomAttribute("data-id");
    WebElement star = results.get(0).findElement(By.cssSelector("button.star"));
    assertThat(star.getDomAttribute("aria-label")).startsWith("Add to shortlist: ");
    star.click();
    results.get(1).findElement(By.cssSelector("button.star")).click();
    assertThat(starOf(shadow, first)).isEqualTo("true");
    assertThat(button.getText()).isEqualTo("Shortlist (2)");
    // A third from its detail panel; the result's own star follows.
    shadow.findElement(By.cssSelector("li.r .n button[data-id='fx-12']")).click();
    wait.until(d -> shadow.findElement(By.cssSelector(".d")).isDisplayed());
    shadow.findElement(By.cssSelector(".d button.star")).click();
    assertThat(starOf(shadow, "fx-12")).isEqualTo("true");
    shadow.findElement(By.cssSelector(".d button.x")).click();

    // The list is kept in this browser for the partner's page: a reload still has it.
    driver.navigate().refresh();
    SearchContext again = widget();
    wait.until(d -> !again.findElements(By.cssSelector(".status[data-total]")).isEmpty());
    assertThat(again.findElement(By.cssSelector("button.sl")).getText()).isEqualTo("Shortlist (3)");
    assertThat(starOf(again, second)).isEqualTo("true");

    // Its view: the three listings in the order starred, with contacts, CSV and the directory.
    again.findElement(By.cssSelector("button.sl")).click();
    wait.until(d -> again.findElements(By.cssSelector(".sv li.r")).size() == 3);
    WebElement view = again.findElement(By.cssSelector(".sv"));
    assertThat(
            view.findElements(By.cssSelector("li.r .rm")).stream()
                .map(b -> b.getDomAttribute("data-id"))
                .toList())
        .containsExactly(first, second, "fx-12");
    assertThat(view.findElement(By.cssSelector("p[role=status]")).getText())
        .isEqualTo("3 organisations on the shortlist");
    assertThat(view.findElements(By.cssSelector("a.cp"))).isNotEmpty();
    String ids = String.join("%2C", first, second, "fx-12");
    assertThat(view.findElement(By.cssSelector("a.od")).getDomAttribute("href"))
        .isEqualTo(base() + "/?view=shortlist&shortlist=" + ids + "&lang=en");
    String csv = view.findElement(By.cssSelector("a.csv")).getDomAttribute("href");
    assertThat(csv).startsWith(base() + "/api/v1/listings.csv?ids=" + ids + "&lang=en&key=");
    screenshot("widget-shortlist");
    // The download works with the partner's key, as the widget's other calls do.
    String file =
        new String(
            http()
                .get()
                .uri(java.net.URI.create(csv))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody(),
            StandardCharsets.UTF_8);
    assertThat(file).startsWith("\uFEFF").contains("Guangdong New Energy IP Workstation Germany");
    assertThat(file.lines()).hasSize(4);

    // Removing one moves the focus to the next one's button and updates the stars.
    view.findElement(By.cssSelector(".rm[data-id='" + second + "']")).click();
    wait.until(d -> again.findElements(By.cssSelector(".sv li.r")).size() == 2);
    assertThat(
            js(
                "return document.querySelector('.ipd-widget').shadowRoot.activeElement"
                    + "?.getAttribute('data-id')"))
        .isEqualTo("fx-12");
    assertThat(again.findElement(By.cssSelector("button.sl")).getText()).isEqualTo("Shortlist (2)");
    // Clearing asks first.
    again.findElement(By.cssSelector(".sv button.cl")).click();
    driver.switchTo().alert().accept();
    wait.until(d -> again.findElements(By.cssSelector(".sv li.r")).isEmpty());
    assertThat(again.findElement(By.cssSelector("button.sl")).getText()).isEqualTo("Shortlist (0)");
    again.findElement(By.cssSelector(".d button.x")).click();
    assertThat(starOf(again, first)).isEqualTo("false");
    assertThat(driver.getCurrentUrl()).isEqualTo(page);
    assertNoConsoleErrors();
  }

  @Test
  void aWrongKeyIsExplainedInTheWidgetAndInTheFrame() throws Exception {
    driver.get(partnerPage(PartnerKeys.generate(new SecureRandom()), null));
    SearchContext shadow = widget();
    wait.until(
        d ->
            !shadow
                .findElements(By.cssSelector(".status[data-error='partner_key_unknown']"))
                .isEmpty());
    assertThat(shadow.findElement(By.cssSelector(".status")).getText())
        .contains("check the key in the snippet")
        .doesNotContain("not available right now");
    assertThat(shadow.findElement(By.cssSelector("form")).isDisplayed()).isFalse();
    driver.switchTo().frame($("#frame"));
    wait.until(d -> !$$("body[data-problem='partner_key_unknown']").isEmpty());
    assertThat($("section").getText()).contains("check the key in the snippet");
    driver.switchTo().defaultContent();
    screenshot("widget-and-frame-wrong-key");
  }

  @Test
  void aPageOnAnOriginTheKeyDoesNotAllowIsNamed() throws Exception {
    String page = partnerPage(null, List.of("https://www.chamber.example"));
    String origin = page.substring(0, page.length() - 1);
    driver.get(page);
    SearchContext shadow = widget();
    wait.until(
        d ->
            !shadow
                .findElements(By.cssSelector(".status[data-error='origin_not_allowed']"))
                .isEmpty());
    assertThat(shadow.findElement(By.cssSelector(".status")).getText())
        .contains("(" + origin + ")", "ask the directory to add " + origin);
    driver.switchTo().frame($("#frame"));
    wait.until(d -> !$$("body[data-problem='origin_not_allowed']").isEmpty());
    assertThat($("section").getText()).contains(origin);
    driver.switchTo().defaultContent();
    screenshot("widget-and-frame-origin-not-allowed");
  }

  @Test
  void theFramesDetailPageHasTheContactsAndABackLinkToTheSearch() throws Exception {
    driver.get(base() + "/embed/v1/frame?lang=en&q=Guangdong+New+Energy&continent=EU");
    $("li.r .n a").click();
    wait.until(d -> !$$("h1[data-id]").isEmpty());
    assertThat(driver.getCurrentUrl()).contains("/embed/v1/frame/listing/");
    assertThat($$("script")).isEmpty();
    WebElement phone = $("a.c-phone");
    assertThat(phone.getDomAttribute("href")).startsWith("tel:+");
    assertThat(phone.getText()).contains(" ");
    assertThat($("a.os").getDomAttribute("target")).isEqualTo("_blank");
    assertThat($("a.os").getDomAttribute("href"))
        .contains("q=Guangdong+New+Energy", "continent=EU");
    assertThat($("a.ol").getDomAttribute("href")).startsWith("/?listing=");
    screenshot("frame-detail");
    $("a.back").click();
    wait.until(d -> !$$("li.r").isEmpty());
    assertThat(driver.getCurrentUrl()).contains("q=Guangdong+New+Energy", "continent=EU");
    assertThat($("#q").getDomProperty("value")).isEqualTo("Guangdong New Energy");
  }

  /** The distances shown in a list of results, in kilometres, in the order shown. */
  static List<Double> distances(List<WebElement> shown) {
    return shown.stream()
        .map(e -> Double.parseDouble(e.getText().replaceAll("[^0-9.]", "")))
        .toList();
  }

  @Test
  void widgetSearchesNearAChosenCityOrTheVisitorsLocation() throws Exception {
    String page = partnerPage();
    driver.get(page);
    SearchContext shadow = widget();
    wait.until(d -> !shadow.findElements(By.cssSelector(".status[data-total]")).isEmpty());
    WebElement near = shadow.findElement(By.cssSelector(".pc input[role=combobox]"));
    near.sendKeys("Muni");
    wait.until(d -> "true".equals(near.getDomAttribute("aria-expanded")));
    WebElement first = shadow.findElement(By.cssSelector(".ps li[role=option]"));
    assertThat(first.getText()).contains("Munich").contains("Germany");
    near.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    waitForAnswer(shadow);
    wait.until(
        d ->
            "1"
                .equals(
                    shadow.findElement(By.cssSelector(".status")).getDomAttribute("data-total")));
    new Select(shadow.findElement(By.cssSelector("select.rd"))).selectByValue("500");
    wait.until(
        d ->
            "3"
                .equals(
                    shadow.findElement(By.cssSelector(".status")).getDomAttribute("data-total")));
    assertThat(distances(shadow.findElements(By.cssSelector("li.r .dist")))).hasSize(3).isSorted();
    assertThat(shadow.findElement(By.cssSelector("li.r .dist")).getText()).matches("0\\.\\d km");
    assertThat(shadow.findElement(By.cssSelector("select.so")).isDisplayed()).isTrue();
    // The directory link carries the place.
    assertThat(shadow.findElement(By.cssSelector("a.sd")).getDomAttribute("href"))
        .contains("near=Munich%2CDE")
        .contains("sort=distance");
    screenshot("widget-place");

    shadow.findElement(By.cssSelector("button.cl")).click();
    wait.until(
        d ->
            "7"
                .equals(
                    shadow.findElement(By.cssSelector(".status")).getDomAttribute("data-total")));
    assertThat(shadow.findElements(By.cssSelector("li.r .dist"))).isEmpty();

    // "Use my location" on the partner's page: the permission is the partner origin's.
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin", page.substring(0, page.length() - 1), "permissions", List.of("geolocation")));
    chrome.executeCdpCommand(
        "Emulation.setGeolocationOverride",
        Map.of("latitude", 50.1109, "longitude", 8.6821, "accuracy", 50));
    // Within the 500 km still chosen, nearest first: Frankfurt's own listing.
    shadow.findElement(By.cssSelector("button.lo")).click();
    wait.until(d -> "My location".equals(near.getDomProperty("value")));
    wait.until(
        d ->
            "fx-12"
                .equals(
                    shadow
                        .findElement(By.cssSelector("li.r .n button"))
                        .getDomAttribute("data-id")));
    assertThat(distances(shadow.findElements(By.cssSelector("li.r .dist")))).isSorted();
    assertThat(shadow.findElement(By.cssSelector("a.sd")).getDomAttribute("href"))
        .contains("near=50.11%2C8.68");
    assertThat(driver.getCurrentUrl()).isEqualTo(page);
  }

  @Test
  void frameSearchesNearAPlaceAndExplainsAnUnknownOne() throws Exception {
    driver.get(base() + "/embed/v1/frame?lang=zh");
    assertThat($$("#sort")).as("no distance sort without a place").isEmpty();
    $("#near").sendKeys("慕尼黑");
    new Select($("#radius")).selectByValue("500");
    $("button[type=submit]").click();
    wait.until(d -> "3".equals($(".status").getDomAttribute("data-total")));
    assertThat(driver.getCurrentUrl()).contains("near=").contains("radius=500");
    assertThat(distances($$("li.r .d"))).hasSize(3).isSorted();
    assertThat($("li.r .d").getText()).matches("约 0\\.\\d 公里");
    assertThat(new Select($("#sort")).getFirstSelectedOption().getDomAttribute("value"))
        .isEqualTo("distance");
    assertThat($("#near").getDomProperty("value")).isEqualTo("慕尼黑");
    screenshot("frame-place-zh");

    // Paging and the directory link keep the place.
    assertThat($("a.sd").getDomAttribute("href")).contains("near=").contains("sort=distance");

    driver.get(base() + "/embed/v1/frame?lang=en&near=Erewhon");
    assertThat($(".status").getText()).startsWith("This place was not found.");
    assertThat($("#near").getDomProperty("value")).isEqualTo("Erewhon");
    screenshot("frame-place-unknown-en");
  }
}
