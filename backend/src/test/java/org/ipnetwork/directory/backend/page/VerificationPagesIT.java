package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Re-verification in headless Chromium: the workplace's Verification screen lists the due listings
 * (here without mail, so it offers the links as CSV), and a provider, on the page its link opens,
 * switches the language, confirms one listing and proposes a change to another — plain forms, no
 * script of the workplace.
 */
class VerificationPagesIT extends WorkplacePages {

  /**
   * Links for the listings, as the workplace's CSV hands them out (mail is not configured here).
   */
  private Map<String, String> links(List<String> ids) throws Exception {
    byte[] bytes =
        request(HttpMethod.POST, "/api/v1/admin/verification/links.csv", session(EDITOR), true)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("listingIds", ids))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> rows = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    Map<String, String> out = new java.util.HashMap<>();
    rows.subList(1, rows.size()).forEach(r -> out.put(r.get(0), r.get(5)));
    return out;
  }

  @Test
  void theQueueInTheWorkplaceAndTheProviderConfirmingAndProposing() throws Exception {
    Map<String, Object> first = newListing("PT");
    first.put("name", Map.of("en", "Workplace Test Firm Lisboa", "zh", "里斯本测试律所"));
    first.put("contacts", Map.of("email", "office@lisboa.example", "phone", "+351 21 000 0000"));
    first.put("location", Map.of("country", "PT", "city", "Lisbon", "address", "Rua Augusta 1"));
    String confirmed = published(first);
    Map<String, Object> second = newListing("PT");
    second.put("contacts", Map.of("email", "office@porto.example"));
    String proposed = published(second);

    signInAs(EDITOR);
    driver.get(base() + "/admin?screen=verification&country=PT");
    wait.until(d -> !$$("#verification-queue tr[data-id='" + confirmed + "']").isEmpty());
    assertThat($("#verify-mail-off").getText()).contains("Mail is not configured");
    assertThat($("#verify-csv-country").getText())
        .isEqualTo("Links of every due listing in PT as CSV");
    assertThat($("#screens a[data-screen=verification]").getDomAttribute("aria-current"))
        .isEqualTo("page");
    screenshot("verification-queue-en");
    assertNoConsoleErrors();

    Map<String, String> links = links(List.of(confirmed, proposed));

    // Confirm, after switching the page to Chinese and back.
    driver.get(links.get(confirmed) + "?lang=en");
    wait.until(d -> $("h1").getText().equals("Please check your listing"));
    assertThat($("main").getText()).contains("Rua Augusta 1").contains("Portugal");
    screenshot("verification-provider-en");
    $("#switch-lang").click();
    wait.until(d -> $("html").getDomAttribute("lang").equals("zh-CN"));
    assertThat($("h1").getText()).isEqualTo("请核实贵机构的名录信息");
    $("#switch-lang").click();
    wait.until(d -> $("html").getDomAttribute("lang").equals("en"));
    $("#confirm").click();
    wait.until(d -> $("body").getDomAttribute("data-state").equals("confirmed"));
    assertThat($("h1").getText()).isEqualTo("Thank you for confirming");
    assertThat(
            get(LISTINGS + "/" + confirmed, session(EDITOR))
                .body()
                .at("/published/verification/lastVerified")
                .asString())
        .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());

    // Propose: the English name changed, sent with the form.
    driver.get(links.get(proposed) + "?lang=en");
    WebElement nameEn = wait.until(d -> $("#f-nameEn"));
    nameEn.clear();
    nameEn.sendKeys("Workplace Test Firm Porto Renamed");
    driver.findElement(By.id("propose")).click();
    wait.until(d -> $("body").getDomAttribute("data-state").equals("proposed"));
    assertThat($("h1").getText()).isEqualTo("Your changes were sent");
    assertThat(
            get(LISTINGS + "/" + proposed, session(REVIEWER))
                .body()
                .at("/draft/listing/name/en")
                .asString())
        .isEqualTo("Workplace Test Firm Porto Renamed");

    // The link is used now.
    driver.get(links.get(proposed) + "?lang=en");
    wait.until(d -> "used".equals($("body").getDomAttribute("data-reason")));
    assertThat($("h1").getText()).isEqualTo("This link was used already");
  }
}
