package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ipnetwork.directory.backend.editing.EditingApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The workplace's listing pages in headless Chromium: an editor changes a published listing and
 * submits it, a reviewer reads the diff and publishes it, the public page shows it; a save on a
 * draft changed meanwhile. The listings are written through the workplace and removed after each
 * test ({@link EditingApi}), so the fixture's counts stay as other ITs expect them.
 */
class AdminPagesIT extends WorkplacePages {

  /** A published listing of the workplace with this English name; returns its id. */
  private String publishedNamed(String english) {
    Map<String, Object> listing = new LinkedHashMap<>(newListing("FR"));
    listing.put("name", Map.of("en", english, "zh", "测试律所"));
    return published(listing);
  }

  @Test
  void anEditorChangesAPublishedNameAReviewerPublishesItAndThePublicPageShowsIt() {
    String id = publishedNamed("Workplace Test Firm");
    String renamed = "Lindqvist Harbour Counsel";

    signInAs(EDITOR);
    // The listings screen: search by id, the published row, its badge.
    WebElement q = wait.until(d -> $("#listings-q"));
    q.sendKeys(id, Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("q=" + id));
    WebElement row =
        wait.until(
            d -> $$(".admin-table tbody tr").size() == 1 ? $(".admin-table tbody tr") : null);
    assertThat(row.findElement(By.cssSelector(".badge-published")).getText())
        .isEqualTo("Published");
    screenshot("admin-listings");
    row.findElement(By.cssSelector("a")).click();

    // The edit view: the editor may edit, not review.
    wait.until(d -> d.getCurrentUrl().contains("listing=" + id));
    WebElement name = wait.until(d -> $("#f-name-en"));
    assertThat(name.getDomProperty("value")).isEqualTo("Workplace Test Firm");
    assertThat($$(".admin-tabs a"))
        .extracting(WebElement::getText)
        .containsExactly("Edit", "History");
    name.clear();
    name.sendKeys(renamed);
    $("#save-draft").click();
    waitForStatus("Draft saved.");
    wait.until(d -> !$$(".admin-badges .badge-draft").isEmpty());
    wait.until(d -> d.switchTo().activeElement().getDomAttribute("id").equals("save-draft"));
    $("#submit-draft").click();
    waitForStatus("Submitted for review.");
    wait.until(d -> !$$(".admin-badges .badge-in_review").isEmpty());
    assertThat($$("#save-draft")).as("a draft in review is locked").isEmpty();
    screenshot("admin-submitted");
    assertNoConsoleErrors();
    signOut();

    signInAs(REVIEWER);
    driver.get(base() + "/admin?listing=" + id);
    WebElement diff = wait.until(d -> $("#review-diff tr[data-field='name.en']"));
    assertThat(diff.findElement(By.cssSelector(".diff-before")).getText())
        .isEqualTo("Workplace Test Firm");
    assertThat(diff.findElement(By.cssSelector(".diff-after")).getText()).isEqualTo(renamed);
    assertThat($$(".admin-tabs a"))
        .extracting(WebElement::getText)
        .containsExactly("Review", "History");
    screenshot("admin-review");
    $("#publish").click();
    waitForStatus("Published; the public search shows it.");
    wait.until(d -> $$(".admin-badges .badge-in_review").isEmpty());
    assertThat($("#listing-heading").getText()).isEqualTo(renamed);

    // The history: who did what, newest first, with the English name's change.
    $(".admin-tabs a[href*='view=history']").click();
    wait.until(d -> $$(".admin-history-entry").size() >= 4);
    assertThat($(".admin-history-entry h3").getText()).startsWith("Published");
    assertThat($("body").getText()).contains(renamed);
    assertNoConsoleErrors();

    // The public page shows the new name at once.
    driver.get(base() + "/?q=" + renamed.replace(' ', '+') + "&lang=en");
    wait.until(
        d ->
            $$("ipd-results article.result .result-title").stream()
                .anyMatch(e -> e.getText().contains(renamed)));

    driver.get(base() + "/admin");
    wait.until(d -> $("#who").isDisplayed());
    signOut();
  }

  @Test
  void aSaveOnADraftChangedMeanwhileShowsWhoChangedWhatAndKeepsTheEditorsOnRequest() {
    String id = publishedNamed("Workplace Test Firm");
    Cookies admin = session(ADMIN);
    Map<String, Object> listing = new LinkedHashMap<>(newListing("FR"));
    listing.put("id", id);
    listing.put("name", Map.of("en", "Workplace Test Firm", "zh", "测试律所"));
    Answer opened = create(admin, listing);

    signInAs(EDITOR);
    driver.get(base() + "/admin?listing=" + id + "&view=edit");
    WebElement name = wait.until(d -> $("#f-name-en"));

    // Meanwhile the admin saves another Chinese name.
    listing.put("name", Map.of("en", "Workplace Test Firm", "zh", "港湾律所"));
    assertThat(save(admin, id, opened.etag(), listing).status()).isEqualTo(200);

    name.clear();
    name.sendKeys("Harbour Firm");
    $("#save-draft").click();
    WebElement heading = wait.until(d -> $("#stale-heading"));
    assertThat(driver.switchTo().activeElement()).isEqualTo(heading);
    assertThat($(".admin-conflict").getText()).contains(ADMIN);
    assertThat($$(".admin-conflict tbody th"))
        .extracting(WebElement::getText)
        .containsExactlyInAnyOrder("Chinese name", "English name");
    screenshot("admin-stale");

    $("#keep-mine").click();
    waitForStatus("Draft saved.");
    Answer now = get(LISTINGS + "/" + id, session(REVIEWER));
    assertThat(now.body().at("/draft/listing/name/en").asString()).isEqualTo("Harbour Firm");
    assertThat(now.body().at("/draft/listing/name/zh").asString()).isEqualTo("测试律所");
    assertThat(now.body().at("/draft/workflow/editedBy").asString()).isEqualTo(EDITOR);
  }

  @Test
  void fieldErrorsStandNextToTheirFieldsAndAreAnnounced() {
    String id = publishedNamed("Workplace Test Firm");
    signInAs(EDITOR);
    driver.get(base() + "/admin?listing=" + id);
    WebElement email = wait.until(d -> $("#f-contacts-email"));
    email.sendKeys("not an email");
    $("#save-draft").click();
    WebElement summary = wait.until(d -> $(".admin-error-summary[role=alert]"));
    assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
    WebElement field = $("#f-contacts-email");
    assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
    String error = $("#" + field.getDomAttribute("aria-describedby")).getText();
    assertThat(error).isNotBlank();
    assertThat(summary.getText()).contains("Email");
    // The language switch keeps what was typed.
    $("#lang-switch").click();
    wait.until(d -> $("#save-draft").getText().equals("保存草稿"));
    assertThat($("#f-contacts-email").getDomProperty("value")).isEqualTo("not an email");
    assertThat(get(LISTINGS + "/" + id, session(REVIEWER)).body().at("/draft").isNull()).isTrue();
  }

  @Test
  void aReviewerRejectsWithAReasonAndSuspendsAfterConfirmingAndAnEditorRestoresAVersion() {
    String id = publishedNamed("Workplace Test Firm");
    Cookies editor = session(EDITOR);
    Map<String, Object> listing = new LinkedHashMap<>(newListing("FR"));
    listing.put("id", id);
    listing.put("name", Map.of("en", "Renamed Firm", "zh", "测试律所"));
    Answer opened = create(editor, listing);
    assertThat(action(editor, id, "draft/submit", opened.etag(), null).status()).isEqualTo(200);

    signInAs(REVIEWER);
    driver.get(base() + "/admin?listing=" + id);
    wait.until(d -> $("#reject"));
    // A rejection needs a reason: refused on the page, next to the field.
    $("#reject").click();
    WebElement reason = wait.until(d -> $("#reject-reason[aria-invalid='true']"));
    assertThat($("#reject-reason-error").getText()).isEqualTo("Please give a reason.");
    assertThat(driver.switchTo().activeElement()).isEqualTo(reason);
    reason.sendKeys("Please give the firm's full legal name.");
    $("#reject").click();
    waitForStatus("The draft went back to its editors.");
    wait.until(d -> !$$(".admin-badges .badge-draft").isEmpty());

    // Suspending asks first; cancelling with Escape changes nothing and returns the focus.
    $("#action-suspend").click();
    WebElement cancel = wait.until(d -> $("dialog[open] #cancel-action"));
    assertThat(driver.switchTo().activeElement()).isEqualTo(cancel);
    cancel.sendKeys(Keys.ESCAPE);
    wait.until(d -> $$("dialog").isEmpty());
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("action-suspend");
    $("#action-suspend").click();
    wait.until(d -> $("dialog[open] #confirm-action")).click();
    waitForStatus("The listing is suspended.");
    wait.until(d -> !$$(".admin-badges .badge-suspended").isEmpty());
    assertThat($$("#action-reinstate")).hasSize(1);
    assertThat(
            http()
                .get()
                .uri("/api/v1/listings/" + id)
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .value())
        .isEqualTo(404);
    signOut();

    // The editor sees the reason, and restores a version of another listing from its history.
    signInAs(EDITOR);
    driver.get(base() + "/admin?listing=" + id + "&view=edit");
    wait.until(d -> $(".admin-warning").getText().contains("full legal name"));
    String other = publishedNamed("Another Test Firm");
    driver.get(base() + "/admin?listing=" + other + "&view=history");
    wait.until(d -> $$(".admin-history-entry").size() == 3);
    assertThat($$(".admin-history-entry h3"))
        .extracting(e -> e.getText().split(" · ")[0])
        .containsExactly("Published", "Submitted for review", "Opened a draft");
    $$(".admin-history-entry button.restore").get(0).click();
    waitForStatus("A new draft was opened from this version.");
    wait.until(d -> d.getCurrentUrl().contains("view=edit"));
    wait.until(d -> !$$(".admin-badges .badge-draft").isEmpty());
    assertThat($("#f-name-en").getDomProperty("value")).isEqualTo("Another Test Firm");
    assertNoConsoleErrors();
  }

  @Test
  void aListingIsOneRowAndAStatusChangeOnAVersionChangedMeanwhileSaysWhoChangedIt() {
    String id = publishedNamed("Workplace Test Firm");
    Map<String, Object> listing = new LinkedHashMap<>(newListing("FR"));
    listing.put("id", id);
    listing.put("name", Map.of("en", "Workplace Test Firm", "zh", "测试律所"));
    create(session(EDITOR), listing); // a draft open beside the published copy

    signInAs(REVIEWER);
    // One row for the listing: the published badge, the draft's beside it, its editor.
    WebElement q = wait.until(d -> $("#listings-q"));
    q.sendKeys(id, Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("q=" + id));
    WebElement row =
        wait.until(
            d -> $$(".admin-table tbody tr").size() == 1 ? $(".admin-table tbody tr") : null);
    assertThat(row.findElement(By.cssSelector(".badge-published")).getText())
        .isEqualTo("Published");
    assertThat(row.findElement(By.cssSelector(".badge-pending")).getText()).isEqualTo("Draft");
    assertThat(row.getText()).contains(EDITOR);

    driver.get(base() + "/admin?listing=" + id + "&view=review");
    wait.until(d -> $("#action-archive"));
    // Meanwhile an admin suspends the listing: the archive below is made on an older version.
    assertThat(statusChange(session(ADMIN), id, "suspend").status()).isEqualTo(200);
    $("#action-archive").click();
    wait.until(d -> $("dialog[open] #confirm-action")).click();
    WebElement notice = wait.until(d -> $("#listing-notice"));
    assertThat(notice.getText()).startsWith("The listing was changed by " + ADMIN + " at ");
    assertThat(driver.switchTo().activeElement()).isEqualTo(notice);
    wait.until(d -> !$$(".admin-badges .badge-suspended").isEmpty());
    assertThat($$("#action-reinstate")).as("the listing as it is now").hasSize(1);
  }
}
