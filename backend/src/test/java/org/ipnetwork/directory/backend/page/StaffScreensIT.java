package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.ipnetwork.directory.backend.editing.EditingApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workplace's remaining paths in headless Chromium: the staff accounts screen (add, refuse a
 * short password, reset a password, disable), a new listing from the listings screen to the public
 * search, "take the current version" on a conflict, reinstating and archiving, paging, and the
 * whole workplace in Chinese. Listings are written through the workplace and removed after each
 * test ({@link EditingApi}); accounts get unique addresses.
 */
class StaffScreensIT extends EditingApi {

  private static final String NEW_PASSWORD = "another staff password";

  @LocalServerPort int serverPort;

  private final List<Browser> browsers = new ArrayList<>();

  /** A failed test leaves a screenshot of each of its browsers, taken before they close. */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure =
      context -> {
        if (context.getExecutionException().isPresent()) {
          for (int i = 0; i < browsers.size(); i++) {
            browsers
                .get(i)
                .screenshot("failed-" + context.getRequiredTestMethod().getName() + "-" + i);
          }
        }
      };

  @AfterEach
  void stopBrowsers() {
    browsers.forEach(Browser::close);
    browsers.clear();
  }

  /** One browser (its own profile, so its own session) on the workplace. */
  private final class Page {
    final Browser browser;
    final WebDriver driver;
    final WebDriverWait wait;

    Page() {
      assumeTrue(Browser.available(), "Chromium is not installed at " + Browser.CHROMIUM);
      try {
        browser = new Browser();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      browsers.add(browser);
      driver = browser.driver;
      // Patient: other builds share this machine, and the first page of a run starts cold.
      wait = new WebDriverWait(driver, Duration.ofSeconds(40));
      wait.ignoring(StaleElementReferenceException.class);
    }

    WebElement $(String css) {
      return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> $$(String css) {
      return driver.findElements(By.cssSelector(css));
    }

    void open(String path) {
      driver.get(base() + path);
    }

    /** Signs in through the sign-in page and waits for the workplace. */
    Page signIn(String email, String password) {
      open("/admin");
      wait.until(d -> d.getCurrentUrl().endsWith("/admin/sign-in"));
      wait.until(d -> !$("#sign-in button[type=submit]").getText().isEmpty());
      $("#email").sendKeys(email);
      $("#password").sendKeys(password, Keys.ENTER);
      wait.until(
          d -> d.getCurrentUrl().contains("/admin") && !d.getCurrentUrl().contains("sign-in"));
      wait.until(d -> $("#who").isDisplayed());
      return this;
    }

    Page signIn(String email) {
      return signIn(email, PASSWORD);
    }

    /**
     * "New listing" on the listings screen, once the screen has its filters: until then it is drawn
     * again when the taxonomies arrive.
     */
    void openNewListing() {
      wait.until(d -> $("#listings-q"));
      $("#new-listing").click();
    }

    void signOut() {
      $("#sign-out").click();
      wait.until(d -> d.getCurrentUrl().endsWith("/admin/sign-in"));
    }

    void waitForStatus(String text) {
      wait.until(d -> $("#status").getText().equals(text));
    }

    void select(String css, String value) {
      new Select(wait.until(d -> $(css))).selectByValue(value);
    }

    void type(String css, String text) {
      WebElement field = wait.until(d -> $(css));
      field.clear();
      field.sendKeys(text);
    }

    /** The focused element's id. */
    String focused() {
      return driver.switchTo().activeElement().getDomAttribute("id");
    }

    /** Confirms the open dialog. */
    void confirm() {
      wait.until(d -> $("dialog[open] #cancel-action"));
      assertThat(focused()).as("the dialog opens on Cancel").isEqualTo("cancel-action");
      $("dialog[open] #confirm-action").click();
      wait.until(d -> $$("dialog").isEmpty());
    }

    void screenshot(String name) {
      try {
        browser.screenshot(name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Fails on console errors. The browser logs every 4xx answer as one: the sign-in page's check
     * for a session (401) is tolerated, and so are the answers a test provokes on purpose, named by
     * a pattern of the logged line.
     */
    void assertNoConsoleErrors(String... expected) {
      List<String> errors =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
              .map(LogEntry::getMessage)
              .filter(m -> !m.matches("(?s).*/api/v1/admin/session - .* 401 .*"))
              .filter(m -> java.util.Arrays.stream(expected).noneMatch(m::matches))
              .toList();
      assertThat(errors).isEmpty();
    }
  }

  private org.ipnetwork.directory.staff.StaffAccount account(String email) {
    return admin.find(email).orElseThrow();
  }

  private String base() {
    return "http://localhost:" + serverPort;
  }

  private static String uniqueEmail(String who) {
    return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@ipnetwork.example";
  }

  @Test
  void anAdminAddsAnEditorWhoSignsInAndEndsItsSessionsByAResetAndByDisablingIt() {
    String email = uniqueEmail("new.editor");
    Page admin = new Page().signIn(ADMIN);
    // The navigation offers the accounts screen to an admin.
    WebElement link = admin.wait.until(d -> admin.$("#screens a[data-screen=staff]"));
    assertThat(link.getText()).isEqualTo("Staff accounts");
    link.click();
    admin.wait.until(d -> d.getCurrentUrl().endsWith("/admin?screen=staff"));
    admin.wait.until(d -> !admin.$$(".admin-accounts tbody tr").isEmpty());
    assertThat(admin.$("#screens a[data-screen=staff]").getDomAttribute("aria-current"))
        .isEqualTo("page");
    // An admin cannot disable their own account: no button on their row.
    WebElement own = admin.$(".admin-accounts tr[data-email='" + ADMIN + "']");
    assertThat(own.getText()).contains("(you)");
    assertThat(own.findElements(By.cssSelector("button.switch"))).isEmpty();

    // Add an editor: a short password is refused under its field.
    admin.$("#add-account").click();
    admin.wait.until(d -> "new-account-email".equals(admin.focused()));
    admin.type("#new-account-email", email);
    admin.type("#new-account-name", "Mei Lindqvist");
    admin.select("#new-account-role", "EDITOR");
    admin.type("#new-account-password", "too short");
    admin.$("#create-account").click();
    WebElement error = admin.wait.until(d -> admin.$("#new-account-password-error"));
    assertThat(error.getText()).isEqualTo("the password must have at least 12 characters");
    WebElement password = admin.$("#new-account-password");
    assertThat(password.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(password.getDomAttribute("aria-describedby")).contains("new-account-password-error");
    assertThat(admin.focused()).isEqualTo("new-account-password");
    assertThat(admin.$("#new-account-email").getDomProperty("value")).isEqualTo(email);
    admin.screenshot("admin-staff-weak-password");
    admin.type("#new-account-password", PASSWORD);
    admin.$("#create-account").click();
    admin.waitForStatus("Account " + email + " added.");
    WebElement row =
        admin.wait.until(d -> admin.$(".admin-accounts tr[data-email='" + email + "']"));
    assertThat(row.getText()).contains("Mei Lindqvist", "Editor", "Enabled");
    assertThat(admin.$$("#new-account")).isEmpty();

    // Change its scope to Germany.
    admin.driver.findElement(By.id("change-" + email)).click();
    admin.wait.until(d -> "change-account-heading".equals(admin.focused()));
    admin.select("#change-account-scope-country", "DE");
    admin.$("#save-account").click();
    admin.waitForStatus("Account " + email + " changed.");
    admin.wait.until(
        d ->
            admin
                .$(".admin-accounts tr[data-email='" + email + "']")
                .getText()
                .contains("country: Germany"));
    assertThat(account(email).scope()).containsEntry("country", List.of("DE"));
    admin.screenshot("admin-staff");

    // The editor signs in with it.
    Page editor = new Page().signIn(email);
    assertThat(editor.$("#who-name").getText()).isEqualTo("Mei Lindqvist");
    assertThat(editor.$$("#screens a[data-screen=staff]")).isEmpty();
    editor.wait.until(d -> editor.$("#listings-q"));

    // A new password typed by the admin ends the editor's session: the next request signs in.
    admin.driver.findElement(By.id("change-" + email)).click();
    admin.type("#reset-password-password", "short");
    admin.$("#set-password").click();
    admin.wait.until(d -> admin.$("#reset-password-password-error"));
    assertThat(admin.focused()).isEqualTo("reset-password-password");
    admin.type("#reset-password-password", NEW_PASSWORD);
    admin.$("#set-password").click();
    admin.waitForStatus("New password set for " + email + ".");
    editor.$("#listings-q").sendKeys("Testville", Keys.ENTER);
    editor.wait.until(d -> d.getCurrentUrl().endsWith("/admin/sign-in"));
    editor.signIn(email, NEW_PASSWORD);

    // Disabling asks first; then the editor's next request goes to the sign-in page.
    WebElement disable = admin.driver.findElement(By.id("switch-" + email));
    assertThat(disable.getText()).isEqualTo("Disable");
    disable.click();
    admin.confirm();
    admin.waitForStatus("Account " + email + " disabled.");
    admin.wait.until(
        d ->
            admin
                .$(".admin-accounts tr[data-email='" + email + "']")
                .getText()
                .contains("Disabled"));
    assertThat(account(email).enabled()).isFalse();
    editor.wait.until(d -> editor.$("#listings-q")).sendKeys("Testville", Keys.ENTER);
    editor.wait.until(d -> d.getCurrentUrl().endsWith("/admin/sign-in"));
    editor.open("/admin");
    editor.wait.until(d -> d.getCurrentUrl().endsWith("/admin/sign-in"));

    admin.assertNoConsoleErrors("(?s).*/api/v1/admin/staff.* 400 .*");
    editor.assertNoConsoleErrors("(?s).*/api/v1/admin/listings.* 401 .*");
  }

  @Test
  void anEditorCreatesANewListingAReviewerPublishesItAndThePublicSearchFindsIt() {
    String english = "Oresund Mark Counsel " + UUID.randomUUID().toString().substring(0, 6);
    Page editor = new Page().signIn(EDITOR);
    editor.openNewListing();
    editor.wait.until(d -> d.getCurrentUrl().endsWith("/admin?new=listing"));
    editor.wait.until(d -> editor.$("#save-draft"));
    assertThat(editor.$("#listing-heading").getText()).isEqualTo("New listing");
    assertThat(editor.$$("#f-id")).as("the id is derived by the API").isEmpty();

    // An empty listing is refused field by field, as on edit.
    editor.$("#save-draft").click();
    WebElement summary = editor.wait.until(d -> editor.$(".admin-error-summary[role=alert]"));
    assertThat(editor.focused()).isEqualTo("editor-alert");
    assertThat(summary.getText()).contains("Country");
    assertThat(editor.$("#f-location-country").getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(editor.driver.getCurrentUrl()).endsWith("/admin?new=listing");

    editor.select("#f-kind", "provider");
    editor.select("#f-orgType", "law_firm");
    editor.type("#f-name-en", english);
    editor.type("#f-name-zh", "厄勒商标律所");
    editor.select("#f-location-country", "SE");
    editor.type("#f-location-city", "Malmö");
    editor.$("#f-services-trademark").click();
    editor.screenshot("admin-new-listing");
    editor.$("#save-draft").click();
    editor.waitForStatus("Draft saved.");
    editor.wait.until(
        d -> d.getCurrentUrl().contains("listing=") && d.getCurrentUrl().contains("view=edit"));
    String id = editor.driver.getCurrentUrl().replaceAll(".*listing=([^&]+).*", "$1");
    editor.wait.until(d -> !editor.$$(".admin-badges .badge-draft").isEmpty());
    assertThat(editor.$("#listing-heading").getText()).isEqualTo(english);
    assertThat(editor.$("#f-id").getDomProperty("value")).isEqualTo(id);
    editor.wait.until(d -> editor.$("#submit-draft")).click();
    editor.waitForStatus("Submitted for review.");
    editor.wait.until(d -> !editor.$$(".admin-badges .badge-in_review").isEmpty());
    editor.assertNoConsoleErrors("(?s).*/api/v1/admin/listings - .* 400 .*");

    Page reviewer = new Page().signIn(REVIEWER);
    reviewer.open("/admin?listing=" + id);
    reviewer.wait.until(d -> reviewer.$("#publish")).click();
    reviewer.waitForStatus("Published; the public search shows it.");
    reviewer.assertNoConsoleErrors();

    reviewer.open("/?q=" + english.replace(' ', '+') + "&lang=en");
    reviewer.wait.until(
        d ->
            reviewer.$$("ipd-results article.result .result-title").stream()
                .anyMatch(e -> e.getText().contains(english)));
  }

  @Test
  void aScopedEditorsNewListingStartsInsideItsScope() {
    Page editor = new Page().signIn(SCOPED_EDITOR);
    editor.openNewListing();
    Select country = new Select(editor.wait.until(d -> editor.$("#f-location-country")));
    assertThat(country.getFirstSelectedOption().getDomProperty("value")).isEqualTo("DE");
    assertThat(country.getOptions())
        .extracting(o -> o.getDomProperty("value"))
        .as("only the scope's countries, and none")
        .containsExactly("", "DE");
    editor.assertNoConsoleErrors();
  }

  @Test
  void onAConflictTheEditorTakesTheCurrentVersion() {
    Map<String, Object> listing = new LinkedHashMap<>(newListing("FR"));
    String id = (String) listing.get("id");
    listing.put("name", Map.of("en", "Conflict Test Firm", "zh", "测试律所"));
    Cookies other = session(ADMIN);
    Answer opened = create(other, listing);

    Page editor = new Page().signIn(EDITOR);
    editor.open("/admin?listing=" + id + "&view=edit");
    WebElement name = editor.wait.until(d -> editor.$("#f-name-en"));

    // Meanwhile an admin saves another Chinese name.
    listing.put("name", Map.of("en", "Conflict Test Firm", "zh", "港湾律所"));
    assertThat(save(other, id, opened.etag(), listing).status()).isEqualTo(200);

    name.clear();
    name.sendKeys("Harbour Firm");
    editor.$("#save-draft").click();
    editor.wait.until(d -> editor.$("#stale-heading"));
    editor.$("#take-theirs").click();
    editor.waitForStatus("The current version is loaded.");
    assertThat(editor.$$("#stale-heading")).isEmpty();
    assertThat(editor.$("#f-name-zh").getDomProperty("value")).isEqualTo("港湾律所");
    assertThat(editor.$("#f-name-en").getDomProperty("value")).isEqualTo("Conflict Test Firm");
    // Saving now lands on the current version.
    editor.type("#f-location-city", "Lyon");
    editor.$("#save-draft").click();
    editor.waitForStatus("Draft saved.");
    Answer now = get(LISTINGS + "/" + id, session(REVIEWER));
    assertThat(now.body().at("/draft/listing/name/zh").asString()).isEqualTo("港湾律所");
    assertThat(now.body().at("/draft/listing/location/city").asString()).isEqualTo("Lyon");
    editor.assertNoConsoleErrors("(?s).*/draft - .* 412 .*");
  }

  @Test
  void aReviewerSuspendsReinstatesAndArchivesAfterConfirming() {
    Map<String, Object> listing = new LinkedHashMap<>(newListing("FR"));
    String id = published(listing);
    Page reviewer = new Page().signIn(REVIEWER);
    reviewer.open("/admin?listing=" + id);
    reviewer.wait.until(d -> reviewer.$("#action-suspend")).click();
    reviewer.confirm();
    reviewer.waitForStatus("The listing is suspended.");
    reviewer.wait.until(d -> !reviewer.$$(".admin-badges .badge-suspended").isEmpty());

    reviewer.$("#action-reinstate").click();
    reviewer.confirm();
    reviewer.waitForStatus("The listing is published again.");
    reviewer.wait.until(d -> !reviewer.$$(".admin-badges .badge-published").isEmpty());
    assertThat(
            http()
                .get()
                .uri("/api/v1/listings/" + id)
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .value())
        .isEqualTo(200);

    reviewer.$("#action-archive").click();
    reviewer.confirm();
    reviewer.waitForStatus("The listing is archived.");
    reviewer.wait.until(d -> !reviewer.$$(".admin-badges .badge-archived").isEmpty());
    assertThat(reviewer.$$("#action-reinstate")).isEmpty();
    assertThat(reviewer.$$("#action-archive")).isEmpty();
    reviewer.screenshot("admin-archived");
    reviewer.assertNoConsoleErrors();
  }

  @Test
  void theListingsScreenPagesAndTheUrlHoldsThePage() {
    // 23 drafts in one city: two pages of 20.
    Cookies editorSession = session(EDITOR);
    for (int i = 0; i < 23; i++) {
      Map<String, Object> listing = new LinkedHashMap<>(newListing("FR"));
      listing.put("location", Map.of("country", "FR", "city", "Pagingville"));
      create(editorSession, listing);
    }
    Page editor = new Page().signIn(EDITOR);
    editor.wait.until(d -> editor.$("#listings-q")).sendKeys("Pagingville", Keys.ENTER);
    editor.wait.until(d -> d.getCurrentUrl().endsWith("/admin?q=Pagingville"));
    editor.wait.until(d -> editor.$$(".admin-table tbody tr").size() == 20);
    assertThat(editor.$(".admin-pager").getText()).contains("Page 1 of 2");
    List<String> first = ids(editor);

    editor.$(".admin-pager a").click();
    editor.wait.until(d -> d.getCurrentUrl().endsWith("/admin?q=Pagingville&page=2"));
    editor.wait.until(d -> editor.$$(".admin-table tbody tr").size() == 3);
    assertThat(editor.$(".admin-pager").getText()).contains("Page 2 of 2").contains("Previous");
    assertThat(ids(editor)).doesNotContainAnyElementsOf(first);
    editor.screenshot("admin-listings-page-2");

    // The URL holds the page: opened afresh, and Back.
    editor.open("/admin?q=Pagingville&page=2");
    editor.wait.until(d -> editor.$$(".admin-table tbody tr").size() == 3);
    assertThat(editor.$("#listings-q").getDomProperty("value")).isEqualTo("Pagingville");
    editor.driver.findElement(By.linkText("Previous")).click();
    editor.wait.until(d -> d.getCurrentUrl().endsWith("/admin?q=Pagingville"));
    editor.wait.until(d -> editor.$$(".admin-table tbody tr").size() == 20);
    editor.driver.navigate().back();
    editor.wait.until(d -> d.getCurrentUrl().endsWith("page=2"));
    editor.wait.until(d -> editor.$$(".admin-table tbody tr").size() == 3);
    editor.assertNoConsoleErrors();
  }

  private static List<String> ids(Page page) {
    return page.$$(".admin-table tbody td.admin-id").stream().map(WebElement::getText).toList();
  }

  @Test
  void theWholeWorkplaceWorksInChinese() {
    Page editor = new Page().signIn(EDITOR);
    editor.wait.until(d -> editor.$("#listings-q"));
    editor.$("#lang-switch").click();
    editor.wait.until(d -> editor.$("#new-listing").getText().equals("新建机构"));
    assertThat(editor.$("label[for=listings-q]").getText()).isEqualTo("编号、名称或城市");
    assertThat(editor.$("#lang-switch").getText()).isEqualTo("English");

    editor.openNewListing();
    editor.wait.until(d -> editor.$("#save-draft").getText().equals("保存草稿"));
    assertThat(editor.$("#listing-heading").getText()).isEqualTo("新建机构");
    String chinese = "慕尼黑湾知识产权事务所";
    editor.select("#f-kind", "provider");
    editor.select("#f-orgType", "law_firm");
    editor.type("#f-name-zh", chinese);
    editor.type("#f-name-en", "Munich Bay IP Office");
    editor.select("#f-location-country", "DE");
    editor.type("#f-location-city", "Munich");
    editor.type("#f-location-cityZh", "慕尼黑");
    editor.$("#f-services-trademark").click();
    editor.$("#save-draft").click();
    editor.waitForStatus("草稿已保存。");
    editor.wait.until(d -> d.getCurrentUrl().contains("view=edit"));
    // The listing's own screen, once it has read the draft.
    editor.wait.until(d -> !editor.$$(".admin-badges .badge-draft").isEmpty());
    assertThat(editor.$("#listing-heading").getText()).isEqualTo(chinese);
    editor.screenshot("admin-new-listing-zh");

    // Found in the listings search by its Chinese name, shown in Chinese.
    editor.$(".admin-back").click();
    editor.wait.until(d -> editor.$("#listings-q")).sendKeys(chinese, Keys.ENTER);
    editor.wait.until(
        d ->
            editor.$$(".admin-table tbody tr th a").stream()
                .anyMatch(a -> a.getText().equals(chinese)));
    assertThat(editor.$(".admin-table thead").getText()).contains("名称");
    assertThat(editor.$(".admin-table tbody tr").getText()).contains("草稿");
    editor.screenshot("admin-listings-zh");
    editor.assertNoConsoleErrors();

    // An admin's accounts screen in Chinese.
    editor.signOut();
    Page admin = editor.signIn(ADMIN);
    admin.wait.until(d -> admin.$("#screens a[data-screen=staff]").getText().equals("员工账户"));
    admin.$("#screens a[data-screen=staff]").click();
    admin.wait.until(d -> !admin.$$(".admin-accounts tbody tr").isEmpty());
    assertThat(admin.$("#staff-heading").getText()).isEqualTo("员工账户");
    assertThat(admin.$("#add-account").getText()).isEqualTo("添加账户");
    assertThat(admin.$(".admin-accounts tr[data-email='" + ADMIN + "']").getText())
        .contains("管理员", "已启用");
    admin.screenshot("admin-staff-zh");
    admin.assertNoConsoleErrors();
  }
}
