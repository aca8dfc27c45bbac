package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page's first results are written by the server (FirstAnswer) and kept by the scripts, which
 * attach their behaviour to the written cards instead of building them again. What the server wrote
 * must still be what the scripts write for the same answer, element for element: every later search
 * is rendered by the scripts, and the cards must not change between the two (nor move, which is
 * what Lighthouse's layout shift counts). The page also must not ask the API for the answer it
 * carries.
 */
class FirstResultsIT extends BrowserFixture {

  /**
   * The written page is what the visitor sees first; the scripts then fill in the search box, the
   * filters and the pager around it. None of that may move what is already on screen: the layout
   * shifts the browser reports from navigation to the scripts' last render stay under 0.05 (a
   * "good" cumulative layout shift is under 0.1), on a phone and on a desktop screen. The shifts
   * and the elements that moved are printed.
   */
  @ParameterizedTest
  @ValueSource(strings = {"390x844", "1366x900"})
  void nothingMovesWhenTheScriptsTakeOver(String screen) {
    String[] wh = screen.split("x");
    size(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
    driver.get(base() + "/?q=%E5%BE%B7%E5%9B%BD%20%E5%95%86%E6%A0%87&lang=zh");
    wait.until(d -> !$$("#result-status[data-total]").isEmpty());
    @SuppressWarnings("unchecked")
    List<Object> shifts =
        (List<Object>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    """
                    const done = arguments[arguments.length - 1];
                    const name = (n) => n ? n.nodeName.toLowerCase() + (n.id ? "#" + n.id : "")
                      + (n.className && typeof n.className === "string"
                          ? "." + n.className.trim().split(/\\s+/).join(".") : "") : "?";
                    const out = [];
                    new PerformanceObserver((list) => {
                      for (const e of list.getEntries()) {
                        if (e.hadRecentInput) continue;
                        out.push([e.value, Math.round(e.startTime),
                          e.sources.map((s) => name(s.node)).join(" ")]);
                      }
                    }).observe({ type: "layout-shift", buffered: true });
                    setTimeout(() => done(out), 1500);
                    """);
    double total = 0;
    StringBuilder report = new StringBuilder(screen + " layout shifts:");
    for (Object o : shifts) {
      List<?> shift = (List<?>) o;
      total += ((Number) shift.get(0)).doubleValue();
      report.append(
          String.format("%n  %.4f at %s ms: %s", shift.get(0), shift.get(1), shift.get(2)));
    }
    System.out.println(report);
    assertThat(total).as(report.toString()).isLessThan(0.05);
  }

  /**
   * The cards the server wrote stay the page's cards: no result card leaves the document while the
   * scripts start (a MutationObserver installed before any of the page's scripts counts them), and
   * the kept cards work: the star toggles the shortlist, the title opens the detail.
   */
  @Test
  void theScriptsKeepTheWrittenCardsAndTheyWork() {
    ((ChromiumDriver) driver)
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of(
                "source",
                """
                window.removedCards = 0;
                new MutationObserver((records) => {
                  for (const r of records) for (const n of r.removedNodes) {
                    if (n.nodeType === 1 && (n.matches("article.result")
                        || n.querySelector("article.result"))) window.removedCards++;
                  }
                }).observe(document, { childList: true, subtree: true });
                """));
    driver.get(base() + "/?q=%E5%95%86%E6%A0%87&lang=zh");
    wait.until(d -> !$$("#result-status[data-total]").isEmpty());
    assertThat($$("ipd-results article.result")).isNotEmpty();
    assertThat(js("return window.removedCards")).as("result cards removed").isEqualTo(0L);

    WebElement star = $("ipd-results article.result button.star");
    assertThat(star.getDomAttribute("aria-pressed")).isEqualTo("false");
    star.click();
    wait.until(d -> "true".equals(star.getDomAttribute("aria-pressed")));
    assertThat($("#shortlist-link").getText()).contains("1");
    assertThat(driver.getCurrentUrl()).contains("shortlist=" + star.getDomAttribute("data-id"));

    WebElement title = $("ipd-results button.result-title");
    String name = title.getText();
    title.click();
    WebElement dialog =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.detail")));
    wait.until(d -> name.equals(dialog.findElement(By.id("detail-title")).getText()));
    assertThat(driver.getCurrentUrl()).contains("listing=" + title.getDomAttribute("data-id"));
    assertNoConsoleErrors();
  }

  /**
   * Before the scripts arrive (or without them) the page already searches: the server writes the
   * search box as a form whose GET is the page itself, carrying the filters and the language, and
   * the next page comes with its results written in.
   */
  @Test
  void withoutScriptsTheWrittenSearchBoxSearches() {
    ((ChromiumDriver) driver)
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    driver.get(base() + "/?q=%E5%95%86%E6%A0%87&country=DE&lang=en");
    WebElement box = $("ipd-search-box input#q");
    assertThat(box.getDomProperty("value")).isEqualTo("商标");
    assertThat($("ipd-search-box button[type=submit]").getText()).isEqualTo("Search");
    assertThat($("ipd-place-box label[for=near]").getText()).isNotBlank();
    assertThat($$("ipd-place-box #radius option")).hasSize(6);

    box.clear();
    box.sendKeys("patent\n");
    wait.until(d -> d.getCurrentUrl().contains("q=patent"));
    assertThat(driver.getCurrentUrl()).contains("country=DE").contains("lang=en");
    assertThat($("ipd-search-box input#q").getDomProperty("value")).isEqualTo("patent");
    assertThat($("#result-status").getText()).matches(".*\\d+.*");
    assertThat($$("ipd-results article.result")).isNotEmpty();
    assertThat($$("ipd-results .result-meta .place"))
        .allSatisfy(place -> assertThat(place.getText()).startsWith("Germany"));
    assertThat(js("return document.querySelector('#result-status').dataset.total ?? 'none'"))
        .as("no script ran")
        .isEqualTo("none");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "?q=%E5%95%86%E6%A0%87&lang=zh", // 商标: highlights in Chinese
        "?q=%E5%BE%B7%E5%9B%BD%20%E5%95%86%E6%A0%87&lang=en", // 德国 商标: understood as chips
        "?q=trademark&country=DE,FR&verified=true&lang=en", // filters as chips, "clear all"
        "?lang=zh&sort=name", // everything, by name
        "?q=zzzzqqqq&lang=en", // nothing found
      })
  void theServerWritesTheFirstResultsAsTheScriptsDo(String query) {
    driver.get(base() + "/" + query);
    wait.until(d -> !$$("#result-status[data-total]").isEmpty());
    wait.until(d -> $$("ipd-results[aria-busy]").isEmpty());

    @SuppressWarnings("unchecked")
    Map<String, Object> both =
        (Map<String, Object>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    """
                    const done = arguments[arguments.length - 1];
                    fetch(location.href).then((r) => r.text()).then((html) => {
                      const served = new DOMParser().parseFromString(html, "text/html");
                      // The scripts keep the written cards: render the written answer with the
                      // list component, to compare its markup with the server's.
                      const answer = JSON.parse(served.getElementById("first-answer").textContent);
                      document.querySelector("ipd-results").update(answer.hits);
                      const parts = (doc) => ({
                        results: doc.querySelector("ipd-results").innerHTML,
                        chips: doc.querySelector("ipd-chips").hidden
                          ? "" : doc.querySelector("ipd-chips").innerHTML,
                        status: doc.querySelector("#result-status").textContent,
                        statusClass: doc.querySelector("#result-status").className,
                        done: doc.querySelector("#filters-done").textContent,
                        title: doc.title,
                      });
                      done({ served: parts(served), shown: parts(document),
                             answer: !!served.getElementById("first-answer") });
                    });
                    """);
    assertThat(both.get("answer")).as("the page carries its first answer").isEqualTo(true);
    assertThat(both.get("served")).as(query).isEqualTo(both.get("shown"));
    @SuppressWarnings("unchecked")
    Map<String, Object> served = (Map<String, Object>) both.get("served");
    assertThat((String) served.get("status")).isNotEmpty();

    @SuppressWarnings("unchecked")
    List<String> searches =
        (List<String>)
            js(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => n.includes('/api/v1/search'));");
    assertThat(searches).as("searches asked of the API by the page").isEmpty();
    assertNoConsoleErrors();
  }
}
