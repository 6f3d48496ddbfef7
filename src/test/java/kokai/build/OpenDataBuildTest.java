package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import kokai.testutil.SampleContent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reuse features on a built site: downloads, charts, citation, metadata, feed, years linked and compared. */
class OpenDataBuildTest {
  @TempDir static Path dir;
  static MiniSite site;

  @BeforeAll
  static void build() {
    site = new MiniSite(dir);
    SampleContent.write(dir.resolve("content"));
    site.buildOk();
  }

  @Test
  void sheetPageLinksItsDownloadsWithTheLicenceBesideThem() throws Exception {
    Document p = site.page("2022/088/");
    Element data = p.getElementById("data");
    List<String> hrefs = data.select(".downloads a").eachAttr("href");
    assertThat(hrefs).containsExactly("sheet.json", "sheet.csv");
    for (String h : hrefs) {
      assertThat(site.out().resolve("2022/088/" + h)).isRegularFile();
    }
    assertThat(data.select(".license a").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    long bytes = Files.size(site.out().resolve("2022/088/sheet.json"));
    assertThat(data.select(".downloads .size").first().text()).isEqualTo("(" + (bytes + 1023) / 1024 + " KB)");
  }

  @Test
  void citationHasTheCopyButtonHiddenUntilTheScriptShowsIt() {
    Document p = site.page("2022/088/");
    assertThat(p.getElementById("citation-text").text())
        .startsWith("テスト市「令和4年度 事務事業マネジメントシート 088 情報通信ネットワーク運営業務」")
        .endsWith("https://example.jp/hyoka/2022/088/");
    Element button = p.selectFirst("button[data-copy=citation-text]");
    assertThat(button.hasAttr("hidden")).isTrue();
    assertThat(p.select("script[src$=copy.js]")).hasSize(1);
    assertThat(site.out().resolve("assets/js/copy.js")).isRegularFile();
  }

  @Test
  void headCarriesCanonicalPreviewTagsAndParsableJsonLd() throws Exception {
    Document p = site.page("2022/200/");
    assertThat(p.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.jp/hyoka/2022/200/");
    assertThat(p.select("meta[property=og:title]").attr("content")).contains("</script><b>");
    assertThat(p.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    List<Element> ld = p.select("script[type=application/ld+json]");
    assertThat(ld).hasSize(1);
    assertThat(p.select("b")).isEmpty();
    JsonNode json = new ObjectMapper().readTree(ld.get(0).data());
    assertThat(json.get("@type").asText()).isEqualTo("Dataset");
    assertThat(json.get("name").asText()).contains("子育て \"応援\", </script><b>支援 & 相談");
    assertThat(json.get("distribution").findValuesAsText("contentUrl"))
        .contains("https://example.jp/hyoka/2022/200/sheet.csv");
  }

  @Test
  void chartsOnPagesAreWellFormedSvgWithTheirTables() throws Exception {
    for (String url : List.of("2022/088/", "departments/policy/")) {
      String html = Files.readString(site.out().resolve(url + "index.html"), StandardCharsets.UTF_8);
      int from = 0;
      int count = 0;
      while ((from = html.indexOf("<svg", from)) >= 0) {
        int end = html.indexOf("</svg>", from) + "</svg>".length();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(html.substring(from, end).getBytes(StandardCharsets.UTF_8)));
        from = end;
        count++;
      }
      assertThat(count).as(url).isPositive();
      Document p = site.page(url);
      for (Element fig : p.select("figure.chart")) {
        assertThat(fig.select("svg[role=img]")).hasSize(1);
        assertThat(fig.select("details table tbody tr")).isNotEmpty();
      }
    }
    // the sheet page: cost trend, funding breakdown, one chart per indicator
    assertThat(site.page("2022/088/").select("figure.chart").eachAttr("id"))
        .containsExactly("chart-cost", "chart-funding", "chart-indicator-1");
  }

  @Test
  void sheetsOfOneProjectLinkEachOtherAndTheComparison() {
    Document p2022 = site.page("2022/088/");
    Element other = p2022.getElementById("other-years");
    assertThat(other.select("a").eachAttr("href"))
        .contains("../../2021/088/index.html", "../../2023/101/index.html", "../../compare/2021/088/index.html");
    // the renumbered sheet links back through its related entry
    assertThat(site.page("2023/101/").getElementById("other-years").select("a").eachAttr("href"))
        .contains("../../2021/088/index.html", "../../2022/088/index.html", "../../compare/2021/088/index.html");
    // a sheet alone in its project has no comparison
    assertThat(site.page("2022/200/").getElementById("other-years").select("a[href*=compare]")).isEmpty();
  }

  /**
   * A journalist groups a project's years in a spreadsheet by one column of sheets.csv (project in
   * sheets.en.csv): the project's oldest sheet, as the comparison page's address names it; a sheet
   * alone in its project names itself.
   */
  @Test
  void sheetsCsvNamesEachSheetsProjectByItsOldestSheetInBothLanguages() {
    Map<String, String> expected = Map.of("2021/088", "2021/088", "2022/088", "2021/088", "2023/101", "2021/088", "2022/200", "2022/200");
    for (String file : List.of("data/sheets.csv", "data/sheets.en.csv")) {
      List<org.apache.commons.csv.CSVRecord> rows = csv(site.files().get(file));
      int year = rows.get(0).toList().indexOf(file.contains(".en.") ? "fiscal_year" : "年度");
      int id = rows.get(0).toList().indexOf(file.contains(".en.") ? "id" : "事業番号");
      int project = rows.get(0).toList().indexOf(file.contains(".en.") ? "project" : "事業（最初のシート）");
      assertThat(project).as(file).isPositive();
      Map<String, String> said = new java.util.HashMap<>();
      rows.subList(1, rows.size()).forEach(r -> said.put(r.get(year) + "/" + r.get(id), r.get(project)));
      assertThat(said).as(file).containsAllEntriesOf(expected);
      assertThat(site.page("compare/" + said.get("2023/101") + "/").select("h1")).hasSize(1);
    }
  }

  /**
   * A program reading sheets.json finds the projects there, each by its sheets oldest first, every
   * sheet in one of them: the records themselves are sheets as the schema has them.
   */
  @Test
  void sheetsJsonListsEachProjectsSheetsOldestFirst() throws Exception {
    com.fasterxml.jackson.databind.JsonNode all = new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.files().get("data/sheets.json"));
    List<List<String>> projects = new java.util.ArrayList<>();
    all.get("projects").forEach(p -> {
      List<String> refs = new java.util.ArrayList<>();
      p.forEach(r -> refs.add(r.asText()));
      projects.add(refs);
    });
    assertThat(projects).contains(List.of("2021/088", "2022/088", "2023/101"), List.of("2022/200"));
    List<String> sheets = new java.util.ArrayList<>();
    all.get("sheets").forEach(x -> sheets.add(x.get("fiscalYear").asInt() + "/" + x.get("id").asText()));
    assertThat(projects.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(sheets);
  }

  @Test
  void comparisonPageShowsEachYearAndTheChanges() {
    Document c = site.page("compare/2021/088/");
    List<String> heads = c.select("table.compare thead th").eachText();
    assertThat(heads).hasSize(4);
    // the list of the project's sheets above the table runs oldest first, as the columns do
    List<String> columns = c.select("table.compare thead th a").eachAttr("href");
    assertThat(columns).containsExactly("../../../2021/088/index.html", "../../../2022/088/index.html", "../../../2023/101/index.html");
    assertThat(c.select(".compare-sheets a").eachAttr("href")).containsExactlyElementsOf(columns);
    assertThat(heads.get(1)).contains("令和3年度");
    Element budget = c.select("table.compare tr").stream()
        .filter(r -> r.select("th").text().startsWith("予算額")).findFirst().orElseThrow();
    // 2021: 90,000, 2022: 100,000, 2023: 129,129 (each sheet's own year)
    assertThat(budget.select("td").eachText()).containsExactly("90,000",
        "100,000 前年度からの変化:+10,000（+11.1%）", "129,129 前年度からの変化:+29,129（+29.1%）");
    Element direction = c.select("table.compare tr").stream()
        .filter(r -> r.select("th").text().startsWith("方向性") && !r.select("td").isEmpty()).findFirst().orElseThrow();
    assertThat(direction.hasClass("changed")).isTrue();
    assertThat(direction.text()).contains("継続 → 拡大・拡充");
    assertThat(c.select("h1").text()).doesNotContain(" の年度比較");
    // A journalist cites the comparison by its permanent address, with the date its newest figures are of.
    assertThat(c.expectFirst("#citation-text").text())
        .matches("テスト市「.*」\\d{4}年\\d{1,2}月\\d{1,2}日時点、https://example\\.jp/hyoka/compare/2021/088/");
    // The citation's heading, like every section heading a journalist may point to, has its § link.
    assertThat(c.expectFirst("#citation h2").id()).isEqualTo("citation-h");
    assertThat(c.select("#citation a.self-link").eachAttr("href")).containsExactly("#citation");
    assertThat(c.select("main h2")).allSatisfy(h -> assertThat(h.parent().select("a.self-link")).hasSize(1));
  }

  @Test
  void comparisonShowsAnUnknownValueAsTheExplainedDash() {
    MiniSite m = MiniSite.in(dir.resolve("unknown"));
    String sheet = """
        fiscalYear: %d
        id: "010"
        title: 文書管理事業
        organization: {department: 総務部, division: 総務課}
        costs:
          - {fiscalYear: %d, budget: 1000, settlement: %s}
        """;
    m.sheet(2022, "010", sheet.formatted(2022, 2022, "900")).sheet(2023, "010", sheet.formatted(2023, 2023, "null"));
    m.buildOk();
    Document c = m.page("compare/2022/010/");
    assertThat(c.select("h1").text()).startsWith("文書管理事業の年度比較");
    Element settlement = c.select("table.compare tr").stream()
        .filter(r -> r.select("th").text().startsWith("決算額")).findFirst().orElseThrow();
    assertThat(settlement.select("td").first().text()).isEqualTo("900");
    Element unknown = settlement.select("td").last().selectFirst("abbr");
    assertThat(unknown).isNotNull();
    assertThat(unknown.text()).isEqualTo("—");
    assertThat(unknown.attr("title")).isNotBlank();
    assertThat(c.text()).doesNotContain("不明");
  }

  /** A goal listed twice (warned about) is one goal: on the page, in the sheet's data and in the site's. */
  @Test
  void aGoalListedTwiceIsShownOnce() throws Exception {
    MiniSite m = MiniSite.in(dir.resolve("goals"));
    m.sheet(2022, "010", """
        fiscalYear: 2022
        id: "010"
        title: 文書管理事業
        organization: {department: 総務部, division: 総務課}
        sdgs: [16, 11, 16.0, 016]
        """);
    m.buildOk();
    assertThat(m.page("2022/010/").select("ul.sdgs li").eachText()).hasSize(2);
    JsonNode data = new ObjectMapper().readTree(m.files().get("2022/010/sheet.json"));
    assertThat(data.get("sdgs").toString()).isEqualTo("[16,11]");
    assertThat(new String(m.files().get("data/sheets.csv"), StandardCharsets.UTF_8)).contains(",16 11,");
    assertThat(new String(m.files().get("2022/010/sheet.csv"), StandardCharsets.UTF_8)).containsOnlyOnce(",16,");
  }

  @Test
  void aTotalThatLeavesOutSheetsSaysHowManySheetsItLeavesOut() {
    // 2022 has 088 (budget 100,000, settlement 98,000, personnel 10,460) and 200 (budget 5,000, the rest unknown)
    Element row = site.page("").select("#totals tbody tr").stream()
        .filter(r -> r.selectFirst("th").text().contains("2022")).findFirst().orElseThrow();
    List<Element> cells = row.select("td");
    assertThat(cells.get(0).text()).isEqualTo("2");
    assertThat(cells.get(1).text()).isEqualTo("105,000");
    for (Element partial : List.of(cells.get(2), cells.get(3))) {
      assertThat(partial.ownText()).isIn("98,000", "10,460");
      assertThat(partial.select(".note").text()).isEqualTo("1件を含まない");
    }
    assertThat(cells.get(1).select(".note")).isEmpty();
  }

  @Test
  void siteWideDataFeedAndDataPageAreWritten() throws Exception {
    for (String f : List.of("data/sheets.csv", "data/sheets.en.csv", "data/sheets.json", "data/costs.csv",
        "data/costs.en.csv", "data/sheet.schema.json", "feed.xml")) {
      assertThat(site.out().resolve(f)).as(f).isRegularFile();
    }
    Document data = site.page("data/");
    assertThat(data.select(".downloads a").eachAttr("href")).contains("sheets.csv", "../feed.xml");
    assertThat(data.select(".license").text()).contains("CC BY 4.0");
    assertThat(site.page("").select("link[type=application/atom+xml]").attr("href")).isEqualTo("feed.xml");
    assertThat(site.page("").select("footer a[href='data/index.html']")).hasSize(1);
  }

  /**
   * Pages point feed readers at feed.xml exactly when the build writes it: with a publication date
   * in the sheets only (none in site.yaml) the feed is written and every page links it; with no date
   * at all there is neither.
   */
  @Test
  void pagesLinkTheFeedExactlyWhenItIsWritten() {
    String noSiteDate = SampleContent.SITE.replace("published: 2023-06-01\n", "");
    for (boolean sheetDates : List.of(true, false)) {
      MiniSite m = MiniSite.in(dir.resolve("feed-" + sheetDates)).file("content/site.yaml", noSiteDate);
      String sheet = MiniSite.sheet(2022, "001", "事業", "政策部", "情報政策課", null, 100, 90L, 10);
      m.sheet(2022, "001", sheetDates ? "published: 2023-07-01\n" + sheet : sheet);
      m.buildOk();
      boolean written = m.files().containsKey("feed.xml");
      assertThat(written).as("feed written with dates in sheets: " + sheetDates).isEqualTo(sheetDates);
      for (String url : List.of("", "2022/001/", "data/")) {
        assertThat(m.page(url).select("link[rel=alternate][type=application/atom+xml]")).as(url).hasSize(written ? 1 : 0);
      }
    }
  }

  /**
   * A printout names the page it came from: each listed page has its permanent address in a line
   * shown only in print (the 404 page, which is at no address of its own, has none).
   */
  @Test
  void aPrintedPageNamesItsPermanentAddress() throws Exception {
    Document sheet = site.page("2022/088/");
    assertThat(sheet.select("p.print-url").text()).isEqualTo("このページ: " + sheet.select("link[rel=canonical]").attr("href"))
        .endsWith("/2022/088/");
    assertThat(org.jsoup.Jsoup.parse(site.files().get("404.html") == null ? "" : new String(site.files().get("404.html"),
        StandardCharsets.UTF_8)).select("p.print-url")).isEmpty();
    String css = new String(site.files().get("assets/css/site.css"), StandardCharsets.UTF_8);
    assertThat(css).contains(".print-url { display: none; }");
    assertThat(css.substring(css.indexOf("@media print"))).contains(".print-url { display: block;");
  }

  /** The data page explains every column of each CSV file, by the header and the English key the files have. */
  @Test
  void theDataPageExplainsEveryColumnOfEachCsvFile() {
    Document data = site.page("data/");
    Map<String, String> files = Map.of("sheets", "data/sheets.csv", "costs", "data/costs.csv", "sheet", "2022/088/sheet.csv");
    Map<String, String> english = Map.of("sheets", "data/sheets.en.csv", "costs", "data/costs.en.csv");
    files.forEach((stem, file) -> {
      org.jsoup.nodes.Element table = data.expectFirst("#columns-" + stem + " ~ .table-scroll table");
      List<String> headers = csv(site.files().get(file)).get(0).toList();
      assertThat(table.select("tbody th[scope=row]").eachText()).as(file).isEqualTo(headers);
      if (english.containsKey(stem)) {
        assertThat(table.select("tbody td code").eachText()).as(file).isEqualTo(csv(site.files().get(english.get(stem))).get(0).toList());
      }
      assertThat(table.select("tbody td:last-child").eachText()).as(file).hasSize(headers.size()).allSatisfy(t -> assertThat(t).isNotBlank());
    });
  }

  /**
   * A reader who finds '+81-29-… in a CSV cell learns on the data page why the ' is there and where
   * the text is as written, in either language: the CSV files write a text a spreadsheet would run
   * as a formula with ' before it.
   */
  @Test
  void theDataPageSaysWhyATextInACsvFileStartsWithAnApostrophe() {
    MiniSite english = englishSite("formula-en");
    for (MiniSite s : List.of(site, english)) {
      List<String> conventions = s.page("data/").select("#conventions li").eachText();
      assertThat(conventions).as(s.out().toString()).anySatisfy(c -> assertThat(c).contains("'+81-29-").contains("sheet.json"));
    }
  }

  /**
   * The data page says how its URL columns are to be read: whole addresses where site.yaml gives
   * baseUrl, paths from the site's top folder where it does not, which a downloaded file cannot
   * resolve alone; and that Excel may take a sheet number for a date.
   */
  @Test
  void theDataPageSaysWhatTheUrlColumnsHoldWithAndWithoutABaseUrl() {
    Path bare = dir.resolve("no-base-url");
    SampleContent.write(bare.resolve("content"));
    SampleContent.file(bare.resolve("content"), "site.yaml", SampleContent.SITE.replace("baseUrl: https://example.jp/hyoka/\n", ""));
    MiniSite withoutBase = new MiniSite(bare);
    withoutBase.buildOk();
    assertThat(withoutBase.page("data/").select("#conventions li").eachText())
        .anySatisfy(c -> assertThat(c).contains("baseUrl").contains("2022/087/"))
        .noneSatisfy(c -> assertThat(c).contains("開き方によらず"));
    List<String> conventions = site.page("data/").select("#conventions li").eachText();
    assertThat(conventions).anySatisfy(c -> assertThat(c).contains("開き方によらず"))
        .noneSatisfy(c -> assertThat(c).contains("2022/087/"))
        .anySatisfy(c -> assertThat(c).contains("3-1").contains("日付"));
  }

  /** The sample content built with the English interface, in {@code folder} of the test's folder. */
  private MiniSite englishSite(String folder) {
    Path en = dir.resolve(folder);
    SampleContent.write(en.resolve("content"));
    SampleContent.file(en.resolve("content"), "site.yaml", SampleContent.SITE + "language: en\n");
    MiniSite english = new MiniSite(en);
    english.buildOk();
    return english;
  }

  @Test
  void anEnglishSiteHasEnglishChartsAndComparison() {
    MiniSite english = englishSite("en");
    Document sheet = english.page("2022/088/");
    assertThat(sheet.select("#chart-cost svg title").first().text()).isEqualTo("Costs (JPY thousand)");
    assertThat(sheet.select("#chart-cost tbody th").eachText()).containsExactly("FY2021", "FY2022", "FY2023");
    Document compare = english.page("compare/2021/088/");
    assertThat(compare.select("h1").text()).contains("FY2021 to FY2023");
    // A row that changes says so to a screen reader, in words rather than the star the eye sees.
    assertThat(compare.select("table.compare tbody th[scope=row]").eachText()).contains("Budget (JPY thousand) (changed)");
    // Each sheet also as a CSV with English headers and labels: the same rows as the Japanese file,
    // which stays as every city's (this class's Japanese site has no English one).
    assertThat(sheet.select("#data .downloads a").eachAttr("href")).containsExactly("sheet.json", "sheet.csv", "sheet.en.csv");
    List<org.apache.commons.csv.CSVRecord> ja = csv(english.files().get("2022/088/sheet.csv"));
    List<org.apache.commons.csv.CSVRecord> enRows = csv(english.files().get("2022/088/sheet.en.csv"));
    assertThat(enRows.get(0).toList()).containsExactly("key", "section", "item", "fiscal_year", "value", "unit");
    assertThat(enRows.subList(1, enRows.size())).extracting(r -> List.of(r.get(0), r.get(3), r.get(4)))
        .isEqualTo(ja.subList(1, ja.size()).stream().map(r -> List.of(r.get(0), r.get(3), r.get(4))).toList());
    assertThat(enRows.subList(1, enRows.size())).allSatisfy(r -> assertThat(r.get(1) + r.get(2))
        .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]"));
    assertThat(site.files()).doesNotContainKey("2022/088/sheet.en.csv");
    // An item whose label starts with its group's is said once: 人件費計, not 人件費 人件費計.
    assertThat(enRows).filteredOn(r -> r.get(0).equals("costs.personnel.total")).extracting(r -> r.get(2)).containsOnly("Personnel cost");
    assertThat(ja).filteredOn(r -> r.get(0).equals("costs.personnel.total")).extracting(r -> r.get(2)).containsOnly("人件費計");
    assertThat(enRows).filteredOn(r -> r.get(0).equals("costs.personnel.regularStaff")).extracting(r -> r.get(2))
        .containsOnly("Personnel Regular staff (FTE)");
  }

  private static List<org.apache.commons.csv.CSVRecord> csv(byte[] bytes) {
    try {
      return org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(
          new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aSecondBuildGivesTheSameBytes() {
    Map<String, byte[]> first = site.files();
    MiniSite again = new MiniSite(dir.resolve("again"));
    SampleContent.write(dir.resolve("again/content"));
    again.buildOk();
    Map<String, byte[]> second = again.files();
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((k, v) -> assertThat(second.get(k)).as(k).isEqualTo(v));
  }
}
