package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipnetwork.directory.backend.duplicates.DuplicateFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The workplace's duplicates screen in headless Chromium: a reviewer finds a pair, compares the two
 * listings side by side, keeps the other listing's phone and merges; the merged id then leads to
 * the survivor.
 */
class DuplicatesPageIT extends WorkplacePages {

  @Test
  void aReviewerMergesAPairThroughThePage() {
    DuplicateFixture.listings().stream()
        .filter(l -> String.valueOf(l.get("id")).startsWith("dup-e"))
        .forEach(this::published);

    signInAs(REVIEWER);
    driver.get(base() + "/admin?screen=duplicates&country=DE");
    WebElement pair =
        wait.until(d -> $("li.admin-duplicate[data-left='dup-e1'][data-right='dup-e2']"));
    assertThat(pair.findElement(By.cssSelector("[data-reason='name']")).getText())
        .isEqualTo("Very similar name in Wiesbaden");
    screenshot("admin-duplicates");

    pair.findElement(By.cssSelector("a.compare")).click();
    wait.until(d -> d.getCurrentUrl().contains("left=dup-e1"));
    WebElement phone = wait.until(d -> $("tr.differs[data-field='contacts.phone']"));
    assertThat(phone.getText()).contains("+496115550100", "+496115550200");
    assertThat($$("tr.differs"))
        .extracting(r -> r.getDomAttribute("data-field"))
        .contains("name.en", "contacts.email");
    phone.findElement(By.cssSelector("input[value='right']")).click();
    wait.until(
        d ->
            $("tr.differs[data-field='contacts.phone'] td.chosen")
                .getText()
                .contains("+496115550200"));
    screenshot("admin-duplicates-compare");

    $("#duplicate-merge").click();
    waitForStatus("dup-e2 was merged into dup-e1.");
    wait.until(
        d ->
            $$("li.admin-duplicate[data-left='dup-e1']").isEmpty()
                && !$$("#duplicates-heading").isEmpty());
    assertNoConsoleErrors();

    http()
        .get()
        .uri("/api/v1/listings/dup-e2")
        .exchange()
        .expectStatus()
        .isEqualTo(301)
        .expectHeader()
        .location("/api/v1/listings/dup-e1");
    Answer survivor = get(LISTINGS + "/dup-e1", session(REVIEWER));
    assertThat(survivor.body().at("/published/contacts/phone").asString())
        .isEqualTo("+496115550200");
    assertThat(survivor.body().at("/published/name/en").asString())
        .isEqualTo("Seidel Hartmann Patent Office");
  }
}
