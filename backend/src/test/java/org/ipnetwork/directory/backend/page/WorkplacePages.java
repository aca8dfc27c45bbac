package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.ipnetwork.directory.backend.editing.EditingApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests of the staff workplace: the real application with the workplace's test accounts
 * ({@link EditingApi}), one headless Chromium per test ({@link Browser}), and what every such test
 * does — sign in through the sign-in page, sign out, read the status line, check the console.
 */
abstract class WorkplacePages extends EditingApi {

  /** The workplace's check whether a session exists, answered 401 before signing in. */
  private static final String SESSION_CHECK = "(?s).*/api/v1/admin/session - .* 401 .*";

  @LocalServerPort int serverPort;

  Browser browser;
  WebDriver driver;
  WebDriverWait wait;

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
   * Signs in through the sign-in page and waits for the workplace, in English: headless Chromium
   * reports English among the browser's languages, as the public page's tests rely on.
   */
  void signInAs(String email) {
    driver.get(base() + "/admin");
    wait.until(d -> d.getCurrentUrl().endsWith("/admin/sign-in"));
    wait.until(d -> !$("#sign-in button[type=submit]").getText().isEmpty());
    $("#email").sendKeys(email);
    $("#password").sendKeys(PASSWORD, Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().endsWith("/admin"));
    wait.until(d -> $("#who").isDisplayed());
  }

  /** Signs out; the workplace then sends the browser to the sign-in page. */
  void signOut() {
    $("#sign-out").click();
    wait.until(d -> d.getCurrentUrl().endsWith("/admin/sign-in"));
    driver.get(base() + "/admin");
    wait.until(d -> d.getCurrentUrl().endsWith("/admin/sign-in"));
  }

  void waitForStatus(String text) {
    wait.until(d -> $("#status").getText().equals(text));
  }

  void screenshot(String name) {
    try {
      browser.screenshot(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fails on console errors. The browser logs every 4xx answer as one: the session check before
   * signing in is tolerated, and so is each answer a test provokes on purpose, named by a pattern.
   */
  void assertNoConsoleErrors(String... provoked) {
    List<String> tolerated = new ArrayList<>(List.of(provoked));
    tolerated.add(SESSION_CHECK);
    List<String> errors =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .filter(m -> tolerated.stream().noneMatch(m::matches))
            .toList();
    assertThat(errors).isEmpty();
  }
}
