package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The real InstantSearch.js and algoliasearch (the builds vendored under
 * src/test/resources/instantsearch/, see its README.md) on a partner's page of another origin,
 * pointed at the directory's InstantSearch endpoint with a partner key scoped to Europe: whatever
 * the visitor does, the widgets show what {@code GET /api/v1/search} answers for the same state.
 */
class InstantSearchPageIT extends BrowserFixture {

  private static final Taxonomies TAXONOMIES = Taxonomies.bundled();
  private static final int HITS_PER_PAGE = 2;

  private HttpServer host;
  private String key;

  @AfterEach
  void stopHost() {
    if (host != null) {
      host.stop(0);
    }
  }

  /** The partner's site: the page and the two vendored scripts, served from its own origin. */
  private String partnerSite() throws IOException {
    host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String origin = "http://127.0.0.1:" + host.getAddress().getPort();
    key = EmbedIT.key(List.of(origin));
    String page =
        resource("page.html")
            .replace("__DIRECTORY__", base())
            .replace("__KEY__", key)
            .replace("__HITS_PER_PAGE__", Integer.toString(HITS_PER_PAGE));
    serve("/", page, "text/html; charset=utf-8");
    for (String script : List.of("instantsearch.production.min.js", "algoliasearch-lite.umd.js")) {
      serve("/" + script, resource(script), "text/javascript; charset=utf-8");
    }
    host.start();
    return origin + "/";
  }

  private void serve(String path, String body, String type) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    host.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
  }

  private static String resource(String name) {
    try (InputStream in = InstantSearchPageIT.class.getResourceAsStream("/instantsearch/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void widgetsShowWhatTheSearchApiAnswersForTheSameState() throws Exception {
    String site = partnerSite();
    // The application's first search is slow on a loaded machine: made here, not by the page.
    patientSearch("lang=zh&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    driver.get(site);
    String germany = TAXONOMIES.countries().label("DE", Lang.ZH);
    String france = TAXONOMIES.countries().label("FR", Lang.ZH);
    // Cross-origin, with the key: the first search is answered (CORS) within the scope.
    assertShows("", 1);

    WebElement input = $(".ais-SearchBox-input");
    input.sendKeys("德国 商标");
    assertShows("q=德国 商标", 1);
    screenshot("instantsearch-query");

    check(germany);
    check(france);
    assertShows("q=德国 商标&country=DE,FR", 1);
    assertThat($$(".ais-CurrentRefinements-categoryLabel").stream().map(WebElement::getText))
        .containsExactlyInAnyOrder(germany, france);

    wait.until(
            d ->
                $$(".ais-Pagination-item--page a").stream()
                    .filter(a -> a.getText().equals("2"))
                    .findFirst()
                    .orElse(null))
        .click();
    assertShows("q=德国 商标&country=DE,FR", 2);
    screenshot("instantsearch-page-2");

    $(".ais-ClearRefinements-button").click();
    assertShows("q=德国 商标", 1);
    assertThat($$(".ais-CurrentRefinements-category")).isEmpty();
    assertThat($$(".ais-Hits-item mark.ais-Highlight-highlighted")).isNotEmpty();
    assertNoConsoleErrors();
  }

  private void check(String label) {
    wait.until(
        d -> {
          for (WebElement box : $$("#country .ais-RefinementList-checkbox")) {
            if (label.equals(box.getDomAttribute("value"))) {
              if (!box.isSelected()) {
                box.click();
              }
              return true;
            }
          }
          return false;
        });
  }

  /**
   * Waits until the widgets show what the search API answers for {@code query} on {@code page} with
   * the same key: the total, the hits in order, and every facet's counts.
   */
  private void assertShows(String query, int page) {
    SearchResponse api =
        patientSearch(
            query
                + (query.isEmpty() ? "" : "&")
                + "lang=zh&size="
                + HITS_PER_PAGE
                + "&page="
                + page
                + "&key="
                + URLEncoder.encode(key, StandardCharsets.UTF_8));
    assertThat(api.total()).as("the API finds something for " + query).isPositive();
    List<String> ids = api.hits().stream().map(SearchResponse.Hit::id).toList();
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (String facet : List.of("country", "service", "industry")) {
      facets.put(facet, counts(api.facets().get(facet)));
    }
    Map<String, Long> continents = counts(api.facets().get("continent"));
    try {
      wait.until(
          d ->
              Long.toString(api.total()).equals(nbHits())
                  && ids.equals(shownIds())
                  && facets.keySet().stream()
                      .allMatch(f -> facets.get(f).equals(shownCounts("#" + f, "RefinementList")))
                  && continents.equals(shownCounts("#geo", "HierarchicalMenu")));
    } catch (org.openqa.selenium.TimeoutException e) {
      try {
        screenshot("instantsearch-failure");
      } catch (IOException ignored) {
        // The assertions below say what went wrong.
      }
      String console =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::getMessage)
              .toList()
              .toString();
      assertThat(nbHits())
          .as(
              "nbHits for "
                  + query
                  + "; console: "
                  + console
                  + "; page: "
                  + js("return document.body.innerText"))
          .isNotNull();
      assertThat(nbHits()).as("nbHits for " + query).isEqualTo(Long.toString(api.total()));
      assertThat(shownIds()).as("hits for " + query).isEqualTo(ids);
      facets.forEach(
          (f, counts) ->
              assertThat(shownCounts("#" + f, "RefinementList")).as(f).isEqualTo(counts));
      assertThat(shownCounts("#geo", "HierarchicalMenu")).as("continents").isEqualTo(continents);
      throw e;
    }
  }

  /** {@code GET /api/v1/search}, waiting as long as a loaded build machine may need. */
  private SearchResponse patientSearch(String query) {
    return http()
        .mutate()
        .responseTimeout(Duration.ofSeconds(60))
        .build()
        .get()
        .uri("/api/v1/search?" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(SearchResponse.class)
        .returnResult()
        .getResponseBody();
  }

  private static Map<String, Long> counts(List<SearchResponse.FacetBucket> buckets) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (SearchResponse.FacetBucket b : buckets) {
      out.put(b.label(), b.count());
    }
    return out;
  }

  private String nbHits() {
    List<WebElement> stats = $$("[data-nb-hits]");
    return stats.isEmpty() ? null : stats.get(0).getDomAttribute("data-nb-hits");
  }

  private List<String> shownIds() {
    return $$(".ais-Hits-item article").stream().map(a -> a.getDomAttribute("data-id")).toList();
  }

  /** Label → count of the top-level items of a widget, in the order shown. */
  private Map<String, Long> shownCounts(String container, String widget) {
    Map<String, Long> out = new LinkedHashMap<>();
    String items =
        container
            + " .ais-"
            + widget
            + "-list:not(.ais-"
            + widget
            + "-list--child) > .ais-"
            + widget
            + "-item";
    for (WebElement item : $$(items)) {
      String label =
          item.findElement(
                  By.cssSelector(
                      widget.equals("RefinementList")
                          ? ".ais-RefinementList-labelText"
                          : ".ais-HierarchicalMenu-label"))
              .getText();
      String count = item.findElement(By.cssSelector(".ais-" + widget + "-count")).getText();
      out.put(label, Long.parseLong(count.replace(",", "").trim()));
    }
    return out;
  }
}
