package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ipnetwork.directory.backend.editing.EditingApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * "Report a correction" end to end in headless Chromium: a visitor reports a wrong phone number in
 * a listing's detail on the public page, an editor applies it from the workplace's queue (the
 * editor opens with the suggested number filled in), the report shows as applied and the history
 * records it. The listing is written through the workplace and removed after the test ({@link
 * EditingApi}).
 */
class CorrectionPagesIT extends WorkplacePages {

  private WebElement focused() {
    return driver.switchTo().activeElement();
  }

  @Test
  void aVisitorReportsAWrongPhoneAndAnEditorAppliesIt() throws IOException {
    Map<String, Object> listing = new LinkedHashMap<>(newListing("FR"));
    String name = "Workplace Test Firm Marchand";
    listing.put("name", Map.of("en", name, "zh", "测试律所"));
    listing.put("contacts", Map.of("phone", "+33 1 40 00 00 00"));
    String id = published(listing);
    String suggested = "+33 1 42 68 53 00";

    // The visitor opens the listing on the public page and reports the phone number.
    driver.get(base() + "/?lang=en&listing=" + id);
    WebElement dialog = wait.until(d -> $("dialog.detail[open]"));
    wait.until(d -> name.equals(dialog.findElement(By.id("detail-title")).getText()));
    WebElement open = dialog.findElement(By.cssSelector(".report-open"));
    assertThat(open.getText()).isEqualTo("Report a correction");
    assertThat(open.getDomAttribute("aria-expanded")).isEqualTo("false");
    open.click();
    WebElement field = wait.until(d -> dialog.findElement(By.cssSelector(".report-form select")));
    assertThat(focused()).isEqualTo(field);
    assertThat(open.getDomAttribute("aria-expanded")).isEqualTo("true");
    // The bots' field: neither seen, nor reached by Tab, nor read out.
    WebElement trap = dialog.findElement(By.cssSelector(".report-form input[name=homepage]"));
    assertThat(trap.getDomAttribute("tabindex")).isEqualTo("-1");
    WebElement trapBox = dialog.findElement(By.cssSelector(".report-trap"));
    assertThat(trapBox.getDomAttribute("aria-hidden")).isEqualTo("true");
    assertThat(trapBox.getRect().getWidth()).isLessThanOrEqualTo(1);
    assertThat(trap.isDisplayed()).isFalse();

    new Select(field).selectByValue("phone");
    WebElement description = dialog.findElement(By.cssSelector(".report-form textarea"));
    description.sendKeys("wrong");
    dialog
        .findElement(By.cssSelector(".report-form input[name=suggestedValue]"))
        .sendKeys(suggested);
    dialog.findElement(By.cssSelector(".report-form button[type=submit]")).click();

    // Refused: the API's message stands under the field, which takes the focus.
    WebElement message =
        wait.until(
            d ->
                dialog.findElement(
                    By.cssSelector(".report-form .field-error[id$='-description-error']")));
    assertThat(message.getText()).isEqualTo("Describe what is wrong in 10 to 2,000 characters.");
    WebElement refused = dialog.findElement(By.cssSelector(".report-form textarea"));
    assertThat(refused.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(refused.getDomAttribute("aria-describedby")).contains(message.getDomAttribute("id"));
    assertThat(focused().getDomAttribute("name")).isEqualTo("description");
    assertThat(
            new Select(dialog.findElement(By.cssSelector(".report-form select")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .as("what was chosen stays")
        .isEqualTo("phone");
    assertThat($(".report-alert").getText()).isEqualTo("Please correct the marked fields.");
    screenshot("correction-report-refused");

    refused.sendKeys(
        Keys.chord(Keys.CONTROL, "a"), "The phone number does not answer; the office moved.");
    // Sent from the keyboard: Enter in a text field submits the form.
    dialog.findElement(By.cssSelector(".report-form input[name=email]")).sendKeys(Keys.ENTER);
    WebElement thanks = wait.until(d -> dialog.findElement(By.cssSelector(".report-thanks")));
    assertThat(thanks.getText()).startsWith("Thank you!");
    assertThat(focused()).isEqualTo(thanks);
    screenshot("correction-report-thanks");
    assertNoConsoleErrors("(?s).*/corrections\\?lang=en - .* 400 .*");

    // An editor finds the report in the queue and applies it.
    signInAs(EDITOR);
    WebElement nav = wait.until(d -> $("#screens a[data-screen='corrections']"));
    wait.until(d -> !nav.findElements(By.cssSelector(".nav-count")).isEmpty());
    nav.click();
    wait.until(d -> d.getCurrentUrl().contains("screen=corrections"));
    WebElement report = wait.until(d -> $(".admin-correction[data-listing='" + id + "']"));
    assertThat(report.getText())
        .contains(name, "Phone", "The phone number does not answer; the office moved.", suggested);
    screenshot("correction-queue");
    report.findElement(By.cssSelector("button.apply")).click();

    wait.until(
        d -> d.getCurrentUrl().contains("view=edit") && d.getCurrentUrl().contains("correction="));
    WebElement phone = wait.until(d -> $("#f-contacts-phone"));
    wait.until(d -> suggested.equals($("#f-contacts-phone").getDomProperty("value")));
    WebElement panel = $(".admin-correction-panel");
    assertThat(panel.getText())
        .contains("Visitor's report", "The phone number does not answer; the office moved.");
    screenshot("correction-apply-editor");
    $("#save-draft").click();
    wait.until(d -> $("#status").getText().equals("Draft saved."));
    WebElement state = wait.until(d -> $("#correction-state"));
    assertThat(state.getText()).startsWith("Applied").contains(EDITOR);
    assertThat(phone).isNotNull();

    // The history records it; the queue lists it as applied.
    $(".admin-tabs a[href*='view=history']").click();
    wait.until(
        d ->
            $$(".admin-history-entry h3").stream()
                .anyMatch(h -> h.getText().startsWith("Applied a visitor's correction")));
    screenshot("correction-history");
    driver.get(base() + "/admin?screen=corrections&state=applied");
    WebElement applied = wait.until(d -> $(".admin-correction[data-listing='" + id + "']"));
    assertThat(applied.getText()).contains("Applied", EDITOR);
    assertThat($(".admin-tabs a[data-state='applied']").getDomAttribute("aria-current"))
        .isEqualTo("page");
    screenshot("correction-queue-applied");
    assertNoConsoleErrors("(?s).*/corrections\\?lang=en - .* 400 .*");
  }

  @Test
  void aReportLinkFromAPartnersWidgetOpensTheListingWithItsForm() {
    // The widget's and the frame's "Report a correction" link (EmbedIT checks they point here).
    driver.get(base() + "/?lang=en&q=Berlin&listing=fx-02&report=1");
    WebElement dialog = wait.until(d -> $("dialog.detail[open]"));
    WebElement field = wait.until(d -> dialog.findElement(By.cssSelector(".report-form select")));
    wait.until(d -> field.equals(focused()));
    assertThat(dialog.findElement(By.cssSelector(".report-open")).getDomAttribute("aria-expanded"))
        .isEqualTo("true");
    // Closed, the listing and the request for its form leave the URL.
    dialog.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    wait.until(d -> $$("dialog.detail[open]").isEmpty());
    wait.until(d -> !d.getCurrentUrl().contains("listing="));
    assertThat(driver.getCurrentUrl()).contains("q=Berlin").doesNotContain("report=");
  }

  @Test
  void anEditorDismissesAReportWithAReason() throws IOException {
    String id = published(newListing("FR"));
    http()
        .post()
        .uri("/api/v1/listings/" + id + "/corrections?lang=zh")
        .header("X-Forwarded-For", "192.0.2.77")
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("field", "closed_or_moved", "description", "这家律所已经搬到里昂了。"))
        .exchange()
        .expectStatus()
        .isCreated();

    signInAs(EDITOR);
    driver.get(base() + "/admin?screen=corrections");
    WebElement report = wait.until(d -> $(".admin-correction[data-listing='" + id + "']"));
    assertThat(report.getText()).contains("Closed or moved", "这家律所已经搬到里昂了。");
    WebElement dismiss = report.findElement(By.cssSelector("button.dismiss"));
    dismiss.click();
    WebElement reason = wait.until(d -> $("dialog[open] #dismiss-reason"));
    assertThat(focused()).isEqualTo(reason);
    // Escape cancels; the focus returns to the button.
    reason.sendKeys(Keys.ESCAPE);
    wait.until(d -> $$("dialog[open]").isEmpty());
    assertThat(focused()).isEqualTo(dismiss);

    dismiss.click();
    wait.until(d -> $("dialog[open] #dismiss-confirm")).click();
    WebElement error = wait.until(d -> $("#dismiss-reason-error"));
    assertThat(error.getText()).isEqualTo("Give a reason for dismissing.");
    assertThat($("#dismiss-reason").getDomAttribute("aria-invalid")).isEqualTo("true");
    screenshot("correction-dismiss");
    $("#dismiss-reason").sendKeys("The office in Paris is still open; checked by phone.");
    $("#dismiss-confirm").click();
    wait.until(d -> $("#status").getText().equals("Report dismissed."));
    wait.until(d -> $$(".admin-correction[data-listing='" + id + "']").isEmpty());
    assertThat(focused().getDomAttribute("id")).isEqualTo("corrections-heading");

    $(".admin-tabs a[data-state='dismissed']").click();
    WebElement dismissed = wait.until(d -> $(".admin-correction[data-listing='" + id + "']"));
    assertThat(dismissed.getText())
        .contains("Dismissed because: The office in Paris is still open; checked by phone.");
    assertNoConsoleErrors("(?s).*/corrections\\?lang=en - .* 400 .*");
  }
}
