package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import kokai.model.FiscalYear;
import kokai.site.Links;
import kokai.testing.Chromium;
import kokai.testutil.Trees;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The labels of the tables, measured in Debian's headless chromium in both interface languages, on
 * the real sheets and on a generated city (longer names of departments and divisions): headings
 * short enough for a 360 px phone and a 1280 px desktop, and every figure of a sheet's cost table
 * still named in full (its group, its item, its year) for a screen reader.
 */
class TableLabelsTest {
  /** How many lines of its own line height a heading may take, with half a line to spare for a taller glyph. */
  private static final double TWO_LINES = 2.5;

  /**
   * The cost table's rows in the printed sheet's order: the group a row belongs to (none for the
   * totals) and its item, as message keys.
   */
  private static final String[][] COST_ROWS = {
    {"sheet.projectCost", "sheet.budget"}, {"sheet.projectCost", "sheet.settlement"},
    {"sheet.funding", "sheet.general"}, {"sheet.funding", "sheet.grantsAndBonds"}, {"sheet.funding", "sheet.other"},
    {"sheet.personnel", "sheet.personnelTotal"}, {"sheet.personnel", "sheet.regularStaff"},
    {"sheet.personnel", "sheet.overtime"}, {"sheet.personnel", "sheet.appointedStaff"},
    {null, "sheet.totalCost"}, {null, "sheet.change"},
  };

  @TempDir static Path dir;
  static Chromium chromium;
  static ChromeDriver driver;
  /** The real sheets (ja, en) and a generated city (generated-ja, generated-en), each built into its site folder. */
  static final Map<String, Path> sites = new TreeMap<>();

  @BeforeAll
  static void build() throws IOException {
    Path real = dir.resolve("real-content");
    Trees.copy(Path.of("content"), real, f -> true);
    Path generated = dir.resolve("generated-content");
    new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(7, 60, 2021, 2023)), generated);
    for (String language : List.of("ja", "en")) {
      sites.put(language, LanguageSites.build(real, language, dir));
      sites.put("generated-" + language, LanguageSites.build(generated, language, dir));
    }
    chromium = Chromium.start();
    driver = chromium.driver();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /**
   * Column headings take two lines at most at 360 px and at 1280 px: the longest, the four scores'
   * heading of the listings, had five lines of English at both widths (the row of headings stood
   * tall with an empty band over the others). Measured as the text's own height, sort arrow
   * included, in lines of the heading's line height.
   */
  @Test
  void columnHeadingsTakeAtMostTwoLinesOnAPhoneAndADesktop() throws IOException {
    List<String> tall = new ArrayList<>();
    for (int width : new int[] {360, 1280}) {
      for (var site : sites.entrySet()) {
        List<String> urls = new ArrayList<>(List.of("", anySheet(site.getValue()), "years/2022/", "directions/continue/2022/"));
        urls.add(first(site.getValue(), "departments", 1));
        urls.add(first(site.getValue(), "sdgs", 2));
        atWidth(width, site.getValue(), urls, url -> lines("thead th").forEach(h -> tall.add(site.getKey() + " at " + width + " px " + url + ": " + h)));
      }
    }
    assertThat(tall).as("column headings over two lines").isEmpty();
  }

  /**
   * On a 360 px phone each row heading of a sheet's cost table (and each group's heading) takes two
   * lines at most, so a figure stays near its label and the table stays short. The English names
   * of the funding ("Funding of the settlement: National and prefectural funds and bonds") took
   * five to seven lines.
   */
  @Test
  void costRowHeadingsTakeAtMostTwoLinesOnAPhone() throws IOException {
    List<String> tall = new ArrayList<>();
    for (var site : sites.entrySet()) {
      List<String> sheets = sheetUrls(site.getValue()).limit(6).toList();
      assertThat(sheets).isNotEmpty();
      atWidth(360, site.getValue(), sheets, url -> lines("#costs table.costs tbody th").forEach(h -> tall.add(site.getKey() + " " + url + ": " + h)));
    }
    assertThat(tall).as("cost row headings over two lines at 360 px").isEmpty();
  }

  /**
   * Each figure of a cost table is a cell whose row heading (role rowheader, as the browser computes
   * it) is named in full, the group and the item ("Funding of the settlement: General funds"), while
   * it shows the item alone under its group's heading; and whose column heading (columnheader) is the
   * cost's fiscal year. Names come from the interface's message file, years from the content files.
   */
  @Test
  void everyCostFigureIsNamedByItsRowAndColumnHeadings() throws IOException {
    List<JsonNode> trees = RealContent.sheetTrees();
    for (String language : List.of("ja", "en")) {
      Properties m = messages(language);
      for (JsonNode s : trees) {
        String url = s.get("fiscalYear").asInt() + "/" + s.get("id").asText() + "/";
        driver.get(sites.get(language).resolve(Links.file(url)).toUri().toString());
        WebElement table = driver.findElement(By.cssSelector("#costs table"));
        List<WebElement> rows = table.findElements(By.xpath("./tbody/tr[td]"));
        assertThat(rows).as(language + " " + url).hasSize(COST_ROWS.length);
        List<WebElement> columns = table.findElements(By.cssSelector("thead th"));
        JsonNode costs = s.get("costs");
        assertThat(columns).hasSize(costs.size() + 1);
        for (int c = 0; c < costs.size(); c++) {
          WebElement head = columns.get(c + 1);
          assertThat(head.getAriaRole()).isEqualTo("columnheader");
          // The year as each interface writes a column's: FY2022, 令和4年度 (era conversion is FiscalYearTest's).
          int year = costs.get(c).get("fiscalYear").asInt();
          assertThat(head.getAccessibleName()).as(language + " " + url)
              .contains(language.equals("ja") ? FiscalYear.of(year).japanese() : Integer.toString(year));
        }
        for (int r = 0; r < rows.size(); r++) {
          String where = language + " " + url + " row " + (r + 1);
          String group = COST_ROWS[r][0] == null ? null : m.getProperty(COST_ROWS[r][0]);
          String item = m.getProperty(COST_ROWS[r][1]);
          List<WebElement> heads = rows.get(r).findElements(By.xpath("./th"));
          assertThat(heads).as(where).hasSize(1);
          WebElement head = heads.get(0);
          assertThat(head.getAriaRole()).as(where).isEqualTo("rowheader");
          assertThat(head.getAccessibleName()).as(where).isEqualTo(group == null ? item : group + ": " + item);
          assertThat(shown(head)).as(where + " shown").isEqualTo(item);
          assertThat(rows.get(r).findElements(By.xpath("./td"))).as(where).hasSize(costs.size());
          if (group != null) {
            // The group's heading is shown once, in the first row of the row's group (its tbody).
            WebElement groupHead = rows.get(r).findElement(By.xpath("./parent::tbody/tr[1]/th"));
            assertThat(groupHead.getAttribute("scope")).as(where).isEqualTo("rowgroup");
            assertThat(groupHead.getText()).as(where).isEqualTo(group);
          }
        }
      }
    }
  }

  /**
   * On a 360 px phone a chart's table of figures, once shown, has its first column of figures in
   * view without scrolling: its column headings (a series' name and unit) do not stretch the table
   * past the screen. The English funding table was 1,157 px wide, its first figure off the screen.
   */
  @Test
  void chartTablesShowTheirFirstFiguresOnAPhone() throws IOException {
    List<String> cut = foundOnAPhone(site -> sheetUrls(site).limit(3).toList(),
        "document.querySelectorAll('details.chart-data').forEach(function (d) { d.open = true; });"
            + " return Array.from(document.querySelectorAll('.chart-data table')).filter(function (t) {"
            + "   return t.querySelector('tbody td').getBoundingClientRect().right > t.parentElement.getBoundingClientRect().right; })"
            + " .map(function (t) { return t.closest('figure').id + ' ' + t.offsetWidth + ' px wide'; });");
    assertThat(cut).as("chart tables whose first figures are off a 360 px screen").isEmpty();
  }

  /**
   * On a 360 px phone a table wider than the screen, scrolled to its last column, still shows each
   * row's heading at the left edge (and the column of headings' own heading above them), its group
   * headings' words in view, and its last figures whole beside the headings, not under them: a
   * reader scrolling a cost table sideways always sees which row a figure is in. Every kind of page
   * with such tables is read: sheet pages, a comparison of a project's years, the totals of a
   * department and of a fiscal year.
   */
  @Test
  void wideTablesKeepTheirRowHeadingsInViewWhenScrolled() throws IOException {
    List<String> found = rowHeadingsInView();
    List<String> lost = found.stream().filter(x -> !x.endsWith(": scrolled")).toList();
    // The test reads tables that do scroll on a phone: the cost tables at least, in every site.
    assertThat(found.size() - lost.size()).as("tables wider than a 360 px screen").isGreaterThanOrEqualTo(2 * sites.size());
    assertThat(lost).as("row headings lost from view in tables scrolled to their end at 360 px").isEmpty();
  }

  /**
   * With the browser's text twice as large (a reader's setting of 32 px), the headings that stay in
   * view leave a quarter of a table's frame at least to the figures they head (their words take half
   * of it; a sortable column's heading and the padding take the rest), and each row's last figure
   * comes into view beside them: wider than the frame, a listing's project names covered the
   * figures, which never came into view however far the table scrolled.
   */
  @Test
  void withLargeTextTheRowHeadingsLeaveRoomForTheFigures() throws IOException {
    driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 32, "fixed", 26)));
    try {
      List<String> found = foundOnAPhone(site -> {
        List<String> urls = new ArrayList<>(sheetUrls(site).limit(1).toList());
        urls.addAll(List.of("years/2022/", "departments/", first(site, "departments", 1)));
        return urls;
      }, "document.querySelectorAll('details.chart-data').forEach(function (d) { d.open = true; });"
            + " var out = [];"
            + " document.querySelectorAll('.table-scroll').forEach(function (box) {"
            + "   var t = box.querySelector('table'), name = t.caption ? t.caption.textContent.trim() : '';"
            + "   var heads = t.querySelectorAll('tbody th[scope=row]'); if (!heads.length || box.scrollWidth <= box.clientWidth) { return; }"
            + "   box.scrollLeft = box.scrollWidth; var edge = box.getBoundingClientRect(); out.push('scrolled');"
            + "   heads.forEach(function (th) { if (getComputedStyle(th).position !== 'sticky') { return; }"
            + "     var h = th.getBoundingClientRect(), last = th.parentElement.lastElementChild.getBoundingClientRect();"
            + "     if (h.right - edge.left > edge.width * 0.75) { out.push(name + ': ' + th.textContent.trim() + ' takes '"
            + "       + Math.round(100 * (h.right - edge.left) / edge.width) + '% of the frame (' + Math.round(h.left - edge.left) + '–'"
            + "       + Math.round(h.right - edge.left) + ' of ' + Math.round(edge.width) + ' px)'); }"
            + "     if (last !== h && (last.right > edge.right + 1 || last.right <= h.right + 1)) { out.push(name + ': the last cell of '"
            + "       + th.textContent.trim() + ' never comes into view'); } });"
            + "   box.scrollLeft = 0; });"
            + " return out;");
      assertThat(found).as("tables scrolled with large text").anyMatch(x -> x.endsWith(": scrolled"));
      assertThat(found.stream().filter(x -> !x.endsWith(": scrolled")).toList())
          .as("row headings covering the figures with large text at 360 px").isEmpty();
    } finally {
      driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 16, "fixed", 13)));
    }
  }

  /**
   * Each table that scrolls on a 360 px phone, scrolled to its end: "scrolled", then each row or
   * group heading that left the view and each row whose last figure is hidden (under the heading or
   * past the frame).
   */
  private static List<String> rowHeadingsInView() throws IOException {
    return foundOnAPhone(site -> {
      List<String> urls = new ArrayList<>(sheetUrls(site).limit(2).toList());
      urls.add(first(site, "departments", 1));
      urls.add("years/2022/");
      urls.add("departments/");
      if (Files.isDirectory(site.resolve("compare"))) {
        try (Stream<Path> pages = Files.walk(site.resolve("compare"))) {
          // compare/<fiscal year>/<id>/
          pages.filter(p -> p.getFileName().toString().equals("index.html")).map(p -> site.relativize(p.getParent()))
              .map(p -> p.toString().replace(File.separatorChar, '/') + "/").sorted().findFirst().ifPresent(urls::add);
        }
      }
      return urls;
    }, "document.querySelectorAll('details.chart-data').forEach(function (d) { d.open = true; });"
          + " var out = [];"
          // The box of a cell's text a sighted reader sees (not the runs in visually hidden boxes).
          + " function shownBox(cell) { var w = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), l = 1e9, r = -1e9;"
          + "   for (var n; (n = w.nextNode());) { if (!n.data.trim() || n.parentElement.getBoundingClientRect().width <= 1) { continue; }"
          + "     var g = document.createRange(); g.selectNodeContents(n); var b = g.getBoundingClientRect(); l = Math.min(l, b.left); r = Math.max(r, b.right); }"
          + "   return { left: l, right: r }; }"
          + " document.querySelectorAll('.table-scroll').forEach(function (box) {"
          + "   var t = box.querySelector('table'); if (!t.querySelector('tbody tr > th[scope=row]:first-child')) { return; }"
          + "   if (box.scrollWidth <= box.clientWidth) { return; }"
          + "   box.scrollLeft = box.scrollWidth; var edge = box.getBoundingClientRect(), name = t.caption ? t.caption.textContent.trim() : '';"
          + "   out.push('scrolled');"
          + "   var corner = t.querySelector('thead th:first-child');"
          + "   if (corner && Math.abs(corner.getBoundingClientRect().left - edge.left) > 1.5) { out.push(name + ': column heading ' + corner.textContent.trim() + ' scrolled away'); }"
          + "   t.querySelectorAll('tbody tr').forEach(function (tr) {"
          + "     var head = tr.firstElementChild, h = head.getBoundingClientRect();"
          + "     if (head.getAttribute('scope') === 'rowgroup') {"
          + "       var words = head.firstElementChild ? head.firstElementChild.getBoundingClientRect() : h;"
          + "       if (words.left < edge.left - 1 || words.right > edge.right + 1) { out.push(name + ': group ' + head.textContent.trim() + ' out of view'); }"
          + "       return; }"
          + "     if (head.tagName !== 'TH') { return; }"
          + "     if (Math.abs(h.left - edge.left) > 1.5) { out.push(name + ': row ' + head.textContent.trim() + ' scrolled away'); }"
          + "     var last = shownBox(tr.lastElementChild);"
          + "     if (last.right > edge.right + 1 || last.left < h.right - 1) { out.push(name + ': last figure of ' + head.textContent.trim() + ' hidden'); }"
          + "   });"
          + "   box.scrollLeft = 0; });"
          + " return out;");
  }

  /**
   * On a 360 px phone every listing shows each project's name (its text) whole without scrolling sideways:
   * the fiscal year and number before it take only what they need. In English the department's
   * listings ("Fiscal year", "No.") left the name a sliver at the screen's edge.
   */
  @Test
  void listingsShowTheProjectNamesOnAPhoneWithoutScrolling() throws IOException {
    List<String> cut = foundOnAPhone(site -> List.of("years/2022/", first(site, "departments", 1), first(site, "sdgs", 2),
            "directions/continue/2022/"),
        "return Array.from(document.querySelectorAll('table.sheets')).flatMap(function (t) {"
            + "   var box = t.closest('.table-scroll').getBoundingClientRect();"
            + "   return Array.from(t.querySelectorAll('tbody th[scope=row]')).filter(function (h) {"
            // The name a sighted reader sees: not the words only a screen reader hears (.vh).
            + "     var w = document.createTreeWalker(h, NodeFilter.SHOW_TEXT), l = 1e9, r = -1e9;"
            + "     for (var n; (n = w.nextNode());) { if (n.parentElement.closest('.vh')) { continue; }"
            + "       var g = document.createRange(); g.selectNodeContents(n); var b = g.getBoundingClientRect();"
            + "       l = Math.min(l, b.left); r = Math.max(r, b.right); }"
            + "     return l < box.left - 1 || r > box.right + 1; })"
            + "   .map(function (h) { return h.textContent.trim(); }); });");
    assertThat(cut).as("project names not whole on a 360 px screen").isEmpty();
  }

  /**
   * On a 360 px phone the real sheets' Japanese headings, table headings and the names above a sheet
   * break between phrases, never inside a katakana word (事務事業マネジメントシ / ート, 情報シ / ステム係
   * and 情報通信ネットワ / ーク運営業務 did): measured as two neighbouring katakana of one text laid out
   * on different lines. (A phrase longer than the line still breaks where it must: the generated
   * city's 乗合タクシー運行支援事業 in a sheet's title, so only the real sites are held to it. The
   * listings' project names may break anywhere, so that they fit a phone's column whole.)
   */
  @Test
  void japaneseHeadingsAreNotBrokenInsideAKatakanaWord() throws IOException {
    List<String> broken = foundOnAPhone(site -> site.getFileName().toString().contains("generated") ? List.of() : urlsOf(site),
        "var kana = /[\\u30A1-\\u30FA\\u30FC]/, out = [];"
        + " document.querySelectorAll('h1, h2, h3, caption, .eyebrow, .org a, .breadcrumbs li, table:not(.sheets) th, table.sheets thead th').forEach(function (e) {"
        + "   if (e.closest('[lang]').lang !== 'ja') { return; }"
        + "   var w = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);"
        + "   for (var n; (n = w.nextNode());) {"
        + "     if (n.parentElement.getBoundingClientRect().width <= 1) { continue; }"
        + "     for (var i = 0; i + 1 < n.data.length; i++) {"
        + "       if (!kana.test(n.data[i]) || !kana.test(n.data[i + 1])) { continue; }"
        + "       var a = document.createRange(), b = document.createRange();"
        + "       a.setStart(n, i); a.setEnd(n, i + 1); b.setStart(n, i + 1); b.setEnd(n, i + 2);"
        + "       if (Math.abs(a.getBoundingClientRect().top - b.getBoundingClientRect().top) > 2) {"
        + "         out.push(e.tagName.toLowerCase() + ' ' + n.data.slice(0, i + 1) + ' / ' + n.data.slice(i + 1)); } } } });"
        + " return out;");
    assertThat(broken).as("Japanese headings broken inside a katakana word at 360 px").isEmpty();
  }

  /**
   * The English listings' scores heading, short enough for two lines, keeps its meaning: a screen
   * reader hears the four scores' names (as the sheet page's evaluation table names them) in the
   * column's heading, and a sighted reader sees them in a key just before the table. (The Japanese
   * heading names them itself: ContentLanguageTest.)
   */
  @Test
  void englishScoresHeadingNamesTheFourScores() throws IOException {
    for (String language : List.of("en")) {
      Properties m = messages(language);
      Path site = sites.get(language);
      for (String url : List.of("years/2022/", first(site, "departments", 1), first(site, "sdgs", 2), "directions/continue/2022/")) {
        driver.get(site.resolve(Links.file(url)).toUri().toString());
        List<WebElement> tables = driver.findElements(By.cssSelector("table.sheets"));
        assertThat(tables).as(url).isNotEmpty();
        for (WebElement table : tables) {
          WebElement head = table.findElement(By.cssSelector("thead th:last-child"));
          String key = (String) ((JavascriptExecutor) driver).executeScript(
              "var p = arguments[0].closest('.table-scroll').previousElementSibling; return p ? p.textContent : '';", table);
          for (String score : List.of("sheet.citizenNeeds", "sheet.progress", "sheet.cityInvolvement", "sheet.priority")) {
            String name = m.getProperty(score).toLowerCase(Locale.ROOT);
            assertThat(head.getAccessibleName().toLowerCase(Locale.ROOT)).as(language + " " + url + " heading").contains(name);
            assertThat(key.toLowerCase(Locale.ROOT)).as(language + " " + url + " key before the table").contains(name);
          }
        }
      }
    }
  }

  /** Lines of the elements matching {@code selector} on the open page that are taller than two lines, as "text: n lines". */
  private static List<?> lines(String selector) {
    return (List<?>) ((JavascriptExecutor) driver).executeScript(
        "document.documentElement.style.scrollbarWidth = 'none'; var max = arguments[1];"
            + " return Array.from(document.querySelectorAll(arguments[0])).map(function (th) {"
            + "   var cs = getComputedStyle(th), lh = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2;"
            + "   var r = document.createRange(); r.selectNodeContents(th);"
            + "   return [th.textContent.trim(), r.getBoundingClientRect().height / lh]; })"
            + " .filter(function (x) { return x[1] > max; })"
            + " .map(function (x) { return x[0] + ': ' + x[1].toFixed(1) + ' lines'; });", selector, TWO_LINES);
  }

  /** The text of an element a sighted reader sees: without the runs in visually hidden boxes (a pixel or less). */
  private static String shown(WebElement e) {
    return (String) ((JavascriptExecutor) driver).executeScript(
        "var w = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT), out = '';"
            + " for (var n; (n = w.nextNode());) { var r = n.parentElement.getBoundingClientRect();"
            + "   if (r.width > 1 && r.height > 1) { out += n.data; } }"
            + " return out.replace(/\\s+/g, ' ').trim();", e);
  }

  /** A site's sheet pages of 2022, its home, its 2022 listing and its first department. */
  private static List<String> urlsOf(Path site) throws IOException {
    List<String> urls = new ArrayList<>(sheetUrls(site).toList());
    urls.addAll(List.of("", "years/2022/", first(site, "departments", 1)));
    return urls;
  }

  /** The pages of a site to read, by their paths from its root. */
  private interface Pages {
    List<String> of(Path site) throws IOException;
  }

  /**
   * What {@code script} finds on each of the given pages of every site in a 360 px window (it runs
   * with the page scroll bar hidden, its argument the page's path, and returns a list of texts), as
   * "site page: text".
   */
  private static List<String> foundOnAPhone(Pages pages, String script) throws IOException {
    List<String> found = new ArrayList<>();
    for (var site : sites.entrySet()) {
      atWidth(360, site.getValue(), pages.of(site.getValue()), url -> ((List<?>) ((JavascriptExecutor) driver).executeScript(
          "document.documentElement.style.scrollbarWidth = 'none';" + script, url))
          .forEach(x -> found.add(site.getKey() + " " + url + ": " + x)));
    }
    return found;
  }

  /** Opens each page of a site in a window of the given width and checks it; the width is put back after. */
  private static void atWidth(int width, Path site, List<String> urls, Consumer<String> check) {
    driver.manage().window().setSize(new Dimension(width, 900));
    try {
      for (String url : urls) {
        assertThat(site.resolve(Links.file(url))).as(url).isRegularFile();
        driver.get(site.resolve(Links.file(url)).toUri().toString());
        // A window is never narrower than the browser allows: the page is laid out at the width asked for.
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).intValue()).isEqualTo(width);
        check.accept(url);
      }
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  /** The sheet pages of 2022, such as {@code 2022/088/}, in order. */
  private static Stream<String> sheetUrls(Path site) throws IOException {
    try (Stream<Path> sheets = Files.list(site.resolve("2022"))) {
      return sheets.filter(Files::isDirectory).map(p -> "2022/" + p.getFileName() + "/").sorted().toList().stream();
    }
  }

  private static String anySheet(Path site) throws IOException {
    return sheetUrls(site).findFirst().orElseThrow();
  }

  /**
   * The first page {@code depth} folders under {@code folder} (a department {@code departments/x/}, an
   * SDG goal's year {@code sdgs/9/2022/}) whose folder names sort first, with a 2022 page for depth 2.
   */
  private static String first(Path site, String folder, int depth) throws IOException {
    try (Stream<Path> found = Files.walk(site.resolve(folder), depth)) {
      Path root = site.resolve(folder);
      return found.filter(p -> !p.equals(root) && root.relativize(p).getNameCount() == depth && Files.isRegularFile(p.resolve("index.html")))
          .filter(p -> depth == 1 || p.getFileName().toString().equals("2022"))
          .map(p -> site.relativize(p).toString().replace(File.separatorChar, '/') + "/").sorted().findFirst().orElseThrow();
    }
  }

  private static Properties messages(String language) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("themes/default/i18n/messages_" + language + ".properties"))) {
      p.load(r);
    }
    return p;
  }
}
