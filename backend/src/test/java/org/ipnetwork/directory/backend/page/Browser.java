package org.ipnetwork.directory.backend.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium driven through ChromeDriver, with a throw-away profile, for the browser tests
 * of any application context. Screenshots go to target/screenshots/ for review.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** A navigation still unanswered after this is tried once more ({@link PatientChromeDriver}). */
  static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(40);

  final WebDriver driver;
  final WebDriverWait wait;
  private final Path profile;

  /** Whether Chromium is installed; browser tests are skipped without it (CI installs it). */
  static boolean available() {
    return Files.isExecutable(CHROMIUM);
  }

  Browser() throws IOException {
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=zh-CN",
        "--window-size=1366,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // Navigation returns once the document is parsed, not after every subresource: the tests wait
    // for what they need anyway, and on a loaded build machine headless Chromium has been seen to
    // never report "load" for a page whose resources had all been answered.
    options.setPageLoadStrategy(PageLoadStrategy.EAGER);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new PatientChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    // Components re-render on every answer: an element read mid-render may be replaced.
    wait.ignoring(StaleElementReferenceException.class);
  }

  /**
   * A navigation that ChromeDriver has not seen end within {@link #PAGE_LOAD_TIMEOUT} is stopped
   * and tried once more. On the shared 2-core build machine, headless Chromium has been seen to
   * leave a navigation to a page whose every resource had been answered unreported for the full 300
   * s default, which failed the whole build; a second try of the same navigation works.
   */
  static final class PatientChromeDriver extends ChromeDriver {

    PatientChromeDriver(ChromeDriverService service, ChromeOptions options) {
      super(service, options);
    }

    @Override
    public void get(String url) {
      try {
        super.get(url);
      } catch (TimeoutException first) {
        executeScript("window.stop();");
        super.get(url);
      }
    }
  }

  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  @Override
  public void close() {
    driver.quit();
    FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
