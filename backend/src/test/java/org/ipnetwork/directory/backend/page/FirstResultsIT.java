package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The page's first results are written by the server (FirstAnswer) and then rendered again by the
 * scripts from the same answer: what the server wrote must be what the scripts write, element for
 * element, or the results would change under the visitor's eyes (and move, which is what
 * Lighthouse's layout shift counts). The page also must not ask the API for the answer it carries.
 */
class FirstResultsIT extends BrowserFixture {

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
