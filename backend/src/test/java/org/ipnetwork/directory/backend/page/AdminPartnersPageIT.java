package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.ipnetwork.directory.backend.staff.StaffApi;
import org.ipnetwork.directory.partner.PartnerKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workplace's partners screen in headless Chromium: an admin creates a partner, sees its key
 * once with the snippets, rotates it with a grace period and revokes it after confirming, each key
 * tried on the public search; an editor has no partners screen.
 */
class AdminPartnersPageIT extends StaffApi {

  @LocalServerPort int serverPort;

  private Browser browser;
  private WebDriver driver;
  private WebDriverWait wait;

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

  private String base() {
    return "http://localhost:" + serverPort;
  }

  private WebElement $(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  private List<WebElement> $$(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Signs in through the sign-in page and waits for the workplace (in English, as Chromium asks).
   */
  private void signInAs(String email) {
    driver.get(base() + "/admin");
    wait.until(d -> d.getCurrentUrl().endsWith("/admin/sign-in"));
    wait.until(d -> !$("#sign-in button[type=submit]").getText().isEmpty());
    $("#email").sendKeys(email);
    $("#password").sendKeys(PASSWORD, Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().endsWith("/admin"));
    wait.until(d -> $("#who").isDisplayed());
  }

  private void waitForStatus(String text) {
    wait.until(d -> $("#status").getText().equals(text));
  }

  /** The public search's status for a request with this partner key. */
  private int searchWith(String key) {
    return http()
        .get()
        .uri("/api/v1/search?q=patent")
        .header("X-Partner-Key", key)
        .exchange()
        .expectBody()
        .returnResult()
        .getStatus()
        .value();
  }

  @Test
  void anAdminCreatesAPartnerSeesTheKeyOnceRotatesItAndRevokesItAfterConfirming()
      throws IOException {
    String id = "page-" + UUID.randomUUID().toString().substring(0, 8);
    signInAs(ADMIN);
    wait.until(d -> $("#screens a[data-screen=partners]")).click();
    wait.until(d -> d.getCurrentUrl().endsWith("/admin?screen=partners"));

    // A new partner; a refused origin first, shown next to its field.
    wait.until(d -> $("#partner-name")).sendKeys("Harbour Chamber");
    $("#partner-id").sendKeys(id);
    $("#partner-allowedOrigins").sendKeys("https://www.harbour.example/path");
    new Select($("#partner-scope-continent")).selectByValue("AS");
    WebElement limit = $("#partner-requestsPerMinute");
    limit.clear();
    limit.sendKeys("120");
    $("#partner-create").click();
    WebElement origins = wait.until(d -> $("#partner-allowedOrigins[aria-invalid='true']"));
    assertThat($("#partner-allowedOrigins-error").getText()).startsWith("An origin is https://");
    assertThat(driver.switchTo().activeElement()).isEqualTo(origins);
    origins.clear();
    origins.sendKeys("https://www.harbour.example");
    $("#partner-create").click();

    // The key, once, with the snippets in either language.
    wait.until(d -> d.getCurrentUrl().contains("partner=" + id));
    WebElement panel = wait.until(d -> $("#partner-issued"));
    assertThat(panel.getText()).contains("it will not be shown again");
    String first = $("#partner-key").getDomProperty("value");
    assertThat(PartnerKeys.wellFormed(first)).isTrue();
    assertThat($("#partner-script").getDomProperty("value"))
        .contains(base() + "/embed/v1/widget.js")
        .contains("data-key=\"" + first + "\"")
        .contains("data-lang=\"en\"");
    $("#snippet-lang-zh").click();
    wait.until(d -> $("#partner-iframe").getDomProperty("value").contains("lang=zh"));
    assertThat($("#partner-iframe").getDomProperty("value"))
        .contains("/embed/v1/frame?key=" + first);
    $("#partner-key-copy").click();
    waitForStatus("Copied.");
    browser.screenshot("admin-partner-key");
    assertThat(searchWith(first)).isEqualTo(200);

    // Rotating with a grace period: a new key shown once, the old one still works.
    new Select($("#partner-rotate-grace")).selectByValue("24");
    $("#partner-rotate").click();
    waitForStatus("A new key was issued.");
    wait.until(d -> !$("#partner-key").getDomProperty("value").equals(first));
    String second = $("#partner-key").getDomProperty("value");
    assertThat($("#partner-previous-key").getText()).startsWith(PartnerKeys.prefix(first) + "…");
    assertThat(searchWith(first)).isEqualTo(200);
    assertThat(searchWith(second)).isEqualTo(200);

    // Revoking asks first; cancelling changes nothing.
    $("#partner-revoke").click();
    wait.until(d -> $("dialog[open] #cancel-revoke")).click();
    wait.until(d -> $$("dialog").isEmpty());
    assertThat(searchWith(second)).isEqualTo(200);
    $("#partner-revoke").click();
    wait.until(d -> $("dialog[open] #confirm-revoke")).click();
    waitForStatus("The key was revoked.");
    wait.until(d -> $("#partner-key-prefix").getText().equals("(revoked)"));
    assertThat($$("#partner-issued")).isEmpty();
    assertThat(searchWith(first)).isEqualTo(401);
    assertThat(searchWith(second)).isEqualTo(401);

    // Back in the list, with its usage and no key.
    $(".admin-listing-head a").click();
    WebElement row = wait.until(d -> $("tr[data-partner='" + id + "']"));
    assertThat(row.getText())
        .contains("Harbour Chamber")
        .contains("(revoked)")
        .contains("Disabled");
    assertThat(driver.getPageSource()).doesNotContain(first).doesNotContain(second);
    browser.screenshot("admin-partners");
    assertNoConsoleErrors();
  }

  @Test
  void anEditorHasNoPartnersScreen() {
    signInAs(EDITOR);
    wait.until(d -> $("#listings-q"));
    assertThat($$("#screens a[data-screen=partners]")).isEmpty();
    driver.get(base() + "/admin?screen=partners");
    wait.until(d -> $("#listings-q"));
    assertThat($$("#partner-name")).isEmpty();
  }

  /**
   * Fails on console errors. The browser logs every 4xx answer as one: the session check before
   * signing in, and the refused origin this test sends on purpose, are tolerated.
   */
  private void assertNoConsoleErrors() {
    List<String> errors =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .filter(m -> !m.matches("(?s).*/api/v1/admin/session - .* 401 .*"))
            .filter(m -> !m.matches("(?s).*/api/v1/admin/partners - .* 400 .*"))
            .toList();
    assertThat(errors).isEmpty();
  }
}
