package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kokai.load.ContentLoader;
import kokai.model.Sheet;
import kokai.testing.Chromium;
import kokai.testing.ServedSite;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page over letters with cases other than Latin's: Greek, whose capital sigma is
 * lower-cased by its place in the word, and letters outside the Basic Multilingual Plane.
 */
class SearchLettersTest {
  private static final String SITE = """
      title: テスト市 事務事業評価
      city: テスト市
      license: {name: テスト市データ利用規約, url: "https://example.jp/terms/"}
      departmentSlugs: {総務部: general-affairs}
      """;
  private static final String SHEET = """
      fiscalYear: 2023
      id: "%s"
      title: '%s'
      organization: {department: 総務部, division: 国際課}
      overview: {purpose: '%s'}
      """;

  @TempDir static Path dir;
  static List<Sheet> sheets;
  @AutoClose static ServedSite served;

  @BeforeAll
  static void build() throws Exception {
    assumeTrue(Chromium.available(), "chromium and chromedriver are not installed");
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("sheets/2023"));
    Files.writeString(content.resolve("site.yaml"), SITE);
    Files.writeString(content.resolve("sheets/2023/001.yaml"), SHEET.formatted("001", "ΟΔΟΣ 交流事業", "𐐀𐐨 ΣΟΦΟΣ"));
    Files.writeString(content.resolve("sheets/2023/002.yaml"), SHEET.formatted("002", "σοφός 交流事業", "ΟΔΟΣΑ"));
    Files.writeString(content.resolve("sheets/2023/003.yaml"), SHEET.formatted("003", "受付事業", "4月〜6月に受け付ける。様式Ａ‐１のデータ"));
    Files.writeString(content.resolve("sheets/2023/004.yaml"), SHEET.formatted("004", "相談事業", "4月～6月、様式A−1 及び 様式A—1 で相談する。"));
    Files.writeString(content.resolve("sheets/2023/005.yaml"), SHEET.formatted("005", "İstanbul 姉妹都市交流", "İZMİR 及び Istanbul との交流"));
    Files.writeString(content.resolve("sheets/2023/006.yaml"), SHEET.formatted("006", "達成率事業", "達成率100%を目指す。記号%zzも書く。"));
    var loaded = new ContentLoader().load(content);
    assertThat(loaded.diagnostics()).isEmpty();
    sheets = loaded.content().orElseThrow().sheets();
    SearchSite.build(content, dir.resolve("site"));
    served = ServedSite.start(dir.resolve("site"));
  }

  /**
   * Each query finds exactly the sheets whose text, lower-cased as a whole, has it: ΟΔΟΣ is οδος
   * (a final ς), ΟΔΟΣΑ is οδοσα, and 𐐀 is 𐐨 as lower case (Deseret).
   */
  @Test
  void lettersAreLowerCasedAsTheirTextIs() {
    assertThat(differingFromTheTruth("οδος", "ΟΔΟΣ", "οδοσ", "ΟΔΟΣΑ", "σοφος", "σοφοσ", "ΣΟΦΟΣ", "σοφός", "𐐨𐐨", "𐐀𐐀", "𐐀")).isEmpty();
    assertThat(SearchTruth.expected(sheets, "οδος", Map.of())).containsExactly("2023/001");
  }

  /**
   * A wave dash, a full-width tilde and a tilde are one to the search, and so are the dashes and
   * hyphens, on both sides, the words marked too; the long vowel mark is not a dash.
   */
  @Test
  void waveDashesAndDashesAreFoundWhicheverIsTyped() {
    var driver = served.chromium().driver();
    List<String> wrong = new ArrayList<>();
    for (String q : List.of("4月~6月", "4月〜6月", "4月～6月", "様式a-1", "様式A‐1", "様式Ａ－１", "様式A―1", "デ-タ", "データ")) {
      List<String> expected = SearchTruth.expected(sheets, q, Map.of());
      search(q);
      List<String> found = SearchPage.shown(driver);
      List<?> marked = (List<?>) driver.executeScript("return [...document.querySelectorAll('#search-results .search-result-snippet mark')]"
          + ".map(function (m) { return m.textContent; });");
      if (!found.equals(expected) || marked.size() < found.size()) {
        wrong.add(q + ": " + found + " instead of " + expected + ", marked " + marked);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(SearchTruth.expected(sheets, "4月~6月", Map.of())).containsExactly("2023/003", "2023/004");
    assertThat(SearchTruth.expected(sheets, "様式a-1", Map.of())).containsExactly("2023/003", "2023/004");
    assertThat(SearchTruth.expected(sheets, "デ-タ", Map.of())).isEmpty();
  }

  /**
   * İ, whose lower case is two units (i̇), is i to the index, the page and the tests' truth alike:
   * each query finds what the truth says, written as İ, as I with a combining dot, or lower-cased;
   * İSTANBUL finds the sheet that writes İstanbul, and izmir the one that writes İZMİR.
   */
  @Test
  void aCapitalIWithADotIsFoundAsAnI() {
    assertThat(differingFromTheTruth("İstanbul", "İSTANBUL", "I\u0307stanbul", "istanbul", "i\u0307stanbul", "izmir", "İzmir", "İZMİR")).isEmpty();
    assertThat(SearchTruth.expected(sheets, "İSTANBUL", Map.of())).containsExactly("2023/005");
    assertThat(SearchTruth.expected(sheets, "İZMİR", Map.of())).containsExactly("2023/005");
    assertThat(SearchTruth.expected(sheets, "izmir", Map.of())).containsExactly("2023/005");
    // A combining dot after a small i is a character of its own, which NFKC keeps.
    assertThat(SearchTruth.expected(sheets, "i\u0307stanbul", Map.of())).isEmpty();
  }

  /**
   * A % typed into the address bar is sent as it is, not followed by two hex digits (?q=100%): the
   * page's script reads the raw query itself and searches for the % as written. From disk, as the
   * preview's JDK server refuses such an address with a 400 before kokai sees it (see PreviewServer).
   */
  @Test
  void aPercentSignNotFollowedByTwoHexDigitsIsSearchedAsWrittenFromDisk() {
    var driver = served.chromium().driver();
    for (String q : List.of("100%", "%zz", "100%を")) {
      driver.get(dir.resolve("site/search/index.html").toUri() + "?q=" + q);
      SearchPage.waitForResults(driver);
      assertThat(driver.findElement(org.openqa.selenium.By.id("search-q")).getAttribute("value")).as(q).isEqualTo(q);
      assertThat(SearchPage.shown(driver)).as(q).isEqualTo(SearchTruth.expected(sheets, q, Map.of())).containsExactly("2023/006");
    }
  }

  private static void search(String q) {
    var driver = served.chromium().driver();
    driver.get(served.server().url("search/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    SearchPage.waitForResults(driver);
  }

  /** The queries whose results in the page are not the sheets the truth gives, each with both. */
  private List<String> differingFromTheTruth(String... queries) {
    List<String> wrong = new ArrayList<>();
    for (String q : queries) {
      List<String> expected = SearchTruth.expected(sheets, q, Map.of());
      search(q);
      List<String> found = SearchPage.shown(served.chromium().driver());
      if (!found.equals(expected)) {
        wrong.add(q + ": " + found + " instead of " + expected);
      }
    }
    return wrong;
  }
}
