package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import kokai.load.ContentLoader;
import kokai.model.Sheet;
import kokai.testing.Chromium;
import kokai.testing.ServedSite;
import kokai.testing.StaticServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in real chromium over the real sheets: each query returns exactly the sheets
 * whose text contains it, in rank order, over http:// and from file://.
 */
class SearchBrowserTest {
  @TempDir static Path dir;
  static Path site;
  static List<Sheet> sheets;
  @AutoClose static ServedSite served;
  static StaticServer server;
  static Chromium chromium;

  @BeforeAll
  static void build() throws Exception {
    assumeTrue(Chromium.available(), "chromium and chromedriver are not installed");
    sheets = new ContentLoader().load(Path.of("content")).content().orElseThrow().sheets();
    site = dir.resolve("site");
    SearchSite.build(Path.of("content"), site);
    served = ServedSite.start(site);
    server = served.server();
    chromium = served.chromium();
  }

  static Stream<Arguments> queries() {
    String dept = sheets.get(0).organization().department();
    return Stream.of(
        Arguments.of("半導体", Map.of()),
        Arguments.of("ネットワーク", Map.of()),
        Arguments.of("ＬＧＷＡＮ", Map.of()),
        Arguments.of("ﾈｯﾄﾜｰｸ", Map.of()),
        Arguments.of("市", Map.of()),
        Arguments.of("情報政策課", Map.of()),
        Arguments.of("情報", Map.of()),
        Arguments.of("ネットワーク　管理", Map.of()),
        // A sheet's number, between a full-width and a half-width space.
        Arguments.of("　088 ", Map.of()),
        Arguments.of("存在しない語句です", Map.of()),
        Arguments.of("市民", Map.of("year", "2022", "dept", dept)),
        Arguments.of("", Map.of("direction", "継続")),
        Arguments.of("市", Map.of("sdg", "9")));
  }

  @ParameterizedTest(name = "http: {0} {1}")
  @MethodSource("queries")
  void overHttp(String query, Map<String, String> filters) {
    assertSearch(server.url("search/") + "?" + params(query, filters), query, filters);
  }

  @ParameterizedTest(name = "file: {0} {1}")
  @MethodSource("queries")
  void fromDisk(String query, Map<String, String> filters) {
    assertSearch(site.resolve("search/index.html").toUri() + "?" + params(query, filters), query, filters);
  }

  @Test
  void theQueriesAreNotAllEmptyOrAllEverything() {
    List<List<String>> truths = queries()
        .map(a -> SearchTruth.expected(sheets, (String) a.get()[0], cast(a.get()[1]))).toList();
    assertThat(truths).anyMatch(List::isEmpty);
    assertThat(truths).anyMatch(t -> !t.isEmpty() && t.size() <= sheets.size());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http", "file"})
  void theFormPutsTheQueryInTheAddressAndSearchesByKeyboard(String scheme) {
    var driver = chromium.driver();
    driver.get(scheme.equals("http") ? server.url("search/") : site.resolve("search/index.html").toUri().toString());
    WebElement box = driver.findElement(By.id("search-q"));
    box.sendKeys("ネットワーク\n");
    waitForResults();
    assertThat(driver.getCurrentUrl()).contains("q=" + URLEncoder.encode("ネットワーク", StandardCharsets.UTF_8));
    assertThat(shown()).isEqualTo(SearchTruth.expected(sheets, "ネットワーク", Map.of()));
    assertThat(driver.findElement(By.id("search-status")).getAttribute("aria-live")).isEqualTo("polite");
    List<WebElement> marks = driver.findElements(By.cssSelector("#search-results mark"));
    assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(SearchTruth.normalize(m.getText())).isEqualTo("ネットワーク"));
  }

  /**
   * A reader who searched and then switches language keeps the search: the real site has an English
   * version in en/, and on the search page, served or opened from disk, the language link carries the
   * query and the filters as they change, to a page that shows the same sheets with the same filters set.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http", "file"})
  void theLanguageLinksCarryTheSearchToTheOtherVersion(String scheme) {
    var driver = chromium.driver();
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("year", "2022");
    filters.put("direction", "継続");
    List<String> expected = SearchTruth.expected(sheets, "情報", filters);
    assertThat(expected).as("the filters narrow the search").isNotEmpty().isNotEqualTo(SearchTruth.expected(sheets, "情報", Map.of()));
    driver.get(page(scheme, "search/index.html") + "?" + params("情報", filters));
    waitForResults();
    assertThat(shown()).isEqualTo(expected);
    followLanguageLink(scheme, "en", "en/search/index.html", "情報", filters, expected);

    // A new query on the English page, the filters kept: the link back follows it.
    SearchPage.submit(driver, "ネットワーク");
    List<String> refined = SearchTruth.expected(sheets, "ネットワーク", filters);
    assertThat(refined).isNotEmpty().isNotEqualTo(expected);
    assertThat(shown()).isEqualTo(refined);
    followLanguageLink(scheme, "ja", "search/index.html", "ネットワーク", filters, refined);
  }

  /**
   * Follows the header's link to {@code language}, which carries the search shown, and finds there
   * the same search: the page in that language, the same sheets, the query and filters in the form.
   */
  private static void followLanguageLink(String scheme, String language, String searchPage, String query, Map<String, String> filters,
      List<String> expected) {
    var driver = chromium.driver();
    String address = page(scheme, searchPage) + "?" + params(query, filters);
    WebElement link = driver.findElement(By.cssSelector("header .languages a[hreflang=" + language + "]"));
    assertThat(link.getAttribute("href")).isEqualTo(address);
    follow(link);
    assertThat(driver.getCurrentUrl()).isEqualTo(address);
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
    assertThat(shown()).isEqualTo(expected);
    Map<String, String> values = new LinkedHashMap<>(filters);
    values.put("q", query);
    assertThat(formValues()).isEqualTo(values);
  }

  /** A page of the site, served or on disk. */
  private static String page(String scheme, String path) {
    return scheme.equals("http") ? server.url(path) : site.resolve(path).toUri().toString();
  }

  /** Clicks a link to another search page and waits for that page's results. */
  private static void follow(WebElement link) {
    String from = chromium.driver().getCurrentUrl();
    link.click();
    new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(from));
    waitForResults();
  }

  /** The search form's fields that have a value, by name. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> formValues() {
    return (Map<String, String>) chromium.driver().executeScript("return Object.fromEntries("
        + "Array.from(new FormData(document.getElementById('search-form'))).filter(e => e[1]));");
  }

  /**
   * Queries nobody wrote by hand: seeded random pieces of the sheets' own texts (one to twelve
   * characters, sometimes two pieces as two words), some in full-width Latin, half-width katakana
   * or upper case, and characters whose NFKC form is longer or shorter than themselves, typed one
   * after the other into the search form. Each must return exactly the sheets that contain it,
   * every highlight must hold one of its words, and every snippet must show the sheet's own text:
   * pieces of its fields as written, not their normalised form.
   */
  @Test
  void randomPiecesOfTheSheetsFindExactlyTheSheetsThatContainThem() {
    Random random = new Random(20221);
    List<String> texts = sheets.stream().flatMap(s -> SearchTruth.rawFields(s).stream())
        .map(SearchTruth.Field::text).filter(t -> !t.isBlank()).toList();
    List<String> queries = new ArrayList<>(List.of("㈱", "①", "㍻", "ｶﾞ", "𠮷", "😀", "（", "<script>", "%", ".*", "\\", "\"", "ー"));
    while (queries.size() < 120) {
      String q = piece(random, texts.get(random.nextInt(texts.size())));
      if (random.nextInt(5) == 0) {
        q += (random.nextBoolean() ? " " : "\u3000") + piece(random, texts.get(random.nextInt(texts.size())));
      }
      queries.add(switch (random.nextInt(8)) {
        case 0 -> Widths.fullWidthLatin(q);
        case 1 -> Widths.halfWidthKatakana(q);
        case 2 -> q.toUpperCase(Locale.ROOT);
        default -> q;
      });
    }
    List<String> wrong = new ArrayList<>();
    int withResults = 0;
    // One page, searched again and again through its form, as a reader refining a query does.
    chromium.driver().get(server.url("search/"));
    for (String q : queries) {
      if (SearchTruth.normalize(q).isEmpty()) {
        continue;
      }
      SearchPage.submit(chromium.driver(), q);
      // Read in one call: a WebDriver round trip per result would take most of the test's time.
      @SuppressWarnings("unchecked")
      List<List<String>> page = (List<List<String>>) chromium.driver().executeScript(
          "const all = s => Array.from(document.querySelectorAll(s));"
              + " return [all('#search-results li a').map(a => a.href), all('#search-results mark').map(m => m.textContent),"
              + " all('#search-results li').map(li => li.querySelector('.search-result-snippet').textContent)];");
      List<String> found = page.get(0).stream().map(SearchPage::sheetOf).toList();
      List<String> words = List.of(SearchTruth.normalize(q).split(" "));
      for (int i = 0; i < found.size(); i++) {
        String snippet = page.get(2).get(i);
        notWritten(found.get(i), snippet).forEach(piece -> wrong.add(q + ": snippet shows " + piece));
        // The snippet starts in the field of a match (the first, for one word), at the field's
        // start unless it says "…"; for a match in the title, which heads the result, it shows the
        // overview instead (from an occurrence of a word of one or two characters, if there is one).
        String first = snippet.replaceAll("^…|…$", "").split(" ｜ ")[0];
        Sheet sheet = sheet(found.get(i));
        String heading = SearchTruth.normalize(sheet.title()) + "\n" + sheet.id();
        boolean inTitle = words.stream().anyMatch(heading::contains);
        if (!inTitle && words.stream().noneMatch(SearchTruth.normalize(first)::contains)) {
          wrong.add(q + ": snippet starts before the match's field: " + snippet);
        }
        var overview = sheet.overview();
        if (inTitle && Stream.of(overview.target(), overview.purpose(), overview.activities())
            .noneMatch(f -> f != null && f.contains(first))) {
          wrong.add(q + ": snippet of a match in the title is not from the overview: " + snippet);
        }
        if (!snippet.startsWith("…") && fields(found.get(i)).noneMatch(f -> f.strip().startsWith(first))) {
          wrong.add(q + ": snippet starts inside a field without saying so: " + snippet);
        }
      }
      List<String> expected = SearchTruth.expected(sheets, q, Map.of());
      withResults += expected.isEmpty() ? 0 : 1;
      if (!found.equals(expected)) {
        wrong.add(q + ": " + found + " instead of " + expected);
      }
      // A mark holds a word, and more only where the word starts or ends inside a written
      // character (株 marks all of ㈱).
      page.get(1).stream().map(SearchTruth::normalize).filter(m -> words.stream().noneMatch(m::contains))
          .forEach(m -> wrong.add(q + ": highlights " + m));
    }
    assertThat(wrong).isEmpty();
    assertThat(withResults).as("queries that find sheets").isGreaterThan(queries.size() / 2);
  }

  /** The pieces of a snippet (between its bars and ellipses) that are not in a field of the sheet as written. */
  private static List<String> notWritten(String sheet, String snippet) {
    String inner = snippet.replaceAll("^…|…$", "");
    return java.util.Arrays.stream(inner.split(" ｜ "))
        .filter(piece -> fields(sheet).noneMatch(f -> f.contains(piece))).toList();
  }

  /** The texts of a sheet ("2022/088") as written. */
  private static Stream<String> fields(String sheet) {
    return SearchTruth.rawFields(sheet(sheet)).stream().map(SearchTruth.Field::text);
  }

  private static Sheet sheet(String yearAndId) {
    return sheets.stream().filter(s -> (s.fiscalYear() + "/" + s.id()).equals(yearAndId)).findFirst().orElseThrow();
  }

  private static String piece(Random random, String text) {
    int length = 1 + random.nextInt(Math.min(12, text.length()));
    int at = random.nextInt(text.length() - length + 1);
    return text.substring(at, at + length);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> cast(Object o) {
    return (Map<String, String>) o;
  }

  private static String params(String query, Map<String, String> filters) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("q", query);
    all.putAll(filters);
    StringBuilder b = new StringBuilder();
    all.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return b.toString();
  }

  private void assertSearch(String url, String query, Map<String, String> filters) {
    chromium.driver().get(url);
    waitForResults();
    List<String> expected = SearchTruth.expected(sheets, query, filters);
    assertThat(shown()).as("results of %s %s", query, filters).isEqualTo(expected);
    assertThat(chromium.driver().findElement(By.id("search-results")).getAttribute("data-count"))
        .isEqualTo(Integer.toString(expected.size()));
    // Each result shown has its snippet, from the text file of the zone it shows (over file:// too).
    @SuppressWarnings("unchecked")
    List<String> snippets = (List<String>) chromium.driver().executeScript("return Array.from("
        + "document.querySelectorAll('#search-results li')).map(li => li.querySelector('.search-result-snippet'))"
        + ".map(p => p ? p.textContent : '');");
    assertThat(snippets).as("snippets of %s %s", query, filters).hasSize(Math.min(10, expected.size()))
        .allSatisfy(t -> assertThat(t).isNotBlank());
  }

  private static void waitForResults() {
    SearchPage.waitForResults(chromium.driver());
  }

  /** The sheets listed, as "2022/088", from the links' relative addresses. */
  private static List<String> shown() {
    return SearchPage.shown(chromium.driver());
  }
}
