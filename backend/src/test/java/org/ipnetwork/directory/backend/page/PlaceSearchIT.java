package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Searching near a place on the public page. From Munich the fixture has fx-01 (Munich, 0.1 km),
 * fx-12 (Frankfurt, 304 km) and fx-14 (Düsseldorf, 486.5 km) within 500 km; fx-02 (Berlin) is 504
 * km away.
 */
class PlaceSearchIT extends BrowserFixture {

  private static final double MUNICH_LAT = 48.1374;
  private static final double MUNICH_LON = 11.5755;

  int waitForTotal(int expected) {
    wait.until(
        d ->
            $$("ipd-results[aria-busy]").isEmpty()
                && String.valueOf(expected)
                    .equals($("#result-status").getDomAttribute("data-total")));
    return expected;
  }

  void open(String query, int total) {
    driver.get(base() + "/" + query);
    waitForTotal(total);
  }

  /** Types into the place field and waits for the suggestion list. */
  List<WebElement> typePlace(String text) {
    WebElement near = $("#near");
    near.clear();
    near.sendKeys(text);
    wait.until(d -> "true".equals($("#near").getDomAttribute("aria-expanded")));
    return $$("ipd-place-box li[role=option]");
  }

  /** The distances on the cards, in kilometres, in the order shown. */
  List<Double> distances() {
    return $$("ipd-results .result .distance").stream()
        .map(e -> Double.parseDouble(e.getText().replaceAll("[^0-9.]", "")))
        .toList();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  @Test
  void aChineseCityFromTheSuggestionsSortsByDistanceAndSurvivesAReload() throws Exception {
    size(1366, 900);
    open("?lang=zh", 13);
    List<WebElement> options = typePlace("慕尼");
    assertThat(options.get(0).getText()).contains("慕尼黑").contains("德国");
    $("#near").sendKeys(Keys.ARROW_DOWN);
    assertThat($("#near").getDomAttribute("aria-activedescendant"))
        .isEqualTo(options.get(0).getDomAttribute("id"));
    $("#near").sendKeys(Keys.ENTER);
    waitForTotal(1);
    assertThat(url())
        .contains("near=Munich%2CDE")
        .contains("radius=100km")
        .contains("sort=distance");
    assertThat(new Select($("#sort")).getFirstSelectedOption().getDomAttribute("value"))
        .isEqualTo("distance");

    new Select($("#radius")).selectByValue("500");
    waitForTotal(3);
    assertThat(url()).contains("radius=500km");
    assertThat(distances()).hasSize(3).isSorted();
    // fx-01 is some 60 m from the city's point: tenths below one kilometre.
    assertThat($("ipd-results .result .distance").getText()).matches("约 0\\.\\d 公里");
    assertThat($("ipd-chips .chip.place").getText()).contains("慕尼黑周边 500 公里");
    assertThat($("#near").getDomProperty("value")).isEqualTo("慕尼黑");
    screenshot("place-desktop-zh");

    driver.navigate().refresh();
    waitForTotal(3);
    wait.until(d -> "慕尼黑".equals($("#near").getDomProperty("value")));
    assertThat(distances()).isSorted();
    assertThat(new Select($("#radius")).getFirstSelectedOption().getDomAttribute("value"))
        .isEqualTo("500");
    assertThat(new Select($("#sort")).getFirstSelectedOption().getDomAttribute("value"))
        .isEqualTo("distance");

    $("#lang-switch").click();
    wait.until(d -> $("ipd-chips .chip.place").getText().contains("Within 500 km of Munich"));
    assertThat($("ipd-results .result .distance").getText()).matches("0\\.\\d km");
    screenshot("place-desktop-en");

    // The chip's ✕ removes the place, and with it the distance sort.
    $("ipd-chips .chip.place .chip-remove").click();
    waitForTotal(13);
    assertThat(url()).doesNotContain("near=").doesNotContain("radius=").doesNotContain("sort=");
    assertThat($$("ipd-results .result .distance")).isEmpty();
    assertThat($("#near").getDomProperty("value")).isEmpty();
    assertThat($("#sort option[value=distance]").isEnabled()).isFalse();
    assertNoConsoleErrors();
  }

  @Test
  void aLatinCityChosenWithTheMouseAndClearedWithTheButton() {
    open("?lang=en&q=patent", (int) search("q=patent").total());
    List<WebElement> options = typePlace("Muni");
    assertThat(options.get(0).getText()).contains("Munich").contains("Germany");
    options.get(0).click();
    wait.until(d -> url().contains("near=Munich%2CDE"));
    assertThat(url()).contains("q=patent").contains("sort=distance");
    wait.until(d -> $$("ipd-results[aria-busy]").isEmpty());
    assertThat(distances()).isSorted();

    // Escape closes the list without choosing; the clear button removes the place.
    typePlace("Ber");
    $("#near").sendKeys(Keys.ESCAPE);
    assertThat($("#near").getDomAttribute("aria-expanded")).isEqualTo("false");
    assertThat(url()).contains("near=Munich%2CDE");
    $("ipd-place-box button.clear").click();
    wait.until(d -> !url().contains("near="));
    assertThat(url()).doesNotContain("sort=distance");
  }

  @Test
  void aSortByDistanceWithoutAPlaceAnUnknownRadiusAndAnUnknownPlaceFallBackToDefaults() {
    open("?lang=en&sort=distance&radius=7km", 13);
    assertThat(new Select($("#sort")).getFirstSelectedOption().getDomAttribute("value"))
        .isEqualTo("relevance");
    assertThat(url()).doesNotContain("sort=").doesNotContain("radius=");
    open("?lang=en&near=Munich,DE&radius=7km&sort=distance", 1);
    assertThat(url()).contains("radius=100km");
    // A place the API does not know: the search runs without it, and a notice says why.
    open("?lang=en&near=Erewhon&sort=distance", 13);
    assertThat($("#page-notice").getText()).startsWith("This place was not found.");
    assertThat(url()).doesNotContain("near=").doesNotContain("sort=");
  }

  @Test
  void myLocationIsAskedOnlyOnThePressAndRoundedInTheUrl() throws Exception {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of("origin", base(), "permissions", List.of("geolocation")));
    chrome.executeCdpCommand(
        "Emulation.setGeolocationOverride",
        Map.of("latitude", MUNICH_LAT, "longitude", MUNICH_LON, "accuracy", 50));
    open("?lang=zh", 13);
    assertThat(url()).doesNotContain("near=");
    $("ipd-place-box button.locate").click();
    waitForTotal(1);
    assertThat(url()).contains("near=48.14%2C11.58").contains("sort=distance");
    assertThat($("#near").getDomProperty("value")).isEqualTo("我的位置");
    assertThat($("ipd-chips .chip.place").getText()).contains("我的位置周边 100 公里");
    screenshot("place-my-location-zh");
    assertNoConsoleErrors();
  }

  @Test
  void aRefusedLocationIsSaidPolitely() {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Browser.setPermission",
            Map.of(
                "permission",
                Map.of("name", "geolocation"),
                "setting",
                "denied",
                "origin",
                base()));
    open("?lang=en", 13);
    $("ipd-place-box button.locate").click();
    WebElement message =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("place-message")));
    wait.until(d -> message.getText().startsWith("Your location was not shared."));
    assertThat(message.getDomAttribute("role")).isEqualTo("status");
    assertThat(url()).doesNotContain("near=");
  }

  @Test
  void onAPhoneThePlaceFitsUnderTheSearchBoxAndTheFirstResultStaysInView() throws Exception {
    size(390, 844);
    for (String lang : List.of("zh", "en")) {
      open("?lang=" + lang + "&near=Munich,DE&radius=500km&sort=distance", 3);
      wait.until(d -> !$("#near").getDomProperty("value").isEmpty());
      WebElement first = $("ipd-results .result");
      long top =
          ((Number) js("return arguments[0].getBoundingClientRect().top", first)).longValue();
      assertThat(top).as("first result's top on a 844px screen").isLessThan(700);
      long overflow =
          ((Number) js("return document.documentElement.scrollWidth - window.innerWidth"))
              .longValue();
      assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0);
      screenshot("place-phone-" + lang);
    }
  }
}
