package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.function.Predicate;
import org.ipnetwork.directory.backend.SampleNetworkApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A visitor without a mouse, on the sample network: search, tick a filter, go to the next page,
 * open a listing, close it, star it and open the shortlist, with the keyboard alone (Tab,
 * Shift+Tab, Enter, Space, Escape). At every step the focus is where a user expects it and visibly
 * marked.
 */
class KeyboardJourneyIT {

  private static final int MAX_TABS = 300;

  private Browser browser;
  private WebDriver driver;

  @BeforeEach
  void start() throws IOException {
    assumeTrue(Browser.available(), "Chromium is not installed at " + Browser.CHROMIUM);
    browser = new Browser();
    driver = browser.driver;
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void searchFilterPageDetailStarAndShortlistWithTheKeyboardAlone() throws IOException {
    driver.get(SampleNetworkApp.baseUri() + "/?lang=en");
    settle();

    // Search: the query field is reached with Tab and submitted with Enter.
    WebElement box = tabTo(e -> "search".equals(e.getDomAttribute("type")), false);
    keys("patent", Keys.ENTER);
    browser.wait.until(d -> d.getCurrentUrl().contains("q=patent"));
    settle();
    assertThat(box.getDomProperty("value")).isEqualTo("patent");

    // A filter: the first service checkbox, ticked with Space; the focus stays on it.
    WebElement service =
        tabTo(
            e -> "checkbox".equals(e.getDomAttribute("type")) && id(e).startsWith("f-service-"),
            false);
    String serviceId = id(service);
    keys(Keys.SPACE);
    browser.wait.until(d -> d.getCurrentUrl().contains("service="));
    settle();
    assertThat(id(active())).isEqualTo(serviceId);
    assertThat(driver.findElement(By.id(serviceId)).isSelected()).isTrue();

    // The next page: after the pager's link the results heading has the focus.
    tabTo(e -> "next".equals(e.getDomAttribute("rel")), false);
    keys(Keys.ENTER);
    browser.wait.until(d -> d.getCurrentUrl().contains("page=2"));
    settle();
    assertThat(id(active())).isEqualTo("results-heading");

    // A listing: Enter on its title opens the dialog with the focus inside; Escape closes it and
    // gives the focus back to the title.
    WebElement title =
        tabTo(
            e ->
                e.getDomAttribute("class") != null
                    && e.getDomAttribute("class").contains("result-title"),
            false);
    String listing = title.getDomAttribute("data-id");
    keys(Keys.ENTER);
    browser.wait.until(d -> (Boolean) js("return !!document.querySelector('dialog.detail[open]')"));
    assertThat((Boolean) js("return !!document.activeElement.closest('dialog.detail')")).isTrue();
    keys(Keys.ESCAPE);
    browser.wait.until(d -> (Boolean) js("return !document.querySelector('dialog.detail[open]')"));
    browser.wait.until(d -> listing.equals(active().getDomAttribute("data-id")));

    // Star it: the listing's star is the next stop; Space presses it and the focus stays.
    WebElement star =
        tabTo(
            e -> e.getDomAttribute("class") != null && e.getDomAttribute("class").contains("star"),
            false);
    keys(Keys.SPACE);
    browser.wait.until(d -> "true".equals(star.getDomAttribute("aria-pressed")));
    assertThat(star).isEqualTo(active());
    browser.wait.until(d -> d.getCurrentUrl().contains("shortlist=" + listing));

    // The shortlist, back up in the header: Enter opens the view with its heading focused.
    tabTo(e -> "shortlist-link".equals(id(e)), true);
    keys(Keys.ENTER);
    browser.wait.until(d -> d.getCurrentUrl().contains("view=shortlist"));
    browser.wait.until(d -> "shortlist-heading".equals(id(active())));
    browser.wait.until(
        d ->
            !d.findElements(By.cssSelector(".shortlist-item[data-id='" + listing + "']"))
                .isEmpty());
    browser.screenshot("keyboard-journey-shortlist-en");
  }

  /**
   * Presses Tab (or Shift+Tab) until the focused element matches; every element passed on the way
   * must show where the focus is.
   */
  private WebElement tabTo(Predicate<WebElement> wanted, boolean backwards) {
    for (int i = 0; i < MAX_TABS; i++) {
      if (backwards) {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
      } else {
        keys(Keys.TAB);
      }
      WebElement e = active();
      assertThat(focusVisible()).as("the focus on %s is visible", describe(e)).isTrue();
      if (wanted.test(e)) {
        return e;
      }
    }
    throw new AssertionError(
        "not reached with " + MAX_TABS + " tabs; the focus is on " + describe(active()));
  }

  /**
   * Whether the focused element is marked: an outline, or (the map's shapes) a stroke, or the
   * heading's wrapper outlined; read from the computed style under :focus-visible.
   */
  private boolean focusVisible() {
    return (Boolean)
        js(
            "const e = document.activeElement;"
                + "if (!e || e === document.body) return false;"
                + "const s = getComputedStyle(e);"
                + "const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
                + "const wrapped = e.parentElement && getComputedStyle(e.parentElement).outlineStyle !== 'none';"
                + "return e.matches(':focus-visible') && (outlined || wrapped || s.boxShadow !== 'none'"
                + " || (s.stroke && s.stroke !== 'none'));");
  }

  private void settle() {
    browser.wait.until(
        d -> !d.findElements(By.cssSelector("#result-status[data-total]")).isEmpty());
    browser.wait.until(d -> d.findElements(By.cssSelector("ipd-results[aria-busy]")).isEmpty());
  }

  private void keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  private WebElement active() {
    return driver.switchTo().activeElement();
  }

  private static String id(WebElement e) {
    String id = e.getDomAttribute("id");
    return id == null ? "" : id;
  }

  private String describe(WebElement e) {
    return (String)
        js("const e = document.activeElement; return e ? e.outerHTML.slice(0, 160) : 'nothing';");
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }
}
