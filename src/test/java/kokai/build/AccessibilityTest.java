package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kokai.site.Links;
import kokai.testing.Chromium;
import kokai.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) in Debian's headless chromium, on the real site opened
 * straight from disk: home, a sheet, a department, a fiscal year, the search page, and a direction's
 * and an SDG goal's overview and fiscal-year page. One browser for all pages keeps the suite lean.
 */
class AccessibilityTest {
  @TempDir static Path dir;
  static ChromeDriver driver;
  /** The rules axe checks the pages against: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  static Path site;

  @BeforeAll
  static void start() {
    site = dir.resolve("site");
    BuildResult r = new SiteBuild().run(new BuildConfig(Path.of("content"), site, null, Path.of("themes")));
    assertThat(r.published()).isTrue();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--disable-extensions", "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
    driver = Chromium.driver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void keyPagesHaveNoViolations() {
    String sheet = "2022/088/";
    String department = firstDepartment();
    String sdgYear = firstSdgYear();
    for (String url : List.of("", sheet, department, "years/2022/", "departments/", "search/",
        "directions/continue/", "directions/continue/2022/", sdgYear.substring(0, sdgYear.length() - "2022/".length()), sdgYear)) {
      driver.get(site.resolve(Links.file(url)).toUri().toString());
      Object sheets = ((JavascriptExecutor) driver).executeScript("return document.styleSheets.length");
      assertThat(((Number) sheets).intValue()).as(url + " loads its stylesheet from disk").isPositive();
      Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
      assertThat(results.getViolations()).as(url + ": " + describe(results.getViolations())).isEmpty();
    }
  }

  /**
   * axe's best practices beyond WCAG, on every kind of page in both interface languages: landmarks
   * named and unique, headings in order, one h1, and so on.
   * A table's scrolling frame is named by its caption, so the section around it needs another name.
   */
  @Test
  void keyPagesFollowAxeBestPractices() throws IOException {
    Path en = englishSite("en-bp");
    List<String> found = new ArrayList<>();
    for (Path root : List.of(site, en)) {
      for (String url : List.of("", "2022/088/", firstDepartment(), "years/2022/", "departments/", "search/",
          "directions/continue/", "directions/continue/2022/", firstSdgYear(), "pages/how-to-read/", "data/")) {
        driver.get(root.resolve(Links.file(url)).toUri().toString());
        List<Rule> violations = new AxeBuilder().withTags(List.of("best-practice")).analyze(driver).getViolations();
        String where = (root == site ? "ja " : "en ") + url;
        if (!violations.isEmpty()) {
          found.add(where + ": " + describe(violations));
        }
        // axe leaves out unnamed search landmarks; a screen reader lists them all the same. (A table's frame
        // in a closed "show as table" is not shown, so it is no landmark.)
        List<String> landmarks = driver.findElements(org.openqa.selenium.By.cssSelector("nav, aside, [role=search], [role=region], section[aria-labelledby]"))
            .stream().filter(org.openqa.selenium.WebElement::isDisplayed).map(e -> e.getAriaRole() + " \"" + e.getAccessibleName() + "\"").toList();
        landmarks.stream().filter(l -> l.endsWith("\"\"") || Collections.frequency(landmarks, l) > 1).distinct()
            .forEach(l -> found.add(where + ": landmark without a name of its own: " + l));
      }
    }
    assertThat(found).isEmpty();
  }

  /**
   * The real site is built in both languages: a reader opening it from disk follows a sheet's
   * "English" link to the same sheet in English, styled, and its search finds the sheets there,
   * linking to the English pages; "日本語" leads back.
   */
  @Test
  void theLanguageLinksLeadToTheSamePageInTheOtherVersionOnDisk() {
    driver.get(site.resolve("2022/088/index.html").toUri().toString());
    driver.findElement(org.openqa.selenium.By.cssSelector("header .languages a[hreflang=en]")).click();
    assertThat(driver.getCurrentUrl()).isEqualTo(site.resolve("en/2022/088/index.html").toUri().toString());
    JavascriptExecutor js = (JavascriptExecutor) driver;
    assertThat(js.executeScript("return document.documentElement.lang")).isEqualTo("en");
    assertThat(((Number) js.executeScript("return document.styleSheets.length")).intValue()).isPositive();
    assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("#costs h2")).getText()).contains("Cost");
    Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
    assertThat(results.getViolations()).as(describe(results.getViolations())).isEmpty();
    driver.findElement(org.openqa.selenium.By.cssSelector("header .languages a[hreflang=ja]")).click();
    assertThat(driver.getCurrentUrl()).isEqualTo(site.resolve("2022/088/index.html").toUri().toString());
    driver.get(site.resolve("en/search/index.html").toUri() + "?q=%E6%83%85%E5%A0%B1");
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
        ((JavascriptExecutor) d).executeScript("return window.kokaiSearch && window.kokaiSearch.timing") != null);
    List<String> links = driver.findElements(org.openqa.selenium.By.cssSelector("#search-results .search-result-title a")).stream()
        .map(a -> a.getAttribute("href")).toList();
    assertThat(links).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith(site.resolve("en/").toUri().toString()));
  }

  @Test
  void comparisonAndDataPagesHaveNoViolations() {
    Path years = dir.resolve("years");
    kokai.testutil.SampleContent.write(years.resolve("content"));
    BuildResult r = new SiteBuild().run(new BuildConfig(years.resolve("content"), years.resolve("site"), null, Path.of("themes")));
    assertThat(r.published()).isTrue();
    for (String url : List.of("compare/2021/088/", "data/", "2022/088/")) {
      driver.get(years.resolve("site").resolve(Links.file(url)).toUri().toString());
      Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
      assertThat(results.getViolations()).as(url + ": " + describe(results.getViolations())).isEmpty();
    }
  }

  /**
   * The pages a reader of the English interface sees (the real sheets, built with
   * {@code language: en}), and the search page once its results and snippets are drawn, in both
   * languages: what the script adds must meet the same rules as what the build wrote.
   */
  @Test
  void theEnglishInterfaceAndSearchResultsHaveNoViolations() throws IOException {
    Path en = englishSite("en");
    for (Path root : List.of(site, en)) {
      for (String url : List.of("", "2022/088/", "years/2022/", "departments/", "search/?q=%E6%83%85%E5%A0%B1")) {
        String[] parts = url.split("\\?", 2);
        driver.get(root.resolve(Links.file(parts[0])).toUri() + (parts.length > 1 ? "?" + parts[1] : ""));
        if (parts.length > 1) {
          new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
              ((JavascriptExecutor) d).executeScript("return window.kokaiSearch && window.kokaiSearch.timing") != null);
          assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#search-results mark"))).isNotEmpty();
          // Every Japanese run the script draws (titles, divisions, snippets, the era of the year) is read in Japanese.
          Object unmarked = ((JavascriptExecutor) driver).executeScript("var w = document.createTreeWalker("
              + "document.getElementById('search-results'), NodeFilter.SHOW_TEXT), out = [];"
              + " for (var n; (n = w.nextNode());) { if (/[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}]/u.test(n.data)"
              + " && n.parentElement.closest('[lang]').lang !== 'ja') { out.push(n.data); } } return out;");
          assertThat((List<?>) unmarked).as(root + " " + url).isEmpty();
        }
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        assertThat(results.getViolations()).as(root + " " + url + ": " + describe(results.getViolations())).isEmpty();
      }
    }
    // One result is counted as one, in either language (LGWAN is in one of the six sheets).
    for (Path root : List.of(site, en)) {
      driver.get(root.resolve("search/index.html").toUri() + "?q=LGWAN");
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
          d.findElement(org.openqa.selenium.By.id("search-status")).getText().startsWith("1"));
      assertThat(driver.findElement(org.openqa.selenium.By.id("search-status")).getText())
          .isEqualTo(root.equals(site) ? "1件の事業が見つかりました。" : "1 project found.");
      // The year and the division after it, joined in the interface's language; the era one Japanese run.
      var meta = driver.findElement(org.openqa.selenium.By.cssSelector(".search-result-meta"));
      assertThat(meta.getText()).matches(root.equals(site) ? "令和\\d+年度 \\(\\d{4}\\) ・ .+" : "FY\\d{4} \\(令和\\d+年度\\), .+");
      if (!root.equals(site)) {
        assertThat(meta.findElements(org.openqa.selenium.By.cssSelector("span[lang=ja]")).get(0).getText()).matches("令和\\d+年度");
      }
      // A link with nothing to search for but a year the site does not have: no search runs, and
      // the page says so in its language.
      driver.get(root.resolve("search/index.html").toUri() + "?year=1999");
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
          !d.findElement(org.openqa.selenium.By.id("search-status")).getText().isEmpty());
      assertThat(driver.findElement(org.openqa.selenium.By.id("search-status")).getText()).isEqualTo(root.equals(site)
          ? "このサイトにない絞り込み（1999）です。言葉を入力するか、絞り込みを選んで検索してください。"
          : "This site cannot filter by 1999. Enter words or choose a filter to search.");
    }
    // Said right for several values as for one, alone or beside words.
    for (String[] c : new String[][] {{"?year=1999&sdg=99", "This site cannot filter by 1999, 99. Enter words or choose a filter to search."},
        {"?q=LGWAN&year=1999", "Searched without filtering by 1999, which this site does not have. 1 project found."},
        {"?q=LGWAN&year=1999&sdg=99", "Searched without filtering by 1999, 99, which this site does not have. 1 project found."}}) {
      driver.get(en.resolve("search/index.html").toUri() + c[0]);
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
          d.findElement(org.openqa.selenium.By.id("search-status")).getText().endsWith("."));
      assertThat(driver.findElement(org.openqa.selenium.By.id("search-status")).getText()).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void phoneWidthDoesNotScrollThePageSideways() {
    eachPageAtWidth(320, List.of("", "2022/088/", "years/2022/", "departments/policy-innovation/", "pages/how-to-read/",
        "directions/continue/", "directions/continue/2022/", firstSdgYear()), url -> {
          Object over = ((JavascriptExecutor) driver).executeScript(
              "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
          assertThat(((Number) over).intValue()).as(url + " at 320 px").isLessThanOrEqualTo(0);
          // A table may scroll sideways in its frame, but its caption is read without scrolling.
          Object cut = ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll('caption'))"
              + ".filter(c => c.getBoundingClientRect().right > document.documentElement.clientWidth).map(c => c.textContent)");
          assertThat((List<?>) cut).as(url + " captions cut at 320 px").isEmpty();
        });
  }

  /**
   * On a 360 px phone the self-evaluation's comments, the only long text of its table, get the room
   * the item names do not need: the column of item names is no wider than the longest word of any
   * of them, or five characters, with its padding; and a name of one word (市民ニーズ) is on one
   * line, not broken into 市民ニ and ーズ. At 9em the comments had four or five characters a line.
   */
  @Test
  void evaluationItemNamesLeaveTheCommentsTheRoomOnAPhone() throws IOException {
    Path en = englishSite("en-eval");
    List<String> wide = new ArrayList<>();
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 900));
    try {
      for (Path root : List.of(site, en)) {
        driver.get(root.resolve(Links.file("2022/088/")).toUri().toString());
        Object found = ((JavascriptExecutor) driver).executeScript(
            "document.documentElement.style.scrollbarWidth = 'none';"
                + " return Array.from(document.querySelectorAll('table.evaluation tbody th[scope=row]')).map(function (th) {"
                + "   var cs = getComputedStyle(th), probe = document.createElement('span');"
                + "   probe.textContent = th.textContent;"
                + "   probe.style.cssText = 'position: absolute; visibility: hidden; width: min-content; white-space: normal';"
                + "   th.appendChild(probe);"
                + "   var word = probe.getBoundingClientRect().width; probe.remove();"
                + "   var need = Math.max(word, 5 * parseFloat(cs.fontSize)) + parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);"
                + "   var r = document.createRange(); r.selectNodeContents(th);"
                + "   var lines = r.getBoundingClientRect().height / parseFloat(cs.lineHeight);"
                + "   return [th.textContent, th.getBoundingClientRect().width, need, lines]; })"
                + " .filter(function (x, i, all) { return x[1] > Math.max.apply(null, all.map(function (y) { return y[2]; })) + 1"
                // A name of one word (市民ニーズ, Progress) is never broken.
                + "   || (x[0].trim().indexOf(' ') < 0 && x[3] > 1.5); })"
                + " .map(function (x) { return x[0] + ' ' + x[1] + ' > ' + x[2] + ', ' + x[3].toFixed(1) + ' lines'; });");
        ((List<?>) found).forEach(x -> wide.add(root + ": " + x));
      }
      assertThat(wide).as("item names wider than they need at 360 px").isEmpty();
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }

  /** A caption that stays in view on a phone still spans the whole table where the table fits. */
  @Test
  void captionsSpanTheirTablesWhereTheTablesFit() {
    eachPageAtWidth(900, List.of("2022/088/", "departments/policy-innovation/", "years/2022/"), url -> {
      // Without a page scroll bar too (as on phones and some desktops): 100vw is then the whole window.
      Object narrow = ((JavascriptExecutor) driver).executeScript(
          "document.documentElement.style.scrollbarWidth = 'none';"
              + " return Array.from(document.querySelectorAll('.table-scroll > table > caption'))"
              + ".filter(c => c.parentElement.offsetWidth <= c.parentElement.parentElement.clientWidth)"
              + ".filter(c => Math.abs(c.offsetWidth - c.parentElement.offsetWidth) > 1).map(c => c.textContent)");
      assertThat((List<?>) narrow).as(url + " captions narrower than their tables at 900 px").isEmpty();
    });
  }

  /**
   * On a phone every form control and every link of the site's menu is a target of at least 24 by
   * 24 px by itself (WCAG 2.2's minimum, without leaning on the space around it): the search page's
   * filters were 23 px high and the menu's links 19 px.
   */
  @Test
  void controlsAndMenuLinksAreTargetsAFingerCanHit() {
    List<String> small = new ArrayList<>();
    eachPageAtWidth(360, List.of("", "2022/088/", "years/2022/", "search/"), url -> {
      Object found = ((JavascriptExecutor) driver).executeScript(
          "return Array.from(document.querySelectorAll('input:not([type=hidden]), select, button, .site-nav a'))"
              + ".filter(function (e) { var r = e.getBoundingClientRect(); return r.width > 0 && (r.width < 24 || r.height < 24); })"
              + ".map(function (e) { var r = e.getBoundingClientRect();"
              + "  return (e.id || e.textContent.trim()) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height); });");
      ((List<?>) found).forEach(x -> small.add(url + ": " + x));
    });
    assertThat(small).as("targets under 24 x 24 px at 360 px").isEmpty();
  }

  /**
   * A table's scrolling frame is a keyboard stop only while the table is wider than it: at 1280 px
   * a sheet's tables fit and need none; at 320 px the wide ones scroll and take the focus, and so
   * does a chart's table once opened.
   */
  @Test
  void onlyFramesWhoseTablesOverflowAreKeyboardStops() {
    String check = "return Array.from(document.querySelectorAll('.table-scroll'))"
        + ".filter(f => f.getClientRects().length > 0 && (f.scrollWidth > f.clientWidth) !== (f.getAttribute('tabindex') === '0'))"
        + ".map(f => f.id || f.querySelector('caption').textContent)";
    String stops = "return document.querySelectorAll('.table-scroll[tabindex]').length";
    eachPageAtWidth(1280, List.of("2022/088/"), url -> {
      assertThat((List<?>) ((JavascriptExecutor) driver).executeScript(check)).as(url + " at 1280 px").isEmpty();
      assertThat(((Number) ((JavascriptExecutor) driver).executeScript(stops)).intValue()).as(url + " stops at 1280 px").isZero();
    });
    eachPageAtWidth(320, List.of("2022/088/", "years/2022/"), url -> {
      assertThat(((Number) ((JavascriptExecutor) driver).executeScript(stops)).intValue()).as(url + " stops at 320 px").isPositive();
      assertThat((List<?>) ((JavascriptExecutor) driver).executeScript(check)).as(url + " at 320 px").isEmpty();
      ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('details.chart-data').forEach(d => d.open = true)");
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
          .until(d -> ((List<?>) ((JavascriptExecutor) d).executeScript(check)).isEmpty());
    });
  }

  /**
   * A reader who widens the text's spacing with a style of their own once the page is open (WCAG's
   * text spacing: line height 1.5, paragraphs 2, letters 0.12 and words 0.16 em, as a bookmarklet
   * applies it) can still scroll a table that no longer fits its frame with the keyboard: the frame
   * becomes a keyboard stop, and stops being one when the style is taken away. The stops were set
   * only when the page opened, the window changed width or a chart's table was opened.
   */
  @Test
  void aTableWiderOnceTheTextIsSpacedOutBecomesAKeyboardStop() {
    String spaced = "var s = document.createElement('style'); s.id = 'spacing';"
        + " s.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
        + " p { margin-bottom: 2em !important; }'; document.head.appendChild(s);";
    String mismatched = "return Array.from(document.querySelectorAll('.table-scroll'))"
        + ".filter(f => f.getClientRects().length > 0 && (f.scrollWidth > f.clientWidth) !== (f.getAttribute('tabindex') === '0'))"
        + ".map(f => f.querySelector('caption').textContent + (f.scrollWidth > f.clientWidth ? ' overflows' : ' fits'))";
    String stops = "return document.querySelectorAll('.table-scroll[tabindex]').length";
    eachPageAtWidth(1280, List.of("en/years/2022/"), url -> {
      JavascriptExecutor js = (JavascriptExecutor) driver;
      assertThat(((Number) js.executeScript(stops)).intValue()).as(url + " stops as the page opens").isZero();
      js.executeScript(spaced);
      assertThat(((Number) js.executeScript("return Array.from(document.querySelectorAll('.table-scroll'))"
          + ".filter(f => f.scrollWidth > f.clientWidth).length")).intValue()).as(url + " frames overflowing with the spacing").isPositive();
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
          .until(d -> ((List<?>) js.executeScript(mismatched)).isEmpty());
      js.executeScript("document.getElementById('spacing').remove()");
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
          .until(d -> ((List<?>) js.executeScript(mismatched)).isEmpty());
      assertThat(((Number) js.executeScript(stops)).intValue()).as(url + " stops once the spacing is gone").isZero();
    });
  }

  /**
   * The word for a value not yet known stands where a known target's line may cross it: it is drawn
   * over a halo of the chart's white background.
   */
  @Test
  void wordsForUnknownValuesHaveAHaloOverTheLines() {
    eachPageAtWidth(1280, List.of("2022/088/"), url -> {
      Object styles = ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll('svg text.gap'))"
          + ".map(t => { const s = getComputedStyle(t); return s.paintOrder + ' ' + s.stroke + ' ' + s.strokeWidth; })");
      assertThat((List<?>) styles).as(url).isNotEmpty().allMatch(s -> s.toString().startsWith("stroke ")
          && s.toString().contains("rgb(255, 255, 255)") && !s.toString().endsWith(" 0px"));
    });
  }

  /**
   * A reader who enlarges the text only (the browser's default font size doubled to 32 px) gets larger
   * chart labels too, about two thirds of the body text's size or more, on a 320 px phone as on a wide
   * screen: filling the column, the charts kept their labels near 10 px beside 32 px text. The chart
   * then scrolls sideways in its own frame, which takes the keyboard's focus, and the page does not;
   * at the default size the charts fit a 320 px phone's column and their frames are no keyboard stops.
   */
  @Test
  void chartLabelsGrowWithTheTextOnly() {
    List<String> urls = List.of("2022/088/", "departments/policy-innovation/");
    // Each chart's labels (the fiscal years, the legend) against the body text, both as drawn: the
    // label's text set in the chart's font at the body's size, in one line, and the label compared by
    // width (their heights are boxes of different fonts' line metrics, not of the text's size).
    String ratios = "var main = document.querySelector('main');"
        + "return Array.from(document.querySelectorAll('.chart-svg')).map(function (frame) {"
        + "  var labels = frame.querySelectorAll('g.years text, g.legend text'), smallest = Infinity;"
        + "  labels.forEach(function (t) { var probe = document.createElement('span');"
        + "    probe.style.fontFamily = t.closest('svg').getAttribute('font-family'); probe.style.whiteSpace = 'nowrap';"
        + "    probe.style.position = 'absolute'; probe.textContent = t.textContent;"
        + "    main.appendChild(probe); var body = probe.getBoundingClientRect().width; probe.remove();"
        + "    smallest = Math.min(smallest, t.getBoundingClientRect().width / body); });"
        + "  return [frame.querySelector('title').textContent, labels.length, smallest,"
        + "    frame.scrollWidth > frame.clientWidth, frame.getAttribute('tabindex') === '0']; });";
    String sideways = "return document.documentElement.scrollWidth - document.documentElement.clientWidth";
    eachPageAtWidth(320, urls, url -> {
      List<?> charts = (List<?>) ((JavascriptExecutor) driver).executeScript(ratios);
      assertThat(charts).as(url + " charts").isNotEmpty();
      for (Object c : charts) {
        List<?> chart = (List<?>) c;
        assertThat(((Number) chart.get(1)).intValue()).as(url + " labels of " + chart.get(0)).isPositive();
        assertThat(chart.get(3)).as(url + " " + chart.get(0) + " scrolls at the default size").isEqualTo(false);
        assertThat(chart.get(4)).as(url + " " + chart.get(0) + " is a keyboard stop at the default size").isEqualTo(false);
      }
    });
    driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 32, "fixed", 26)));
    try {
      for (int width : new int[] {320, 1280}) {
        eachPageAtWidth(width, urls, url -> {
          assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return parseFloat(getComputedStyle(document.body).fontSize)"))
              .doubleValue()).as("body text with the larger default").isEqualTo(32.0);
          List<?> charts = (List<?>) ((JavascriptExecutor) driver).executeScript(ratios);
          assertThat(charts).as(url + " charts").isNotEmpty();
          for (Object c : charts) {
            List<?> chart = (List<?>) c;
            assertThat(((Number) chart.get(2)).doubleValue()).as(url + " at " + width + " px: labels of " + chart.get(0)
                + " against the body text").isGreaterThanOrEqualTo(0.65);
            assertThat(chart.get(4)).as(url + " at " + width + " px: " + chart.get(0) + " is a keyboard stop if it scrolls")
                .isEqualTo(chart.get(3));
          }
          assertThat(((Number) ((JavascriptExecutor) driver).executeScript(sideways)).intValue()).as(url + " page at " + width + " px")
              .isLessThanOrEqualTo(0);
        });
      }
    } finally {
      driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 16, "fixed", 13)));
    }
  }

  /** Opens each page of the built site in a window of the given width and checks it; the width is put back after. */
  private void eachPageAtWidth(int width, List<String> urls, Consumer<String> check) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
    try {
      for (String url : urls) {
        driver.get(site.resolve(Links.file(url)).toUri().toString());
        check.accept(url);
      }
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }

  /**
   * Script functions for the tests of colours: a computed colour's channels ({@code rgb}), its relative
   * luminance as WCAG defines it ({@code lum}), the contrast of two luminances ({@code ratio}) and the
   * colour an element is seen on, the first opaque background from it up ({@code behind}).
   */
  private static final String COLOURS = "function rgb(c) { var m = c.match(/[\\d.]+/g); return m.map(Number); }"
      + "function lum(c) { return [0.2126, 0.7152, 0.0722].reduce(function (s, w, i) {"
      + "  var x = c[i] / 255; return s + w * (x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4)); }, 0); }"
      + "function ratio(a, b) { return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }"
      + "function behind(e) { for (; e; e = e.parentElement) { var c = rgb(getComputedStyle(e).backgroundColor);"
      + "  if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; }";
  /** An expression, after {@link #COLOURS}: the charts' labels below 4.5:1 against what their chart is drawn on. */
  private static final String LOW_CHART_LABELS = "Array.from(document.querySelectorAll('.chart-svg svg text')).filter(function (t) {"
      + "  return ratio(lum(rgb(getComputedStyle(t).fill)), lum(behind(t.closest('svg')))) < 4.5; })"
      + ".map(function (t) { return t.textContent; })";

  /**
   * Every link, button, field and scrolling frame the keyboard reaches, focused, draws its outline at
   * 3:1 or more against the colours on both sides of it: the band of the focus ring (a box-shadow)
   * under and beyond it where there is one, else the page, and, where the outline touches the element,
   * the element. On pages of each kind, in both colour schemes. In the light scheme the orange outline
   * lay inside an amber ring, 2:1 against it on both sides, the amber 1.8:1 on the page.
   */
  @Test
  void theFocusOutlineStandsOutFromWhatIsAroundItInBothSchemes() {
    String outlines = COLOURS + "var found = [];"
        + " document.querySelectorAll('details').forEach(function (d) { d.open = true; });"
        + " document.querySelectorAll('a[href], button, input, select, summary, [tabindex=\"0\"]').forEach(function (e) {"
        + "   if (e.getClientRects().length === 0) return;"
        + "   e.focus({ focusVisible: true }); if (document.activeElement !== e) return;"
        + "   var s = getComputedStyle(e), width = parseFloat(s.outlineWidth), offset = parseFloat(s.outlineOffset);"
        + "   var page = behind(e.parentElement), shadow = s.boxShadow === 'none' ? null : s.boxShadow;"
        + "   var band = shadow ? rgb(shadow).slice(0, 3) : null, spread = shadow ? parseFloat(shadow.trim().split(/\\s+/).pop()) : 0;"
        + "   var inside = offset > 0 ? (spread > 0 ? band : page) : behind(e), outside = spread > offset + width ? band : page;"
        + "   var line = rgb(s.outlineColor), name = e.tagName + ' ' + (e.textContent || e.id).trim().slice(0, 20);"
        + "   if (s.outlineStyle === 'none' || width < 2) { found.push(name + ': no outline'); }"
        + "   else if (ratio(lum(line), lum(inside)) < 3 || ratio(lum(line), lum(outside)) < 3) {"
        + "     found.push(name + ': ' + ratio(lum(line), lum(inside)).toFixed(2) + ':1 inside, ' + ratio(lum(line), lum(outside)).toFixed(2) + ':1 outside'); }"
        + "   e.blur(); });"
        + " return found.filter(function (f, i) { return found.indexOf(f) === i; }).slice(0, 8);";
    List<String> found = new ArrayList<>();
    try {
      for (String scheme : List.of("light", "dark")) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        for (String url : List.of("", "2022/088/", "years/2022/", "search/")) {
          driver.get(site.resolve(Links.file(url)).toUri().toString());
          ((List<?>) ((JavascriptExecutor) driver).executeScript(outlines)).forEach(f -> found.add(scheme + " " + url + ": " + f));
        }
      }
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
    assertThat(found).isEmpty();
  }

  /**
   * A search result's matched words are told from the words around them by more than a hue: each mark
   * has an edge at 3:1 or more against the page, its background or a frame, in both colour schemes.
   * The light scheme's pale yellow was 1.15:1 on the white page, there for a reader who sees colours
   * well and lost to one who does not.
   */
  @Test
  void aMatchedWordStandsOutFromThePageInBothSchemes() {
    String edges = COLOURS + "return Array.from(document.querySelectorAll('#search-results mark')).map(function (m) {"
        + "  var s = getComputedStyle(m), page = behind(m.parentElement), fill = rgb(s.backgroundColor);"
        + "  var frame = s.boxShadow === 'none' ? 0 : ratio(lum(rgb(s.boxShadow)), lum(page));"
        + "  return Math.max(ratio(lum(fill), lum(page)), frame); });";
    try {
      for (String scheme : List.of("light", "dark")) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        driver.get(site.resolve("search/index.html").toUri() + "?q=%E6%83%85%E5%A0%B1");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
            ((JavascriptExecutor) d).executeScript("return window.kokaiSearch && window.kokaiSearch.timing") != null);
        List<?> found = (List<?>) ((JavascriptExecutor) driver).executeScript(edges);
        assertThat(found).as(scheme + " marks").isNotEmpty()
            .allSatisfy(r -> assertThat(((Number) r).doubleValue()).as(scheme + " a mark's edge on the page").isGreaterThanOrEqualTo(3));
      }
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
  }

  /**
   * Under a dark forced-colours theme (Windows' high contrast) the page turns black: the charts, drawn
   * for a light background, must keep their labels readable, at 4.5:1 against what is behind them.
   */
  @Test
  void chartLabelsStayLegibleInDarkForcedColours() {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
        Map.of("name", "forced-colors", "value", "active"), Map.of("name", "prefers-color-scheme", "value", "dark"))));
    try {
      driver.get(site.resolve("2022/088/index.html").toUri().toString());
      Object low = ((JavascriptExecutor) driver).executeScript(COLOURS
          + "if (lum(rgb(getComputedStyle(document.body).backgroundColor)) > 0.2) return ['the page did not turn dark'];"
          + "return " + LOW_CHART_LABELS + ";");
      assertThat((List<?>) low).as("chart labels below 4.5:1 in dark forced colours").isEmpty();
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
  }

  /**
   * A reader whose system asks for dark pages (a phone at night) gets the theme's dark scheme: one page
   * of each kind, in Japanese and in the English version, passes the same WCAG rules as in the light
   * one (the charts' tables opened, the search page with its results and their marks), its body is
   * dark, a chart keeps the white it is drawn for with its labels at 4.5:1 on it, and the keyboard's
   * first stop shows its focus at 3:1 against what it is on. Printed, the page stays light. The 404 page links its stylesheets from the site's address,
   * so it is served there.
   */
  @Test
  void theDarkSchemeFollowsTheSystemAndKeepsTheRules() throws IOException {
    String stylesheet = org.jsoup.Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8").expectFirst("link[rel=stylesheet]").attr("href");
    String base = stylesheet.substring(1, stylesheet.indexOf("assets/css/"));
    Path served = dir.resolve("served");
    Files.createDirectories(served.resolve(base).getParent());
    Files.createSymbolicLink(served.resolve(base), site.toAbsolutePath());
    List<String> found = new ArrayList<>();
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    try (StaticServer server = StaticServer.start(served)) {
      for (String language : List.of("", "en/")) {
        for (String url : List.of("", "2022/088/", firstDepartment(), "years/2022/", "search/?q=%E6%83%85%E5%A0%B1", "pages/how-to-read/", "404.html")) {
          String where = (language.isEmpty() ? "ja " : "en ") + url;
          String[] parts = url.split("\\?", 2);
          driver.get(url.equals("404.html") ? server.url(base + language + url)
              : site.resolve(language).resolve(Links.file(parts[0])).toUri() + (parts.length > 1 ? "?" + parts[1] : ""));
          JavascriptExecutor js = (JavascriptExecutor) driver;
          assertThat(((Number) js.executeScript("return document.styleSheets.length")).intValue()).as(where + " is styled").isPositive();
          if (parts.length > 1) {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                ((JavascriptExecutor) d).executeScript("return window.kokaiSearch && window.kokaiSearch.timing") != null);
            assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#search-results mark"))).as(where).isNotEmpty();
          }
          js.executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
          double body = ((Number) js.executeScript(COLOURS + "return lum(behind(document.body));")).doubleValue();
          if (body > 0.05) {
            found.add(where + ": the page is not dark (relative luminance " + body + ")");
          }
          if (url.equals("2022/088/")) {
            List<?> panels = (List<?>) js.executeScript("return Array.from(document.querySelectorAll('.chart-svg svg'))"
                + ".map(function (s) { return getComputedStyle(s).backgroundColor; })");
            assertThat(panels).as(where + " charts").isNotEmpty();
            panels.stream().filter(c -> !c.equals("rgb(255, 255, 255)")).forEach(c -> found.add(where + ": a chart on " + c));
            ((List<?>) js.executeScript(COLOURS + "return " + LOW_CHART_LABELS + ";"))
                .forEach(l -> found.add(where + ": chart label below 4.5:1: " + l));
          }
          // The keyboard's first stop, the skip link, as a reader pressing Tab sees it.
          new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
          double focus = ((Number) js.executeScript(COLOURS + "var a = document.activeElement, s = getComputedStyle(a);"
              + "return s.outlineStyle === 'none' ? 0 : ratio(lum(rgb(s.outlineColor)), lum(behind(a)));")).doubleValue();
          if (focus < 3) {
            found.add(where + ": the focus outline is at " + focus + ":1");
          }
          Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
          if (!results.getViolations().isEmpty()) {
            found.add(where + ": " + describe(results.getViolations()));
          }
        }
      }
      // Printed, a page is light whatever the setting: dark ink on paper, the muted text the light scheme's.
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print",
          "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
      driver.get(site.resolve("2022/088/index.html").toUri().toString());
      assertThat(((JavascriptExecutor) driver).executeScript("return [getComputedStyle(document.documentElement).colorScheme,"
          + " getComputedStyle(document.body).color, getComputedStyle(document.querySelector('.eyebrow')).color]"))
          .as("printed in the dark setting").isEqualTo(List.of("light", "rgb(0, 0, 0)", "rgb(77, 77, 85)"));
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
    }
    assertThat(found).isEmpty();
  }

  /**
   * A city theme that gives its colours for the light page, as the README shows (theme.css:
   * {@code :root { --brand: … }}), changes the light scheme only: the dark one keeps the default's
   * readable colours, until the city gives dark ones of its own with the default's selector.
   */
  @Test
  void aCitysLightColoursLeaveTheDarkSchemeReadable() {
    MiniSite s = MiniSite.in(dir.resolve("city"))
        .file("content/site.yaml", MiniSite.SITE_YAML + "theme: city\n")
        .file("themes/city/assets/css/theme.css", ":root { --brand: #006633; --brand-dark: #004422; }\n")
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
    s.buildOk();
    String page = s.out().resolve("2022/010/index.html").toUri().toString();
    String colours = "var b = getComputedStyle(document.querySelector('.search-form button'));"
        + " return [b.backgroundColor, b.color, getComputedStyle(document.body).backgroundColor];";
    try {
      driver.get(page);
      assertThat(driver.executeScript(colours)).as("light")
          .isEqualTo(List.of("rgb(0, 102, 51)", "rgb(255, 255, 255)", "rgb(255, 255, 255)"));
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
      driver.get(page);
      assertThat(driver.executeScript(colours)).as("dark")
          .isEqualTo(List.of("rgb(143, 184, 255)", "rgb(15, 17, 20)", "rgb(21, 23, 27)"));
      Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
      assertThat(results.getViolations()).as(describe(results.getViolations())).isEmpty();
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
    }
  }

  /**
   * Printed on A4 (210 mm less the print stylesheet's 12 mm margins: 186 mm, 703 CSS pixels) a table
   * cannot scroll: every table, chart and figure fits the page's width, or its right part is cut off.
   */
  @Test
  void tablesAndChartsFitAnA4PageWhenPrinted() throws IOException {
    // A generated city of five fiscal years: comparison pages with five columns of figures.
    Path years = dir.resolve("print");
    new kokai.corpus.CorpusWriter().write(new kokai.corpus.CorpusGenerator(new kokai.corpus.CorpusSpec(1, 20, 2020, 2024)), years.resolve("content"));
    assertThat(new SiteBuild().run(new BuildConfig(years.resolve("content"), years.resolve("site"), null, Path.of("themes"))).published()).isTrue();
    List<String> compared;
    try (Stream<Path> pages = Files.walk(years.resolve("site/compare"))) {
      compared = pages.filter(p -> p.getFileName().toString().equals("index.html"))
          .map(p -> years.resolve("site").relativize(p.getParent()).toString().replace('\\', '/') + "/").sorted().limit(3).toList();
    }
    assertThat(compared).isNotEmpty();
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 703, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
    try {
      for (Path root : List.of(site, years.resolve("site"))) {
        for (String url : root == site ? List.of("2022/088/", firstDepartment(), "years/2022/") : compared) {
          driver.get(root.resolve(Links.file(url)).toUri().toString());
          Object cut = ((JavascriptExecutor) driver).executeScript("document.documentElement.style.scrollbarWidth = 'none';"
              + " var w = document.documentElement.clientWidth;"
              + " return Array.from(document.querySelectorAll('.table-scroll, table, figure, svg')).filter(function (e) {"
              + "   return e.offsetParent !== null && (e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > w + 1); })"
              + " .map(function (e) { return e.tagName + ' ' + e.textContent.trim().slice(0, 30); });");
          assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth")).intValue()).isEqualTo(703);
          assertThat((List<?>) cut).as(url + " printed on A4").isEmpty();
        }
      }
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /**
   * Paper has no controls: printed, a page leaves out what only works on a screen, as it leaves out
   * the menu and the search box. The link to the other language, the other fiscal years' chips, the
   * advice to sort with the headings' buttons and the arrows of a column not sorted were printed.
   */
  @Test
  void aPrintedPageLeavesOutWhatWorksOnlyOnAScreen() throws IOException {
    Path years = dir.resolve("print-controls");
    new kokai.corpus.CorpusWriter().write(new kokai.corpus.CorpusGenerator(new kokai.corpus.CorpusSpec(1, 12, 2021, 2022)), years.resolve("content"));
    assertThat(new SiteBuild().run(new BuildConfig(years.resolve("content"), years.resolve("site"), null, Path.of("themes"))).published()).isTrue();
    List<Path> pages = new ArrayList<>(List.of(site.resolve("2022/088/index.html"), site.resolve("en/years/2022/index.html"),
        site.resolve(Links.file(firstSdgYear()))));
    try (Stream<Path> files = Files.walk(years.resolve("site/directions"))) {
      pages.add(files.filter(p -> p.endsWith("2022/index.html")).sorted().findFirst().orElseThrow());
    }
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      List<String> printed = new ArrayList<>();
      int sortable = 0;
      for (Path page : pages) {
        driver.get(page.toUri().toString());
        sortable += driver.findElements(org.openqa.selenium.By.cssSelector("th button.sort")).size();
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) ((JavascriptExecutor) driver).executeScript(
            "var shown = Array.from(document.querySelectorAll('.languages, nav, .sort-hint'))"
            + "  .filter(function (e) { return e.getClientRects().length > 0; }).map(function (e) { return e.textContent.trim(); });"
            + " Array.from(document.querySelectorAll('th:not([aria-sort]) button.sort')).forEach(function (b) {"
            + "   var arrow = getComputedStyle(b, '::after').content; if (arrow !== 'none') shown.push(b.textContent + arrow); });"
            + " var text = document.body.innerText;"
            + " ['sort the table', '並べ替え'].forEach(function (w) { if (text.indexOf(w) >= 0) shown.push(w); });"
            + " return shown;");
        for (String s : shown) {
          printed.add(site.getParent().relativize(page) + ": " + s);
        }
      }
      assertThat(sortable).isPositive();
      assertThat(printed).isEmpty();
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /**
   * The advice to sort by the headings' buttons is shown where the buttons are: without script the
   * headings have none, and a reader looked for buttons that were not there.
   */
  @Test
  @SuppressWarnings("unchecked")
  void theAdviceToSortIsGivenOnlyWithTheButtons() {
    String url = site.resolve("years/2022/index.html").toUri().toString();
    String state = "return [document.querySelectorAll('th button.sort').length > 0,"
        + " Array.from(document.querySelectorAll('.sort-hint')).some(function (e) { return e.getClientRects().length > 0; }),"
        + " document.querySelector('main').innerText.indexOf('並べ替え') >= 0];";
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      driver.get(url);
      assertThat((List<Object>) ((JavascriptExecutor) driver).executeScript(state)).as("without script").containsExactly(false, false, false);
    } finally {
      driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
    driver.get(url);
    assertThat((List<Object>) ((JavascriptExecutor) driver).executeScript(state)).as("with script").containsExactly(true, true, true);
  }

  @Test
  void yearTableSortsByAColumnAndSaysSo() {
    driver.get(site.resolve("years/2022/index.html").toUri().toString());
    var table = driver.findElement(org.openqa.selenium.By.cssSelector("table.sheets"));
    var budgetHead = table.findElements(org.openqa.selenium.By.cssSelector("thead th")).get(3);
    // The arrows that show the order are drawn, not read: the button is named by its heading alone.
    String heading = org.jsoup.Jsoup.parse(budgetHead.getAttribute("innerHTML")).text();
    assertThat(budgetHead.findElement(org.openqa.selenium.By.tagName("button")).getAccessibleName()).isEqualTo(heading);
    budgetHead.findElement(org.openqa.selenium.By.tagName("button")).click();
    assertThat(budgetHead.getAttribute("aria-sort")).isEqualTo("ascending");
    List<Long> up = budgets(table);
    assertThat(up).isSorted().hasSizeGreaterThanOrEqualTo(6);
    budgetHead.findElement(org.openqa.selenium.By.tagName("button")).click();
    assertThat(budgetHead.getAttribute("aria-sort")).isEqualTo("descending");
    assertThat(budgets(table)).isEqualTo(up.stream().sorted(Comparator.reverseOrder()).toList());

    // The scores sort by their figures, not by the words a screen reader hears beside them.
    var heads = table.findElements(org.openqa.selenium.By.cssSelector("thead th"));
    heads.get(heads.size() - 1).findElement(org.openqa.selenium.By.tagName("button")).click();
    List<String> scores = table.findElements(org.openqa.selenium.By.cssSelector("tbody td.scores")).stream()
        .map(td -> td.getAttribute("data-sort")).filter(k -> !k.isEmpty()).toList();
    assertThat(scores).isSorted().hasSizeGreaterThanOrEqualTo(5);
    // Out of number order, No. sorts up first; a table that comes in number order turns round at the first press.
    heads.get(0).findElement(org.openqa.selenium.By.tagName("button")).click();
    assertThat(heads.get(0).getAttribute("aria-sort")).isEqualTo("ascending");
    List<String> ids = table.findElements(org.openqa.selenium.By.cssSelector("tbody tr td:first-child")).stream()
        .map(td -> td.getText()).toList();
    assertThat(ids).isSorted();
    driver.navigate().refresh();
    table = driver.findElement(org.openqa.selenium.By.cssSelector("table.sheets"));
    var fresh = table.findElements(org.openqa.selenium.By.cssSelector("thead th")).get(0);
    fresh.findElement(org.openqa.selenium.By.tagName("button")).click();
    assertThat(fresh.getAttribute("aria-sort")).isEqualTo("descending");
    assertThat(table.findElements(org.openqa.selenium.By.cssSelector("tbody tr td:first-child")).stream().map(td -> td.getText()).toList())
        .isEqualTo(ids.stream().sorted(Comparator.reverseOrder()).toList());
  }

  private static List<Long> budgets(org.openqa.selenium.WebElement table) {
    return table.findElements(org.openqa.selenium.By.cssSelector("tbody tr td:nth-of-type(3)")).stream()
        .map(td -> Long.parseLong(td.getText().replace(",", ""))).toList();
  }

  /** The page of the first SDG goal that has sheets of 2022, such as {@code sdgs/9/2022/}. */
  private static String firstSdgYear() {
    try (Stream<Path> goals = Files.list(site.resolve("sdgs"))) {
      return goals.filter(g -> Files.isDirectory(g.resolve("2022")))
          .map(g -> "sdgs/" + g.getFileName() + "/2022/").sorted().findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstDepartment() {
    try {
      var d = org.jsoup.Jsoup.parse(site.resolve("departments/index.html").toFile(), "UTF-8");
      String href = d.expectFirst("table.departments th a").attr("href");
      return "departments/" + href.replace("index.html", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }

  /** The real sheets built with {@code language: en} under {@code dir/<name>/site}; returns {@code dir/<name>}. */
  private Path englishSite(String name) throws IOException {
    return LanguageSites.build(Path.of("content"), "en", dir.resolve(name));
  }
}
