package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests: the real application (see {@link FixtureApi}) driven by headless Chromium through
 * ChromeDriver ({@link Browser}). Skipped only when /usr/bin/chromium is absent; CI installs it.
 */
abstract class BrowserFixture extends FixtureApi {

  @LocalServerPort int serverPort;

  WebDriver driver;
  WebDriverWait wait;
  private Browser browser;

  @BeforeEach
  void startBrowser() throws IOException {
    assumeTrue(Browser.available(), "Chromium is not installed at " + Browser.CHROMIUM);
    browser = new Browser();
    driver = browser.driver;
    wait = browser.wait;
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  String base() {
    return "http://localhost:" + serverPort;
  }

  WebElement $(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> $$(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Scrolls the results map into view and waits until it is drawn: it sits below the results and is
   * loaded only when it comes near the viewport.
   */
  void showMap() {
    // The map's module loads after the first results: scrolled to before it has drawn its frame,
    // the (still empty, undisplayed) element would not move the view.
    wait.until(d -> !$$("ipd-map:not(:empty)").isEmpty());
    js("document.querySelector('ipd-map').scrollIntoView({block: 'center'});");
    wait.until(d -> !$$("ipd-map .map-svg").isEmpty());
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  void screenshot(String name) throws IOException {
    browser.screenshot(name);
  }

  /**
   * Fails on console errors. The browser logs every 404 answer as one, so the one a test asks for
   * on purpose is tolerated: a shared link to an unknown or unpublished listing, which the page
   * answers with a notice.
   */
  void assertNoConsoleErrors() {
    List<String> errors =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .filter(m -> !m.matches("(?s).*/api/v1/listings/.* 404 .*"))
            .toList();
    assertThat(errors).isEmpty();
  }
}
