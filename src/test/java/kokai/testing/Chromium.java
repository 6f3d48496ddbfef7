package kokai.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.CommandPayload;
import org.openqa.selenium.remote.DriverCommand;
import org.openqa.selenium.remote.Response;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts the system's Debian chromium headless through its chromedriver, never downloading a
 * browser or driver, with a fresh profile that is deleted on {@link #close()}. One per test class:
 *
 * <pre>{@code
 * try (Chromium chromium = Chromium.start()) {
 *   chromium.driver().get(url);
 * }
 * }</pre>
 */
public final class Chromium implements AutoCloseable {
  public static final Path BROWSER = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Whether this machine has the browser and driver; tests assume it. */
  public static boolean available() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  public static Chromium start() {
    try {
      Path profile = Files.createTempDirectory("kokai-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BROWSER.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--user-data-dir=" + profile);
      // The pages' console messages, which a test reads with driver().manage().logs().get(LogType.BROWSER).
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(DRIVER.toFile())
          .usingAnyFreePort()
          .withLogFile(new File("/dev/null"))
          .build();
      ChromeDriver driver = driver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      return new Chromium(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A driver whose navigations (open, back, forward, reload) return once the page has loaded.
   * Chromium 150's driver can answer a navigation when the page is parsed but its stylesheet not
   * yet applied (readyState "interactive"): here, 2 of 200 sheet pages opened from disk, which a
   * test then measured without their styles. Every test's driver comes from here.
   */
  public static ChromeDriver driver(ChromeDriverService service, ChromeOptions options) {
    return new ChromeDriver(service, options) {
      @Override
      protected Response execute(CommandPayload payload) {
        Response response = super.execute(payload);
        if (NAVIGATIONS.contains(payload.getName())) {
          new WebDriverWait(this, Duration.ofSeconds(20))
              .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        }
        return response;
      }
    };
  }

  private static final Set<String> NAVIGATIONS =
      Set.of(DriverCommand.GET, DriverCommand.GO_BACK, DriverCommand.GO_FORWARD, DriverCommand.REFRESH);

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A profile left in the temporary folder is harmless.
    }
  }
}
