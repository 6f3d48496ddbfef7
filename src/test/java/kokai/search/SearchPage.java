package kokai.search;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page as the browser tests drive it: a query typed into its form and submitted, the
 * search waited for (search.js sets {@code kokaiSearch.timing} once every snippet is in), and the
 * sheets its results link to, as {@link SearchTruth#expected} names them ("2022/088").
 */
final class SearchPage {
  private SearchPage() {}

  /** Searches for {@code query} through the page's form, as a reader refining a query does, and waits for the results. */
  static void submit(ChromeDriver driver, String query) {
    driver.executeScript("window.kokaiSearch.timing = null;"
        + " document.getElementById('search-q').value = arguments[0];"
        + " document.getElementById('search-form').requestSubmit();", query);
    waitForResults(driver);
  }

  /** Waits until the search of the page has drawn its results and their snippets. */
  static void waitForResults(ChromeDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(10))
        .until(d -> driver.executeScript("return window.kokaiSearch && window.kokaiSearch.timing") != null);
  }

  /** The sheets listed, in order. */
  static List<String> shown(WebDriver driver) {
    return driver.findElements(By.cssSelector("#search-results li a")).stream()
        .map(a -> sheetOf(a.getAttribute("href")))
        .toList();
  }

  /** "2022/088" from a link to the sheet's page, over http:// or from file://. */
  static String sheetOf(String href) {
    return href.replaceAll("/index\\.html$", "/").replaceAll("^.*/(\\d{4}/[^/]+)/$", "$1");
  }
}
