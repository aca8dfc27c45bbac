package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core (WCAG 2.1 A and AA rules, and 2.2's target size) on every public surface in a real
 * browser: the search page (start, results in both languages, nothing found, the detail dialog, the
 * filters drawer on a phone), the staff sign-in page, the widget on a partner's page (axe reads
 * into its shadow root) and the no-JS frame with its detail page. No violation of impact "serious"
 * or "critical" may be left; the lesser ones are printed for review.
 */
class AccessibilityIT extends BrowserFixture {

  /** WCAG 2.1 A and AA, and 2.2's target size (AA): tap targets of at least 24px or space. */
  private static final List<String> WCAG_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private HttpServer host;

  @AfterEach
  void stopHost() {
    if (host != null) {
      host.stop(0);
    }
  }

  /** Runs axe on what the browser shows and fails on any serious or critical violation. */
  void assertAccessible(String what) {
    Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
    assertThat(results.isErrored()).as(what + ": " + results.getErrorMessage()).isFalse();
    List<Rule> violations = results.getViolations();
    violations.stream()
        .filter(v -> !BLOCKING.contains(v.getImpact()))
        .forEach(
            v ->
                System.out.printf(
                    "axe %s: %s (%s) %s%n", what, v.getId(), v.getImpact(), v.getHelp()));
    List<Rule> blocking =
        violations.stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
    assertThat(blocking).as(what + ":\n" + describe(blocking)).isEmpty();
    assertThat(results.getPasses()).as(what + ": axe ran its rules").isNotEmpty();
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            v ->
                "- "
                    + v.getId()
                    + " ("
                    + v.getImpact()
                    + "): "
                    + v.getHelp()
                    + "\n"
                    + v.getNodes().stream()
                        .map(CheckedNode::getTarget)
                        .map(target -> "    " + target)
                        .collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
  }

  void openPage(String query) {
    driver.get(base() + "/" + query);
    wait.until(d -> !$$("#result-status[data-total]").isEmpty());
    wait.until(d -> $$("ipd-results[aria-busy]").isEmpty());
  }

  @Test
  void theSearchPageWithAndWithoutResultsInBothLanguages() {
    openPage("?lang=zh");
    assertAccessible("page, start, zh");
    openPage("?q=%E5%BE%B7%E5%9B%BD%20%E5%95%86%E6%A0%87&lang=zh");
    assertThat($$("ipd-results article.result")).isNotEmpty();
    assertAccessible("page, results, zh");
    openPage("?q=Germany+trademark&lang=en");
    assertThat($$("ipd-results article.result")).isNotEmpty();
    assertAccessible("page, results, en");
    openPage("?q=Brunei+trademark&lang=en");
    assertAccessible("page, few results, en");
  }

  @Test
  void theDetailDialog() {
    openPage("?lang=en");
    $("ipd-results button.result-title").click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.detail")));
    wait.until(d -> !$$("dialog.detail .copy-link").isEmpty());
    assertAccessible("page, detail dialog");
  }

  @Test
  void theFiltersDrawerOnAPhone() {
    size(390, 844);
    openPage("?lang=zh");
    assertAccessible("page, phone");
    $("#filters-open").click();
    wait.until(d -> "true".equals($("#filters-open").getDomAttribute("aria-expanded")));
    assertAccessible("page, phone, filters drawer");
  }

  @Test
  void theStaffSignInPage() {
    driver.get(base() + "/admin");
    wait.until(d -> d.getCurrentUrl().endsWith("/admin/sign-in"));
    wait.until(d -> !$("#sign-in button[type=submit]").getText().isEmpty());
    assertAccessible("staff sign-in");
  }

  @Test
  void theWidgetOnAPartnersPage() throws IOException {
    host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String origin = "http://127.0.0.1:" + host.getAddress().getPort();
    String key = EmbedIT.key(List.of(origin));
    String html =
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
        <body><main><h1>Partner site</h1>
        <script src="http://localhost:%d/embed/v1/widget.js" data-key="%s" data-lang="en"></script>
        </main></body></html>
        """
            .formatted(serverPort, key);
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
    driver.get(origin + "/");
    wait.until(
        d -> js("return !!document.querySelector('.ipd-widget')?.shadowRoot") == Boolean.TRUE);
    var shadow = $(".ipd-widget").getShadowRoot();
    wait.until(d -> !shadow.findElements(By.cssSelector(".status[data-total]")).isEmpty());
    assertAccessible("widget, results");
    shadow.findElement(By.cssSelector("li.r .n button")).click();
    wait.until(d -> !shadow.findElements(By.cssSelector(".d:not([hidden])")).isEmpty());
    assertAccessible("widget, detail panel");
  }

  @Test
  void theFrameAndItsDetailPage() {
    driver.get(base() + "/embed/v1/frame?lang=en");
    wait.until(d -> !$$(".status[data-total]").isEmpty());
    assertAccessible("frame, en");
    driver.get(base() + "/embed/v1/frame?lang=zh&q=%E5%BE%B7%E5%9B%BD");
    wait.until(d -> !$$(".status[data-total]").isEmpty());
    assertAccessible("frame, results, zh");
    $("li.r .n a").click();
    wait.until(d -> !$$("h1[data-id]").isEmpty());
    assertAccessible("frame, detail page");
  }
}
