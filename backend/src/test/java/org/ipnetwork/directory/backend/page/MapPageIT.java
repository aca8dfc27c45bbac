package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The results map zoomed to the places of a search, with its cities as dots, in a real browser
 * against the fixture (DE: Munich, Berlin, Hamburg, Frankfurt, Düsseldorf; HK: one listing).
 */
class MapPageIT extends BrowserFixture {

  /** The world in the asset's units (assets/world-110m.json). */
  private static final double[] WORLD = {0, 0, 1000, 392};

  /** Germany's centre (10.4°E, 51.2°N) and Hong Kong's point, in the same units. */
  private static final double[] GERMANY = {528.9, 91.1};

  private static final double[] HONG_KONG = {817.2, 171.5};

  void open(String query) {
    driver.get(base() + "/" + query);
    wait.until(d -> !$$("#result-status[data-total]").isEmpty());
    showMap();
  }

  /** The map's view box once it has stopped moving: x, y, width, height. */
  double[] settledView() {
    wait.until(
        d -> {
          WebElement svg = $("ipd-map .map-svg");
          return svg.getDomAttribute("viewBox").equals(svg.getDomAttribute("data-target"));
        });
    return view();
  }

  double[] view() {
    return Arrays.stream($("ipd-map .map-svg").getDomAttribute("viewBox").trim().split("\\s+"))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  static boolean contains(double[] v, double[] point) {
    return point[0] > v[0] && point[0] < v[0] + v[2] && point[1] > v[1] && point[1] < v[1] + v[3];
  }

  List<String> cityTitles() {
    return $$("ipd-map .cities circle title").stream()
        .map(e -> e.getDomProperty("textContent"))
        .toList();
  }

  @Test
  void aCountryIsZoomedToWithItsCitiesUntilTheWholeWorldIsAskedFor() throws IOException {
    open("?lang=zh");
    assertThat(settledView()).containsExactly(WORLD);
    assertThat($$("ipd-map .cities circle")).isEmpty();
    assertThat($("ipd-map .whole-world").isDisplayed()).isFalse();

    open("?lang=zh&country=DE");
    wait.until(d -> view()[2] < 100);
    double[] germany = settledView();
    // Germany's neighbourhood: a fifteenth of the world's width or less, around its centre.
    assertThat(germany[2]).isBetween(44.0, WORLD[2] / 12);
    assertThat(germany[3] / germany[2])
        .isCloseTo(WORLD[3] / WORLD[2], org.assertj.core.data.Offset.offset(0.01));
    assertThat(contains(germany, GERMANY)).isTrue();
    // Its five cities with listings, each a dot named after its city.
    wait.until(d -> $$("ipd-map .cities circle").size() == 5);
    assertThat(cityTitles()).contains("慕尼黑附近 1 家机构", "柏林附近 1 家机构", "杜塞尔多夫附近 1 家机构");
    // The same for screen readers: a list.
    WebElement list = $("ipd-map ul.map-cities");
    assertThat(list.getDomAttribute("aria-label")).isEqualTo("地图上的城市");
    assertThat(list.findElements(By.tagName("li"))).hasSize(5);
    assertThat($("ipd-map .zoom-in").getDomAttribute("aria-label")).isEqualTo("放大地图");
    assertThat($("ipd-map .zoom-out").getDomAttribute("aria-label")).isEqualTo("缩小地图");
    showMap();
    screenshot("map-desktop-zh-germany");

    $("ipd-map .whole-world").click();
    assertThat(settledView()).containsExactly(WORLD);
    wait.until(d -> $$("ipd-map .cities circle").isEmpty());
    assertThat($("ipd-map .whole-world").isDisplayed()).isFalse();

    // Zooming in by the button asks for the cities at the new zoom's precision.
    $("ipd-map .zoom-in").click();
    assertThat(settledView()[2]).isEqualTo(500);
    wait.until(d -> !$$("ipd-map .cities circle").isEmpty());
    assertNoConsoleErrors();
  }

  @Test
  void aSmallCountryIsShownWithItsSurroundings() throws IOException {
    open("?lang=en&country=HK");
    wait.until(d -> view()[2] < 100);
    double[] v = settledView();
    assertThat(v[2]).isEqualTo(44); // the narrowest framing, ≈ 16° of longitude
    assertThat(contains(v, HONG_KONG)).isTrue();
    wait.until(d -> $$("ipd-map .cities circle").size() == 1);
    assertThat(cityTitles()).containsExactly("1 organisation near Hong Kong");
    showMap();
    screenshot("map-desktop-en-hong-kong");
    assertNoConsoleErrors();
  }

  @Test
  void theMapWaitingBelowTheResultsHoldsItsPlaceWithoutRedrawing() {
    size(390, 844); // the phone: the map is more than a screen below the first results
    driver.get(base() + "/?lang=en");
    wait.until(d -> !$$("#result-status[data-total]").isEmpty());
    wait.until(d -> !$$("ipd-map .map-waiting").isEmpty());
    // Counts the map's redrawings while it waits, over the next half second and 30 frames at least.
    Object redrawn =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                let changes = 0, frames = 0;
                new MutationObserver((m) => (changes += m.length))
                  .observe(document.querySelector("ipd-map"), { childList: true });
                const start = performance.now();
                const tick = () => (++frames < 30 || performance.now() - start < 500
                  ? requestAnimationFrame(tick) : done(changes));
                requestAnimationFrame(tick);
                """);
    assertThat(((Number) redrawn).intValue()).isZero();
    assertThat($$("ipd-map .map-svg")).isEmpty(); // nor drawn before it comes near
    showMap();
    assertNoConsoleErrors();
  }

  @Test
  void aPlaceUnderstoodInTheQueryIsZoomedToo() {
    open("?lang=zh&q=" + URLEncoder.encode("德国 商标", StandardCharsets.UTF_8));
    wait.until(d -> view()[2] < 100);
    assertThat(contains(settledView(), GERMANY)).isTrue();
    // Munich, Hamburg and Düsseldorf have trademark firms.
    wait.until(d -> $$("ipd-map .cities circle").size() == 3);
  }

  @Test
  void theZoomedMapStaysOneTabStopAndZoomsFromTheKeyboard() {
    open("?lang=en&country=DE");
    wait.until(d -> view()[2] < 100);
    double width = settledView()[2];
    List<WebElement> stops = $$("ipd-map .map-svg [tabindex='0']");
    assertThat(stops).hasSize(1);
    WebElement germany = stops.get(0);
    assertThat(germany.getDomAttribute("data-code")).isEqualTo("DE");
    js("arguments[0].focus();", germany);
    germany.sendKeys("-");
    wait.until(d -> view()[2] > width);
    assertThat(settledView()[2])
        .isCloseTo(Math.min(1000, width * 2), org.assertj.core.data.Offset.offset(0.1));
    // Tab leaves the map: no other country is a Tab stop.
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    assertThat((Boolean) js("return document.activeElement.closest('.map-svg') === null")).isTrue();
    assertNoConsoleErrors();
  }

  @Test
  void screenshotsOnThePhoneAndTheDesktop() throws IOException {
    size(390, 844);
    for (String lang : List.of("zh", "en")) {
      open("?lang=" + lang + "&country=DE");
      wait.until(d -> $$("ipd-map .cities circle").size() == 5);
      settledView();
      showMap();
      screenshot("map-phone-" + lang + "-germany");
    }
    size(1366, 900);
    open("?lang=en&country=DE");
    wait.until(d -> $$("ipd-map .cities circle").size() == 5);
    settledView();
    showMap();
    screenshot("map-desktop-en-germany");
    open("?lang=zh&continent=EU");
    wait.until(d -> !$$("ipd-map .cities circle").isEmpty());
    settledView();
    showMap();
    screenshot("map-desktop-zh-europe");
  }
}
