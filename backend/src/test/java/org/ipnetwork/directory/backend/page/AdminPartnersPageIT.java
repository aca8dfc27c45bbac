package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.ipnetwork.directory.partner.PartnerKeys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The workplace's partners screen in headless Chromium: an admin creates a partner, sees its key
 * once with the snippets, rotates it with a grace period and revokes it after confirming, each key
 * tried on the public search; an editor has no partners screen.
 */
class AdminPartnersPageIT extends WorkplacePages {

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
    assertNoConsoleErrors("(?s).*/api/v1/admin/partners - .* 400 .*");
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
}
