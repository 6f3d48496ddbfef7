package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kokai.load.ContentLoader;
import kokai.model.Sheet;
import kokai.testing.Chromium;
import kokai.testing.ServedSite;
import kokai.testing.StaticServer;
import kokai.testutil.Trees;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page's behaviour over a small site written here: ranking by where a word occurs,
 * paging with the keyboard, filters, and content that tries to inject markup.
 */
class SearchPageTest {
  private static final String SITE = """
      title: テスト市 事務事業評価
      city: テスト市
      license: {name: テスト市データ利用規約, url: "https://example.jp/terms/"}
      departmentSlugs: {総務部: general-affairs, 教育局: education, "国際  交流部": international}
      """;
  private static final String SHEET = """
      fiscalYear: %d
      id: "%s"
      title: '%s'
      organization: {department: %s, division: %s}
      sdgs: [%d]
      overview: {target: %s, purpose: '%s'}
      direction: {decision: %s}
      """;
  private static final String TOGETHER = "公園を清掃する。" + "緑".repeat(80) + "公園の遊具を点検する。" + "緑".repeat(80)
      + "遊具と公園を塗り替える。";
  private static final String CUT_NOWHERE = "㈱" + "緑".repeat(28) + "目印" + "緑".repeat(67) + "㈱";
  private static final String CUT_NOWHERE_PAIRS = "𠮷" + "緑".repeat(29) + "目途" + "緑".repeat(67) + "𠮷";
  private static final String CUT_BOTH = "前㈱" + "緑".repeat(27) + "目安" + "緑".repeat(67) + "㈱後";
  private static final String ATTACK = "<img src=x onerror=\"window.injected=1\">図書館";

  @TempDir static Path dir;
  static List<Sheet> sheets;
  @AutoClose static ServedSite served;
  static StaticServer server;
  static Chromium chromium;

  @BeforeAll
  static void build() throws Exception {
    assumeTrue(Chromium.available(), "chromium and chromedriver are not installed");
    Path content = dir.resolve("content");
    Files.createDirectories(content);
    Files.writeString(content.resolve("site.yaml"), SITE);
    for (int i = 1; i <= 14; i++) {
      int year = 2021 + i % 2;
      String id = String.format("%03d", i);
      // Titles, overviews or only the division mention 図書館, so all three zones rank.
      String title = i == 1 ? ATTACK : i % 3 == 0 ? "図書館運営事業" + i : "事業" + i;
      String purpose = i % 3 == 1 ? "市立図書館の利用を促す。" : "市民サービスの向上。";
      // A word in each of two fields of one zone, for the snippets of several words.
      String target = i % 3 == 1 ? "市民と来館者" : "null";
      String division = i % 3 == 2 ? "図書館課" : "総務課";
      Path f = content.resolve("sheets/" + year + "/" + id + ".yaml");
      Files.createDirectories(f.getParent());
      Files.writeString(f, SHEET.formatted(year, id, title.replace("'", "''"), i / 2 % 2 == 0 ? "教育局" : "総務部",
          division, 1 + i % 4, target, purpose, i % 3 == 0 ? "改善" : "継続"));
    }
    // A sheet without an overview: its snippet comes from the rest.
    Files.writeString(content.resolve("sheets/2022/015.yaml"), """
        fiscalYear: 2022
        id: "015"
        title: 資料整備事業
        organization: {department: 教育局, division: 総務課}
        direction: {decision: 継続}
        """);
    // A department whose name has a run of spaces, which an option's text alone would submit
    // collapsed; a direction written with blanks around it, which its listing and option name without.
    Files.writeString(content.resolve("sheets/2021/020.yaml"), """
        fiscalYear: 2021
        id: "020"
        title: 国際交流事業
        organization: {department: '国際  交流部', division: 総務課}
        overview: {purpose: 海外の都市と交流する。}
        direction: {decision: ' 継続 '}
        """);
    // Two words apart at first, then together, then together again: the snippet shows them where
    // they first come together.
    Files.writeString(content.resolve("sheets/2021/031.yaml"), """
        fiscalYear: 2021
        id: "031"
        title: 緑地管理事業
        organization: {department: 総務部, division: 総務課}
        overview: {purpose: %s}
        direction: {decision: 継続}
        """.formatted(TOGETHER));
    // ㈱ (three units shown, one written) or 𠮷 (two units) at both ends of a field, where a
    // snippet's 30 units before its word and 70 after end inside them: widened to whole
    // characters, the snippet shows the field from its start to its end. The third sheet's field
    // has text beyond ㈱ on both sides, which the snippet leaves out.
    for (String[] s : new String[][] {{"032", CUT_NOWHERE}, {"033", CUT_NOWHERE_PAIRS}, {"034", CUT_BOTH}}) {
      Files.writeString(content.resolve("sheets/2022/" + s[0] + ".yaml"), """
          fiscalYear: 2022
          id: "%s"
          title: 記録保存事業%s
          organization: {department: 総務部, division: 総務課}
          overview: {purpose: %s}
          direction: {decision: 継続}
          """.formatted(s[0], s[0], s[1]));
    }
    var loaded = new ContentLoader().load(content);
    assertThat(loaded.diagnostics()).isEmpty();
    sheets = loaded.content().orElseThrow().sheets();
    SearchSite.build(content, dir.resolve("site"));
    served = ServedSite.start(dir.resolve("site"));
    server = served.server();
    chromium = served.chromium();
  }

  @Test
  void ranksByZoneThenPagesByKeyboardAndNeverRunsContent() {
    var driver = chromium.driver();
    driver.get(server.url("search/?q=図書館"));
    waitForResults();
    List<String> expected = SearchTruth.expected(sheets, "図書館", Map.of());
    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(shown()).isEqualTo(expected.subList(0, 10));
    WebElement more = driver.findElement(By.id("search-more"));
    assertThat(more.isDisplayed()).isTrue();
    more.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> shown().size() == expected.size());
    assertThat(shown()).isEqualTo(expected);
    assertThat(more.isDisplayed()).isFalse();
    // The keyboard goes on from the first new result, not from the top of the page, where the
    // button would leave it as it goes.
    assertThat(driver.switchTo().activeElement().getAttribute("href"))
        .isEqualTo(driver.findElements(By.cssSelector("#search-results li a")).get(10).getAttribute("href"));
    assertThat(driver.executeScript("return window.injected === undefined && !document.querySelector('#search-results img')"))
        .isEqualTo(true);
    assertThat(driver.findElement(By.cssSelector("#search-results")).getText()).contains("<img src=x");
  }

  /** The search page's buttons answer the pointer as every other button of the site does. */
  @Test
  void itsButtonsDarkenUnderThePointerAsEveryButtonDoes() {
    var driver = chromium.driver();
    driver.get(server.url("search/?q=図書館"));
    waitForResults();
    for (WebElement button : List.of(driver.findElement(By.cssSelector(".search-page-form button[type=submit]")),
        driver.findElement(By.id("search-more")))) {
      new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
      String resting = button.getCssValue("background-color");
      new Actions(driver).moveToElement(button).perform();
      assertThat(button.getCssValue("background-color")).as(button.getText()).isNotEqualTo(resting);
    }
  }

  /** "More" pressed again before its page is drawn adds that page once: no result is listed twice. */
  @Test
  void morePressedTwiceAtOnceAddsItsPageOnce() {
    var driver = chromium.driver();
    driver.get(server.url("search/?q=図書館"));
    waitForResults();
    driver.executeScript("const more = document.getElementById('search-more'); more.click(); more.click();");
    WebElement more = driver.findElement(By.id("search-more"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !more.isDisplayed());
    assertThat(shown()).isEqualTo(SearchTruth.expected(sheets, "図書館", Map.of()));
  }

  /**
   * A reader who pages on, opens a result and comes back (or reloads) finds as many results as
   * before, not only the first page: over http:// and from disk, where no page is kept in memory.
   */
  @ParameterizedTest
  @ValueSource(strings = {"http", "file"})
  void backFromAResultShowsAsManyResultsAsBefore(String scheme) {
    var driver = chromium.driver();
    List<String> expected = SearchTruth.expected(sheets, "図書館", Map.of());
    pagedToTheEnd(scheme, expected);
    driver.findElements(By.cssSelector("#search-results li a")).get(expected.size() - 1).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("search/"));
    driver.navigate().back();
    waitForResults();
    assertThat(shown()).isEqualTo(expected);
    driver.navigate().refresh();
    waitForResults();
    assertThat(shown()).isEqualTo(expected);
  }

  /**
   * Each query typed into the form is an entry of the browser's history: Back and Forward go
   * between the queries, each with its words in the box and its results, over http:// and from disk.
   */
  @ParameterizedTest
  @ValueSource(strings = {"http", "file"})
  void backAndForwardGoBetweenTheQueriesTyped(String scheme) {
    var driver = chromium.driver();
    String page = scheme.equals("http") ? server.url("search/") : dir.resolve("site/search/index.html").toUri().toString();
    driver.get(page + "?q=" + URLEncoder.encode("図書館", StandardCharsets.UTF_8));
    waitForResults();
    SearchPage.submit(driver, "市民");
    SearchPage.submit(driver, "利用");

    // The same page: its search runs again, and says when it is done.
    Runnable again = () -> driver.executeScript("window.kokaiSearch.timing = null;");
    again.run();
    driver.navigate().back();
    waitForResults();
    assertThat(driver.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("市民");
    assertThat(shown()).isEqualTo(firstPage(SearchTruth.expected(sheets, "市民", Map.of())));
    again.run();
    driver.navigate().back();
    waitForResults();
    assertThat(driver.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("図書館");
    assertThat(shown()).isEqualTo(firstPage(SearchTruth.expected(sheets, "図書館", Map.of())));
    again.run();
    driver.navigate().forward();
    waitForResults();
    assertThat(driver.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("市民");
    assertThat(driver.getCurrentUrl()).contains("q=" + URLEncoder.encode("市民", StandardCharsets.UTF_8));
  }

  /**
   * A link within the page (the skip link to #main) makes an entry of the history, and Back and
   * Forward over it tell the page as they do between searches: the results a reader paged to stay
   * as they are, not searched again down to their first page, over http:// and from disk; and
   * reloading the entry the link made shows as many results again.
   */
  @ParameterizedTest
  @ValueSource(strings = {"http", "file"})
  void aLinkWithinThePageKeepsTheResultsShown(String scheme) {
    var driver = chromium.driver();
    List<String> expected = SearchTruth.expected(sheets, "図書館", Map.of());
    String address = pagedToTheEnd(scheme, expected);
    driver.executeScript("window.drawn = document.querySelector('#search-results li');"
        + " document.querySelector('.skip-link').click();");
    assertThat(driver.getCurrentUrl()).isEqualTo(address + "#main");
    driver.navigate().back();
    assertThat(driver.getCurrentUrl()).isEqualTo(address);
    driver.navigate().forward();
    assertThat(driver.getCurrentUrl()).isEqualTo(address + "#main");
    assertThat(driver.executeScript("return window.drawn.isConnected;")).as("the results drawn are still shown").isEqualTo(true);
    assertThat(shown()).isEqualTo(expected);
    driver.navigate().refresh();
    waitForResults();
    assertThat(driver.getCurrentUrl()).isEqualTo(address + "#main");
    assertThat(shown()).as("reloaded").isEqualTo(expected);
  }

  /**
   * Searches 図書館 over {@code scheme} (http or file) and pages on until all of {@code expected}
   * is shown; returns the search's address.
   */
  private static String pagedToTheEnd(String scheme, List<String> expected) {
    var driver = chromium.driver();
    String page = scheme.equals("http") ? server.url("search/") : dir.resolve("site/search/index.html").toUri().toString();
    String address = page + "?q=" + URLEncoder.encode("図書館", StandardCharsets.UTF_8);
    driver.get(address);
    waitForResults();
    driver.findElement(By.id("search-more")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> shown().size() == expected.size());
    return address;
  }

  private static List<String> firstPage(List<String> all) {
    return all.subList(0, Math.min(10, all.size()));
  }

  /**
   * An address whose query has a line break (a link made from text of several lines) searches
   * its words, and the box shows them as words too: a search box drops line breaks from what it
   * is given, so the query submitted again, with a filter added, would be the words run together.
   */
  @Test
  void aLineBreakInALinksQueryStaysBetweenWordsInTheBox() {
    var driver = chromium.driver();
    String query = "市民\r\n利用";
    driver.get(server.url("search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    waitForResults();
    List<String> expected = SearchTruth.expected(sheets, query, Map.of());
    assertThat(shown()).isEqualTo(expected).isNotEmpty();
    assertThat(SearchText.words(driver.findElement(By.id("search-q")).getAttribute("value"))).containsExactly("市民", "利用");
    driver.executeScript("window.kokaiSearch.timing = null; document.getElementById('search-form').requestSubmit();");
    waitForResults();
    assertThat(shown()).isEqualTo(expected);
  }

  /**
   * A snippet whose words are together from the first match of any of them, over two fields,
   * starts at that match, whatever their order in the query.
   */
  @ParameterizedTest
  @ValueSource(strings = {"利用 市民", "市民 利用"})
  void aSnippetStartsAtTheFirstMatchOfAnyWord(String query) {
    chromium.driver().get(server.url("search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    waitForResults();
    assertThat(shown()).isEqualTo(SearchTruth.expected(sheets, query, Map.of())).isNotEmpty();
    assertThat(chromium.driver().findElements(By.cssSelector(".search-result-snippet")).stream().map(WebElement::getText))
        .allSatisfy(snippet -> assertThat(snippet).startsWith("市民と来館者"));
  }

  /**
   * With several words, a snippet shows where the words come together in the text, not the first
   * match of any one of them: the earliest window that holds the most of the words.
   */
  @ParameterizedTest
  @ValueSource(strings = {"公園 遊具", "遊具 公園"})
  void aSnippetShowsTheWordsWhereTheyAreTogether(String query) {
    chromium.driver().get(server.url("search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    waitForResults();
    assertThat(shown()).containsExactly("2021/031");
    WebElement snippet = chromium.driver().findElement(By.cssSelector(".search-result-snippet"));
    assertThat(snippet.getText()).isEqualTo("…" + "緑".repeat(30) + "公園の遊具を点検する。" + "緑".repeat(59) + "…");
    assertThat(snippet.findElements(By.tagName("mark")).stream().map(WebElement::getText)).containsExactly("公園", "遊具");
  }

  /**
   * "…" says that text is left out, and only then: a snippet whose 30 units before its word begin
   * inside ㈱ or 𠮷 at the field's start, and whose 70 after end inside one at its end, shows the
   * whole field without one; the same with text beyond ㈱ on both sides has both.
   */
  @ParameterizedTest
  @CsvSource({"目印, 2022/032", "目途, 2022/033", "目安, 2022/034"})
  void anEllipsisOnlyWhereTextIsLeftOut(String query, String sheet) {
    chromium.driver().get(server.url("search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    waitForResults();
    assertThat(shown()).containsExactly(sheet);
    String purpose = sheet(sheet).overview().purpose();
    assertThat(chromium.driver().findElement(By.cssSelector(".search-result-snippet")).getText())
        .isEqualTo(purpose.equals(CUT_BOTH) ? "…" + CUT_BOTH.substring(1, CUT_BOTH.length() - 1) + "…" : purpose);
  }

  /** A query that matches a sheet's number is marked in it, as in the title. */
  @Test
  void theNumberIsMarkedWhereTheQueryMatchesIt() {
    chromium.driver().get(server.url("search/?q=01"));
    waitForResults();
    assertThat(shown()).isEqualTo(SearchTruth.expected(sheets, "01", Map.of())).isNotEmpty();
    assertThat(chromium.driver().findElements(By.cssSelector(".search-result-number mark")).stream().map(WebElement::getText))
        .hasSize(shown().size()).containsOnly("01");
  }

  /**
   * A result is drawn from its small metadata file: served without the text files, the results are
   * all there with number, title, year and department, only without snippets. With them, each
   * result gets its snippet, and the word is marked where it matched.
   */
  @Test
  void resultsAreDrawnBeforeTheirTextsAndSnippetsFollowHighlighted() throws Exception {
    var driver = chromium.driver();
    List<String> expected = SearchTruth.expected(sheets, "図書館", Map.of()).subList(0, 10);
    try (StaticServer bare = servedWithout("without-texts", DocumentFiles.TEXT, DocumentFiles.OVERVIEW)) {
      driver.get(bare.url("search/?q=図書館"));
      waitForResults();
      assertThat(shown()).isEqualTo(expected);
      List<WebElement> items = driver.findElements(By.cssSelector("#search-results li"));
      for (int i = 0; i < items.size(); i++) {
        Sheet s = sheet(expected.get(i));
        WebElement title = items.get(i).findElement(By.cssSelector(".search-result-title"));
        // What is seen; a screen reader hears the fiscal year too, which the title of a project's other years shares.
        assertThat(((JavascriptExecutor) driver).executeScript("var c = arguments[0].cloneNode(true);"
            + " c.querySelectorAll('.vh').forEach(function (x) { x.remove(); }); return c.textContent;", title))
            .isEqualTo(s.id() + " " + s.title());
        assertThat(title.findElement(By.cssSelector("a .vh")).getAttribute("textContent"))
            .isEqualTo(" " + s.year().japanese() + " (" + s.fiscalYear() + ")");
        assertThat(items.get(i).findElement(By.cssSelector(".search-result-meta")).getText())
            .contains(s.year().japanese(), s.organization().department(), s.organization().division());
      }
      assertThat(driver.findElements(By.cssSelector(".search-result-snippet"))).isEmpty();
    }
    driver.get(server.url("search/?q=図書館"));
    waitForResults();
    List<WebElement> items = driver.findElements(By.cssSelector("#search-results li"));
    assertThat(items).hasSize(expected.size());
    for (int i = 0; i < items.size(); i++) {
      // A match in the title is marked there, and the snippet shows the overview; any other
      // match is marked in the snippet.
      boolean inTitle = sheet(expected.get(i)).title().contains("図書館");
      WebElement holder = items.get(i).findElement(By.cssSelector(inTitle ? ".search-result-title" : ".search-result-snippet"));
      assertThat(holder.findElements(By.tagName("mark"))).as(expected.get(i))
          .isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualTo("図書館"));
      assertThat(items.get(i).findElement(By.cssSelector(".search-result-snippet")).getText()).isNotBlank();
    }
  }

  /**
   * A snippet shows one zone, and a result loads that zone's text alone: the overview for a match
   * in the title or the overview, the rest for a match there. Served without the rest's files, only
   * the results matched in the rest lack their snippets; without the overviews', those have theirs.
   * A sheet without an overview shows the rest under a match in its title.
   */
  @Test
  void aResultLoadsTheTextOfItsSnippetsZoneOnly() throws Exception {
    var driver = chromium.driver();
    try (StaticServer bare = servedWithout("without-rest", DocumentFiles.TEXT)) {
      driver.get(bare.url("search/?q=図書館"));
      waitForResults();
      List<WebElement> items = driver.findElements(By.cssSelector("#search-results li"));
      assertThat(items).hasSize(10);
      int inRest = 0;
      for (WebElement item : items) {
        Sheet s = sheet(shownSheet(item));
        boolean inRestOnly = !s.title().contains("図書館") && !s.overview().purpose().contains("図書館");
        inRest += inRestOnly ? 1 : 0;
        assertThat(item.findElements(By.cssSelector(".search-result-snippet"))).as(s.id()).hasSize(inRestOnly ? 0 : 1);
      }
      assertThat(inRest).isPositive();
    }
    try (StaticServer bare = servedWithout("without-overviews", DocumentFiles.OVERVIEW)) {
      driver.get(bare.url("search/?q=図書館課"));
      waitForResults();
      List<WebElement> snippets = driver.findElements(By.cssSelector("#search-results .search-result-snippet"));
      assertThat(snippets).hasSize(SearchTruth.expected(sheets, "図書館課", Map.of()).size())
          .allSatisfy(p -> assertThat(p.findElement(By.tagName("mark")).getText()).isEqualTo("図書館課"));
    }
    driver.get(server.url("search/?q=資料整備"));
    waitForResults();
    assertThat(shown()).containsExactly("2022/015");
    assertThat(driver.findElement(By.cssSelector(".search-result-snippet")).getText()).startsWith("教育局 ｜ 総務課");
  }

  /** A first search asks for each file once: the manifest comes with the page, and the script does not ask for it again. */
  @Test
  void aFirstSearchLoadsEachIndexFileOnce() {
    var driver = chromium.driver();
    driver.get(server.url("search/?q=図書館 事業"));
    waitForResults();
    @SuppressWarnings("unchecked")
    List<String> loaded = (List<String>) driver.executeScript(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search/index/'))");
    assertThat(loaded).filteredOn(n -> n.endsWith("/manifest.js")).hasSize(1);
    assertThat(loaded).doesNotHaveDuplicates().anyMatch(n -> n.contains("/index/s/"));
  }

  /** A copy of the site, named {@code name}, without the index files in the given folders of the index, served. */
  private static StaticServer servedWithout(String name, String... folders) throws Exception {
    Path copy = dir.resolve(name);
    Trees.copy(dir.resolve("site"), copy, f -> Arrays.stream(folders).noneMatch(folder -> f.startsWith("search/index/" + folder)));
    return StaticServer.start(copy);
  }

  /** The fiscal year and number of the sheet a result links to: {@code 2022/015}. */
  private static String shownSheet(WebElement item) {
    return SearchPage.sheetOf(item.findElement(By.tagName("a")).getAttribute("href"));
  }

  private static Sheet sheet(String yearAndId) {
    return sheets.stream().filter(s -> (s.fiscalYear() + "/" + s.id()).equals(yearAndId)).findFirst().orElseThrow();
  }

  @Test
  void filtersComeFromTheAddressAndNarrowTheResults() {
    var driver = chromium.driver();
    Map<String, String> filters = Map.of("year", "2022", "dept", "教育局", "direction", "継続");
    driver.get(server.url("search/?q=%E5%9B%B3%E6%9B%B8%E9%A4%A8&year=2022&dept=%E6%95%99%E8%82%B2%E5%B1%80"
        + "&direction=%E7%B6%99%E7%B6%9A"));
    waitForResults();
    assertThat(shown()).isEqualTo(SearchTruth.expected(sheets, "図書館", filters)).isNotEmpty();
    assertThat(driver.findElement(By.id("search-year")).getAttribute("value")).isEqualTo("2022");
    assertThat(driver.findElement(By.id("search-dept")).getAttribute("value")).isEqualTo("教育局");
  }

  /**
   * A select does not submit its form on Enter: after the last filter, the keyboard reaches a button
   * that applies them, and the address keeps them.
   */
  @Test
  void filtersChosenByKeyboardAreAppliedByTheButtonAfterThem() {
    var driver = chromium.driver();
    driver.get(server.url("search/?q=%E5%9B%B3%E6%9B%B8%E9%A4%A8"));
    waitForResults();
    new Select(driver.findElement(By.id("search-year"))).selectByValue("2022");
    driver.executeScript("window.kokaiSearch.timing = null;");
    WebElement last = driver.findElement(By.id("search-direction"));
    last.sendKeys(Keys.TAB);
    WebElement apply = driver.switchTo().activeElement();
    assertThat(apply.getTagName()).isEqualTo("button");
    assertThat(apply.getAttribute("type")).isEqualTo("submit");
    apply.sendKeys(Keys.ENTER);
    waitForResults();

    assertThat(shown()).isEqualTo(SearchTruth.expected(sheets, "図書館", Map.of("year", "2022"))).isNotEmpty()
        .isNotEqualTo(SearchTruth.expected(sheets, "図書館", Map.of()));
    assertThat(driver.getCurrentUrl()).contains("year=2022");
  }

  /**
   * A filter given more than once (a link naming two directions) finds the sheets that have any of
   * its values, and its list shows each of them chosen, so that the form submitted again keeps
   * them; a value the site does not have among them is left out and said.
   */
  @Test
  void aFilterGivenTwiceFindsTheSheetsOfEitherValueAndShowsBothChosen() {
    var driver = chromium.driver();
    driver.get(server.url("search/?q=" + URLEncoder.encode("図書館", StandardCharsets.UTF_8) + "&direction=%E7%B6%99%E7%B6%9A"
        + "&year=2022&direction=%E6%94%B9%E5%96%84&year=1999"));
    waitForResults();
    List<String> expected = SearchTruth.expectedAny(sheets, "図書館", Map.of("direction", List.of("継続", "改善"), "year", List.of("2022")));
    assertThat(shown()).isEqualTo(expected)
        .isNotEqualTo(SearchTruth.expected(sheets, "図書館", Map.of("direction", "継続", "year", "2022")))
        .isNotEqualTo(SearchTruth.expected(sheets, "図書館", Map.of("direction", "改善", "year", "2022")));
    assertThat(new Select(driver.findElement(By.id("search-direction"))).getAllSelectedOptions())
        .extracting(o -> o.getAttribute("value")).containsExactlyInAnyOrder("継続", "改善");
    assertThat(new Select(driver.findElement(By.id("search-year"))).getAllSelectedOptions())
        .extracting(o -> o.getAttribute("value")).containsExactly("2022");
    assertThat(driver.findElement(By.id("search-status")).getText()).startsWith("このサイトにない絞り込み（1999）を外して検索しました。 ");
    driver.executeScript("window.kokaiSearch.timing = null; document.getElementById('search-form').requestSubmit();");
    waitForResults();
    assertThat(shown()).isEqualTo(expected);
    assertThat(driver.getCurrentUrl()).contains("direction=%E7%B6%99%E7%B6%9A", "direction=%E6%94%B9%E5%96%84").doesNotContain("1999");
  }

  /**
   * The list a repeated filter turned into one of several choices turns back into a single choice
   * once the reader submits the form with one value chosen (the address no longer repeats the
   * filter), as a reload of that address shows it; it stays one of several while two are chosen.
   */
  @Test
  void aFilterSubmittedWithOneValueChosenIsASingleChoiceAgain() {
    var driver = chromium.driver();
    driver.get(server.url("search/?q=" + URLEncoder.encode("図書館", StandardCharsets.UTF_8)
        + "&direction=%E7%B6%99%E7%B6%9A&direction=%E6%94%B9%E5%96%84"));
    waitForResults();
    Select direction = new Select(driver.findElement(By.id("search-direction")));
    assertThat(direction.isMultiple()).isTrue();
    driver.executeScript("window.kokaiSearch.timing = null; document.getElementById('search-form').requestSubmit();");
    waitForResults();
    assertThat(new Select(driver.findElement(By.id("search-direction"))).isMultiple()).as("two still chosen").isTrue();

    // The reader leaves 継続 alone chosen.
    driver.executeScript("[...document.getElementById('search-direction').options].forEach(o => { o.selected = o.value === '継続'; });");
    driver.executeScript("window.kokaiSearch.timing = null; document.getElementById('search-form').requestSubmit();");
    waitForResults();
    assertThat(driver.getCurrentUrl()).contains("direction=%E7%B6%99%E7%B6%9A").doesNotContain("%E6%94%B9%E5%96%84");
    Select after = new Select(driver.findElement(By.id("search-direction")));
    assertThat(after.isMultiple()).as("one value chosen: a single choice, as a reload shows it").isFalse();
    assertThat(after.getFirstSelectedOption().getAttribute("value")).isEqualTo("継続");
    assertThat(shown()).isEqualTo(SearchTruth.expected(sheets, "図書館", Map.of("direction", "継続")));
  }

  /**
   * A department given by the slug of its own page's address (departments/education/), as a link
   * made from that page names it, filters by that department, which its list shows chosen, over
   * http:// and from disk; so does one whose name has a run of spaces, and a slug among names.
   */
  @Test
  void aDepartmentGivenByItsPagesSlugFiltersByIt() {
    var driver = chromium.driver();
    String query = "?q=" + URLEncoder.encode("図書館", StandardCharsets.UTF_8) + "&dept=education";
    for (String page : List.of(server.url("search/"), dir.resolve("site/search/index.html").toUri().toString())) {
      driver.get(page + query);
      waitForResults();
      assertThat(shown()).as(page).isEqualTo(SearchTruth.expected(sheets, "図書館", Map.of("dept", "教育局"))).isNotEmpty();
      assertThat(driver.findElement(By.id("search-dept")).getAttribute("value")).isEqualTo("教育局");
      assertThat(driver.findElement(By.id("search-status")).getText()).doesNotContain("このサイトにない");
    }
    driver.get(server.url("search/?q=%E4%BA%A4%E6%B5%81&dept=international"));
    waitForResults();
    assertThat(shown()).containsExactly("2021/020");
    driver.get(server.url("search/?q=%E5%9B%B3%E6%9B%B8%E9%A4%A8&dept=general-affairs&dept=%E6%95%99%E8%82%B2%E5%B1%80"));
    waitForResults();
    List<String> both = SearchTruth.expectedAny(sheets, "図書館", Map.of("dept", List.of("総務部", "教育局")));
    assertThat(shown()).isEqualTo(firstPage(both));
    assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo(both.size() + "件の事業が見つかりました。");
    assertThat(new Select(driver.findElement(By.id("search-dept"))).getAllSelectedOptions())
        .extracting(o -> o.getAttribute("value")).containsExactlyInAnyOrder("総務部", "教育局");
  }

  /**
   * A shared link whose filter value the site no longer has (a department renamed, a year taken
   * down) searches without it and says so, with the select showing every value, rather than
   * finding nothing under a filter the page does not show.
   */
  @Test
  void aFilterValueTheSiteDoesNotHaveIsLeftOutAndSaid() {
    var driver = chromium.driver();
    driver.get(server.url("search/?q=%E5%9B%B3%E6%9B%B8%E9%A4%A8&year=2019&dept=%E6%95%99%E8%82%B2%E5%B1%80"));
    waitForResults();
    assertThat(shown()).isEqualTo(SearchTruth.expected(sheets, "図書館", Map.of("dept", "教育局"))).isNotEmpty();
    assertThat(driver.findElement(By.id("search-year")).getAttribute("value")).isEmpty();
    assertThat(driver.findElement(By.id("search-dept")).getAttribute("value")).isEqualTo("教育局");
    assertThat(driver.findElement(By.id("search-status")).getText())
        .startsWith("このサイトにない絞り込み（2019）を外して検索しました。 ").endsWith("件の事業が見つかりました。");
  }

  /**
   * A link with no words and no filter value the site has (a year taken down, a department
   * renamed) leaves nothing to search for: no search runs, and the page says that the site has no
   * such filter and how to search, not that it searched without it.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"year=1999 | 1999", "dept=nowhere | nowhere", "q=%E3%80%80&year=1999&sdg=99 | 1999, 99"})
  void aFilterValueTheSiteDoesNotHaveAloneSearchesNothingAndSaysSo(String query, String gone) {
    var driver = chromium.driver();
    driver.get(server.url("search/?" + query));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
    assertThat(driver.findElement(By.id("search-status")).getText())
        .isEqualTo("このサイトにない絞り込み（" + gone + "）です。言葉を入力するか、絞り込みを選んで検索してください。");
    assertThat(driver.findElements(By.cssSelector("#search-results li"))).isEmpty();
    assertThat(driver.executeScript("return window.kokaiSearch.timing === undefined")).isEqualTo(true);
    assertThat(driver.findElement(By.id("search-year")).getAttribute("value")).isEmpty();
  }

  /**
   * An option whose text is its value has no value written (the search page is part of every first
   * search's bytes), except where the text alone would submit something else: a run of spaces.
   */
  @Test
  void aDepartmentChosenFromTheListFiltersByItsWholeName() throws IOException {
    String page = Files.readString(dir.resolve("site/search/index.html"));
    assertThat(page).contains("<option>教育局</option>", "<option>継続</option>", "<option value=\"国際  交流部\">国際  交流部</option>")
        .doesNotContain("value=\"教育局\"", "value=\"継続\"");
    var driver = chromium.driver();
    driver.get(server.url("search/?q=%E4%BA%8B%E6%A5%AD"));
    waitForResults();
    for (String department : List.of("国際  交流部", "教育局")) {
      // Chosen by what the option submits: what is seen of it has the run of spaces collapsed.
      WebElement option = new Select(driver.findElement(By.id("search-dept"))).getOptions().stream()
          .filter(o -> o.getAttribute("value").equals(department)).findFirst().orElseThrow();
      option.click();
      driver.executeScript("window.kokaiSearch.timing = null;");
      driver.findElement(By.cssSelector(".search-apply button")).click();
      waitForResults();
      assertThat(shown()).as(department)
          .isEqualTo(SearchTruth.expected(sheets, "事業", Map.of("dept", department))).isNotEmpty();
      assertThat(driver.findElement(By.id("search-dept")).getAttribute("value")).isEqualTo(department);
    }
    // The direction's option submits 継続, and the sheet that writes " 継続 " is filtered under it.
    driver.get(server.url("search/?q=%E4%BA%A4%E6%B5%81&direction=%E7%B6%99%E7%B6%9A"));
    waitForResults();
    assertThat(shown()).isEqualTo(SearchTruth.expected(sheets, "交流", Map.of("direction", "継続"))).contains("2021/020");
  }

  @Test
  void theSdgFilterAloneListsItsSheets() {
    chromium.driver().get(server.url("search/?sdg=2"));
    waitForResults();
    assertThat(shown()).isEqualTo(SearchTruth.expected(sheets, "", Map.of("sdg", "2"))).isNotEmpty();
  }

  private static void waitForResults() {
    SearchPage.waitForResults(chromium.driver());
  }

  private static List<String> shown() {
    return SearchPage.shown(chromium.driver());
  }
}
