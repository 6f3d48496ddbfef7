package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kokai.diag.Diagnostic;
import kokai.diag.SourceLocation;
import kokai.publish.Staging;
import kokai.render.DefaultTheme;
import kokai.render.StyleText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Behaviour of a whole build on small sites written in the test. */
class SiteBuildTest {
  @TempDir Path dir;

  private MiniSite twoDepartments() {
    return MiniSite.in(dir)
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500))
        .sheet(2022, "011", MiniSite.sheet(2022, "011", "庁舎管理", "総務部", "管財課", null, 2000, null, 700))
        .sheet(2023, "010", MiniSite.sheet(2023, "010", "広報事業", "総務部", "広報課", "広報係", 1100, null, 600))
        .sheet(2022, "020", MiniSite.sheet(2022, "020", "道路補修", "建設部", "道路課", "維持係", 5000, 4800L, 1200));
  }

  /** {@link #twoDepartments()} with {@code theme: city}, for a test to put the city's theme files under themes/city/. */
  private MiniSite cityThemed() {
    return twoDepartments().file("content/site.yaml", MiniSite.SITE_YAML + "theme: city\n");
  }

  /** Every word of the comparison pages is a message a Japanese city theme can change, without a warning that it is unused. */
  @Test
  void aJapaneseThemeChangesTheComparisonPagesWords() {
    MiniSite s = cityThemed()
        .file("themes/city/i18n/messages_ja.properties", "compare.budget=当初予算額\ncompare.citizenNeeds=市民の必要性\n");
    BuildResult r = s.build();
    assertThat(r.published()).isTrue();
    assertThat(r.diagnostics()).extracting(Diagnostic::message).noneMatch(m -> m.contains("compare."));
    assertThat(s.page("compare/2022/010/").select("tbody th").eachText())
        .anyMatch(t -> t.startsWith("当初予算額（")).anyMatch(t -> t.startsWith("市民の必要性（"))
        .noneMatch(t -> t.startsWith("予算額（"));
  }

  /** Every page a link may point to has a link preview (the sheet's page its own, once); the search page, kept small, has none. */
  @Test
  void pagesHaveOneLinkPreviewAndTheSearchPageNone() {
    MiniSite s = twoDepartments();
    s.buildOk();
    for (String url : List.of("", "years/2022/", "departments/general/", "sdgs/4/", "2022/010/", "compare/2022/010/")) {
      var d = s.page(url);
      assertThat(d.select("meta[property=og:type]")).as(url).hasSize(1);
      assertThat(d.select("meta[property=og:title]").attr("content")).as(url).isNotBlank();
      assertThat(d.select("meta[property=og:site_name]").attr("content")).as(url).isEqualTo(d.title().replaceAll(".* \\| ", ""));
    }
    assertThat(s.page("years/2022/").select("meta[property=og:title]").attr("content")).isEqualTo(s.page("years/2022/").expectFirst("h1").text());
    assertThat(s.page("search/").select("meta[property^=og:]")).isEmpty();
  }

  /** Each chart's toggle for its table names the chart, for a screen reader's list of a page's controls. */
  @Test
  void everyChartsTableToggleHasANameOfItsOwn() {
    MiniSite s = twoDepartments();
    s.buildOk();
    for (String url : List.of("2022/010/", "departments/general/")) {
      var toggles = s.page(url).select("figure.chart details.chart-data > summary");
      assertThat(toggles).as(url).isNotEmpty();
      assertThat(toggles.eachText()).as(url).doesNotHaveDuplicates();
      toggles.forEach(t -> assertThat(t.text()).endsWith(t.parent().expectFirst("caption").text()));
    }
  }

  /** The city's order (departmentSlugs as written) first, whatever the sheets' numbers; then the rest by the sheets. */
  @Test
  void departmentsAreListedInTheOrderSiteYamlNamesThem() {
    MiniSite s = twoDepartments()
        .sheet(2022, "005", MiniSite.sheet(2022, "005", "防災訓練", "危機管理部", "防災課", null, 300, 300L, 100))
        .sheet(2022, "030", MiniSite.sheet(2022, "030", "窓口事業", "市民部", "市民課", null, 400, 400L, 100))
        .file("content/site.yaml", MiniSite.SITE_YAML.replace("  総務部: general\n", "  建設部: construction\n  総務部: general\n"));
    s.buildOk();
    // By the sheets alone: 危機管理部 (005), 総務部 (010), 建設部 (020), 市民部 (030).
    assertThat(s.page("departments/").select("table.departments tbody th a").eachText())
        .containsExactly("建設部", "総務部", "危機管理部", "市民部");
    assertThat(s.page("").select("a[href*=departments/] .card-title").eachText())
        .containsExactly("建設部", "総務部", "危機管理部", "市民部");
  }

  @Test
  void aFailedExtraStageIsNamedAndLeavesThePreviousSite() throws Exception {
    MiniSite s = twoDepartments();
    s.buildOk();
    Map<String, byte[]> before = s.files();
    BuildStage slowWriter = new BuildStage() {
      public String name() {
        return "slow";
      }

      public void run(StageContext ctx) throws Exception {
        Thread.sleep(300); // still writing when the other stage has failed
        ctx.sink().write("slow.txt", new byte[] {1});
      }
    };
    BuildStage failing = new BuildStage() {
      public String name() {
        return "broken";
      }

      public void run(StageContext ctx) {
        throw new IllegalStateException("disk full");
      }
    };
    SiteBuild build = new SiteBuild(List.of(slowWriter, failing));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> build.run(new BuildConfig(dir.resolve("content"), s.out(), null, dir.resolve("themes"))))
        .isInstanceOfSatisfying(StageFailure.class, f -> assertThat(f.stage()).isEqualTo("broken"))
        .hasMessageContaining("disk full");
    assertThat(MiniSite.files(s.out())).containsExactlyInAnyOrderEntriesOf(before);
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
    }
  }

  @Test
  void sheetPageShowsFiguresUnknownsAndLinks() {
    MiniSite s = twoDepartments();
    s.buildOk();
    Document p = s.page("2022/011/");
    assertThat(p.select("h1").text()).isEqualTo("011 庁舎管理");
    Element costs = p.expectFirst("#costs table");
    assertThat(costs.select("tbody tr:has(td)").get(0).select("td").text()).isEqualTo("2,000");
    // The settlement is unknown: "—", and the total falls back to the budget plus personnel.
    assertThat(costs.select("tbody tr:has(td)").get(1).select("td").text()).isEqualTo("—");
    assertThat(costs.select("tr.total td").text()).isEqualTo("2,700");
    assertThat(p.select("#evaluation td.score > [aria-hidden=true]").eachText()).containsExactly("3 / 5", "4 / 5", "5 / 5", "2 / 5");
    // A screen reader hears the scale in words, not "3 slash 5".
    assertThat(p.select("#evaluation td.score > .vh").eachText()).containsExactly("5段階中3", "5段階中4", "5段階中5", "5段階中2");
    assertThat(p.select(".eyebrow").text()).startsWith("令和4年度 (2022)");
    for (String id : new String[] {"basic", "overview", "costs", "participation", "indicators", "indicator-1", "results", "evaluation", "direction", "data",
        "downloads", "citation"}) {
      assertThat(p.getElementById(id)).as(id).isNotNull();
      assertThat(p.select("#" + id + " > .section-head a.self-link[href=#" + id + "]")).as("§ link of " + id).hasSize(1);
    }
    // A journalist links to the downloads or the citation inside the data section, as the comparison page's #citation.
    assertThat(p.select("#data > section").eachAttr("id")).containsExactly("downloads", "citation");
    assertThat(p.select(".org a").eachAttr("href"))
        .containsExactly("../../departments/general/index.html", "../../departments/general/index.html#" + divisionAnchor(s, "管財課"));
    // Another department has no configured slug: a stable generated one.
    assertThat(s.page("2022/020/").select(".org a").first().attr("href")).matches("\\.\\./\\.\\./departments/dept-[0-9a-f]{8}/index\\.html");
  }

  /** A file may list an indicator's years in any order; the page's table reads by year, as its chart does. */
  @Test
  void anIndicatorsYearsWrittenOutOfOrderAreShownByYearInTheTableAndTheChart() {
    String sheet = MiniSite.sheet(2022, "011", "庁舎管理", "総務部", "管財課", null, 2000, null, 700)
        .replace("      - {fiscalYear: 2022, target: 100, actual: 90}\n",
            "      - {fiscalYear: 2023, target: 130, actual: null}\n      - {fiscalYear: 2021, target: 80, actual: 70}\n"
                + "      - {fiscalYear: 2022, target: 100, actual: 90}\n");
    MiniSite s = MiniSite.in(dir).sheet(2022, "011", sheet);
    s.buildOk();
    Document p = s.page("2022/011/");
    Element table = p.expectFirst("#indicator-1 table.indicator-values");
    assertThat(table.select("thead th.num").eachText()).containsExactly("令和3年度", "令和4年度", "令和5年度");
    assertThat(table.select("tbody tr").get(0).select("td").eachText()).containsExactly("80", "100", "130");
    assertThat(table.select("tbody tr").get(1).select("td").eachText()).containsExactly("70", "90", "—");
    assertThat(p.select("#chart-indicator-1 .chart-data tbody th").eachText()).containsExactly("令和3年度", "令和4年度", "令和5年度");
  }

  /**
   * The page gives the publication date its citation gives: the sheet's own, else site.yaml's; but
   * a sheet updated before site.yaml's date came out earlier, and its publication is not known.
   */
  @Test
  void aSheetsPublicationDateIsTheOneItsCitationGives() {
    String plain = MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500);
    MiniSite s = MiniSite.in(dir)
        .file("content/site.yaml", MiniSite.SITE_YAML + "published: 2024-06-01\n")
        .sheet(2022, "010", plain)
        .sheet(2022, "011", MiniSite.sheet(2022, "011", "庁舎管理", "総務部", "管財課", null, 2000, null, 700) + "updated: 2023-08-15\n");
    s.buildOk();
    Document taken = s.page("2022/010/");
    assertThat(fact(taken, "公表日")).isEqualTo("2024年6月1日");
    assertThat(taken.expectFirst("#citation-text").text()).contains("2024年6月1日公表、");
    Document earlier = s.page("2022/011/");
    assertThat(fact(earlier, "公表日")).isEqualTo("—");
    assertThat(fact(earlier, "更新日")).isEqualTo("2023年8月15日");
    assertThat(earlier.expectFirst("#citation-text").text()).contains("」2023年8月15日更新、").doesNotContain("公表");
  }

  /**
   * A sheet that gives only the day it was updated, on a site that gives no publication date, is
   * cited as updated that day in both languages, never as published then; the JSON-LD and the
   * feed give it as the day modified, with no publication date, and the data its published as null.
   */
  @Test
  void aSheetWithOnlyAnUpdateDateIsCitedAsUpdatedAndClaimsNoPublication() throws IOException {
    MiniSite s = MiniSite.in(dir).file("content/site.yaml", MiniSite.SITE_YAML + "translations:\n  - language: en\n")
        .sheet(2022, "011", MiniSite.sheet(2022, "011", "庁舎管理", "総務部", "管財課", null, 2000, null, 700) + "updated: 2023-06-01\n");
    s.buildOk();
    Document ja = s.page("2022/011/");
    assertThat(ja.expectFirst("#citation-text").text()).contains("」2023年6月1日更新、").doesNotContain("公表");
    assertThat(fact(ja, "公表日")).isEqualTo("—");
    Document en = s.page("en/2022/011/");
    assertThat(en.expectFirst("#citation-text").text()).contains(", updated 1 June 2023, ").doesNotContain("published");
    for (Document page : List.of(ja, en)) {
      String ld = page.expectFirst("script[type=application/ld+json]").data();
      assertThat(ld).contains("\"dateModified\":\"2023-06-01\"").doesNotContain("datePublished");
    }
    String feed = Files.readString(s.out().resolve("feed.xml"), StandardCharsets.UTF_8);
    assertThat(feed).contains("<updated>2023-06-01T00:00:00+09:00</updated>").doesNotContain("<published>");
    assertThat(Files.readString(s.out().resolve("2022/011/sheet.json"), StandardCharsets.UTF_8))
        .contains("\"published\" : null", "\"updated\" : \"2023-06-01\"");
  }

  private static String fact(Document page, String term) {
    return page.select("#basic dt").stream().filter(dt -> dt.text().equals(term)).findFirst().orElseThrow().nextElementSibling().text();
  }

  private static String divisionAnchor(MiniSite s, String division) {
    return s.page("departments/general/").select("section.division").stream()
        .filter(e -> e.selectFirst("h2").text().equals(division)).findFirst().orElseThrow().id();
  }

  @Test
  void sameProjectInOtherYearsIsLinkedBothWays() {
    MiniSite s = twoDepartments();
    s.buildOk();
    assertThat(s.page("2022/010/").select("#other-years ul a").eachAttr("href")).containsExactly("../../2023/010/index.html");
    assertThat(s.page("2023/010/").select("#other-years ul a").eachAttr("href")).containsExactly("../../2022/010/index.html");
    assertThat(s.page("2022/011/").select("#other-years ul a")).isEmpty();
  }

  /**
   * 010 given afresh in 2023 to another project, and the sheet says so: the two sheets list no
   * other years and have no comparison page, while a later sheet of the new project joins it.
   */
  @Test
  void aSheetThatStartsANewProjectUnderAnOldNumberIsNotJoinedToThatNumbersEarlierSheet() {
    MiniSite s = MiniSite.in(dir)
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500))
        .sheet(2023, "010", MiniSite.sheet(2023, "010", "道路補修", "建設部", "道路課", "維持係", 5000, null, 1200)
            .replace("title: 道路補修", "title: 道路補修\nnewProject: true"))
        .sheet(2024, "010", MiniSite.sheet(2024, "010", "道路補修", "建設部", "道路課", "維持係", 5200, null, 1200));
    s.buildOk();
    assertThat(s.page("2022/010/").select("#other-years ul a")).isEmpty();
    assertThat(s.page("2023/010/").select("#other-years ul a").eachAttr("href")).containsExactly("../../2024/010/index.html");
    assertThat(s.out().resolve("compare/2022/010/index.html")).doesNotExist();
    assertThat(s.page("compare/2023/010/").select("thead th a").eachAttr("href"))
        .containsExactly("../../../2023/010/index.html", "../../../2024/010/index.html");
  }

  @Test
  void departmentPageTotalsPerYear() {
    MiniSite s = twoDepartments();
    s.buildOk();
    Document d = s.page("departments/general/");
    assertThat(d.select("h1").text()).isEqualTo("総務部");
    // 2022: sheets 010 (1000 / 900 / 500) and 011 (2000 / unknown / 700); 2023: sheet 010 only.
    // The settlement sum of 2022 leaves 011 out, and says so.
    assertThat(d.select("#totals tbody tr").get(0).select("td").eachText())
        .containsExactly("2", "3,000", "900 1件を含まない", "1,200");
    assertThat(d.select("#totals tbody tr").get(1).select("td").eachText()).containsExactly("1", "1,100", "—", "600");
    assertThat(d.select("section.division h2").eachText()).containsExactly("広報課", "管財課");
    // A section's heading says its division first to screen readers: two divisions may each have a 庶務係.
    assertThat(d.select("section.division h3").eachText()).containsExactly("広報課: 広報係", "管財課: 係の記載なし");
    // Each section's table says what its amounts are in, as the year's listing does, and whose they are.
    assertThat(d.select("section.division table caption").eachText()).filteredOn(c -> c.contains("の事業"))
        .containsExactly("広報課 広報係の事業（金額の単位: 千円）", "管財課の事業（金額の単位: 千円）");
  }

  @Test
  void twoBuildsGiveIdenticalBytes() {
    MiniSite s = twoDepartments();
    s.buildOk();
    Map<String, byte[]> first = s.files();
    s.buildOk();
    Map<String, byte[]> second = s.files();
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((k, v) -> assertThat(second.get(k)).as(k).isEqualTo(v));
  }

  /**
   * A city template that reads a value some sheets lack fails on those sheets' pages only: said
   * once, at the template's line, with the first such page and how many, so that staff can find
   * the sheet (or guard the template with !).
   */
  @Test
  void aCityTemplateFailingOnSomeSheetsNamesTheFirstPageAndHowMany() throws Exception {
    MiniSite s = cityThemed()
        .sheet(2023, "011", MiniSite.sheet(2023, "011", "庁舎管理", "総務部", "管財課", null, 2100, null, 700))
        .file("themes/city/templates/sheet.ftlh", "<#import \"layouts/base.ftlh\" as base>\n<@base.layout>\n"
            + "<h1>${page.sheet().organization().section()}</h1>\n</@base.layout>\n");
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertThat(errors).hasSize(1);
    Diagnostic d = errors.get(0);
    assertThat(d.location().file()).isEqualTo(dir.resolve("themes/city/templates/sheet.ftlh"));
    assertThat(d.location().line()).isEqualTo(3);
    assertThat(d.message()).contains("has no value here").endsWith("; on 2 pages, the first 2022/011/index.html");

    s.sheet(2023, "011", MiniSite.sheet(2023, "011", "庁舎管理", "総務部", "管財課", "庶務係", 2100, null, 700));
    assertThat(s.build().diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message))
        .singleElement().asString().endsWith("; on the page 2022/011/index.html");
  }

  @Test
  void brokenCityTemplateLeavesTheOldSiteAndNamesTemplateAndLine() throws Exception {
    MiniSite s = twoDepartments();
    s.buildOk();
    Map<String, byte[]> before = s.files();
    s.file("content/site.yaml", MiniSite.SITE_YAML + "theme: city\n")
        .file("themes/city/templates/sheet.ftlh", "<#import \"layouts/base.ftlh\" as base>\n<@base.layout>\n<h1>${page.sheet.nosuch}</h1>\n</@base.layout>\n");
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    Diagnostic d = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertThat(d.location().file()).isEqualTo(dir.resolve("themes/city/templates/sheet.ftlh"));
    assertThat(d.location().line()).isEqualTo(3);
    assertThat(d.message()).contains("${page.sheet.nosuch} has no value here");
    Map<String, byte[]> after = s.files();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "themes", "site");
    }
  }

  /** The template and the texts as Windows' Notepad saves them, with a byte order mark first: it is not part of them. */
  @Test
  void cityThemeOverridesFilesByNameAndKeepsTheRest() {
    MiniSite s = cityThemed()
        .file("themes/city/templates/partials/footer.ftlh", "\uFEFF<footer class=\"city-footer\"><p>テスト市役所 〒000-0000</p></footer>\n")
        .file("themes/city/assets/css/site.css", "body { color: #000; }\n")
        .file("themes/city/assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
        .file("themes/city/i18n/messages_ja.properties", "\uFEFFnav.search=さがす\n");
    BuildResult r = s.buildOk();
    assertThat(r.diagnostics()).noneMatch(d -> "theme".equals(d.field()));
    assertThat(s.files().get("index.html")).asString().doesNotContain("\uFEFF");
    Document home = s.page("");
    assertThat(home.select("footer.city-footer").text()).isEqualTo("テスト市役所 〒000-0000");
    assertThat(home.select(".site-nav").text()).contains("さがす").contains("部局から探す");
    assertThat(s.files().get("assets/css/site.css")).asString().isEqualTo("body { color: #000; }\n");
    assertThat(s.files()).containsKeys("assets/img/logo.svg", "assets/js/sort.js");
  }

  /**
   * A copy of a default template, stylesheet or script (kokai theme) says which version of the
   * default's file it is; once kokai's default has changed the file (a later kokai), the build warns
   * at that line (below a comment the city put above it) and says how to take up the change or say
   * the copy was compared. An up-to-date copy gets no warning, and the line shows on no page. A copy
   * whose line is given the new code, as the hint says, is compared: the warning goes.
   */
  @Test
  void aCopyOfADefaultFileThatKokaisDefaultHasChangedSinceIsAWarningAtItsLine() throws IOException {
    String header = new String(DefaultTheme.copy("templates/partials/header.ftlh",
        DefaultTheme.files().get("templates/partials/header.ftlh")), StandardCharsets.UTF_8);
    // Copies of a site.css and a sort.js that kokai's default no longer is.
    String olderCss = new String(DefaultTheme.copy("assets/css/site.css", "body { color: #000; }\n".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
    String olderJs = new String(DefaultTheme.copy("assets/js/sort.js", "document.title = \"sort\";\n".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
    MiniSite s = cityThemed()
        .file("themes/city/templates/partials/header.ftlh", header.replace("<header class", "<header data-city class"))
        .file("themes/city/assets/css/site.css", olderCss)
        .file("themes/city/assets/js/sort.js", "// 市の並べ替え\n" + olderJs);
    BuildResult r = s.build();
    assertThat(r.published()).isTrue();
    List<Diagnostic> theme = r.diagnostics().stream().filter(d -> "theme".equals(d.field())).toList();
    assertThat(theme).hasSize(2);
    assertThat(theme.get(0).location()).isEqualTo(new SourceLocation(dir.resolve("themes/city/assets/css/site.css"), 1, 1));
    assertThat(theme.get(0).message()).contains("a copy of the default theme's assets/css/site.css from kokai ",
        "this kokai's default has changed the file since");
    assertThat(theme.get(0).hint()).contains("move the copy out of the theme's folder to keep it for comparing (e.g. to "
        + dir.resolve("site.css.old") + ", beside the themes folder)", "java -jar kokai.jar theme city assets/css/site.css",
        "to say it was compared");
    assertThat(theme.get(1).location()).isEqualTo(new SourceLocation(dir.resolve("themes/city/assets/js/sort.js"), 2, 1));
    assertThat(theme.get(1).message()).contains("a copy of the default theme's assets/js/sort.js from kokai ");
    assertThat(theme.get(1).hint()).contains("java -jar kokai.jar theme city assets/js/sort.js", " on line 2 to say it was compared");
    assertThat(s.page("").select("header[data-city]")).hasSize(1);
    assertThat(s.files().get("index.html")).asString().doesNotContain("kokai theme:");

    // The city compares the copies and writes on their line the code the hint gives.
    for (Diagnostic d : theme) {
      Matcher code = Pattern.compile("write ([0-9a-f]{12}) for ([0-9a-f]{12}) on line (\\d+) ").matcher(d.hint());
      assertThat(code.find()).as(d.hint()).isTrue();
      List<String> lines = new ArrayList<>(Files.readAllLines(d.location().file()));
      int at = Integer.parseInt(code.group(3)) - 1;
      lines.set(at, lines.get(at).replace(code.group(2), code.group(1)));
      Files.write(d.location().file(), lines);
    }
    BuildResult compared = s.build();
    assertThat(compared.published()).isTrue();
    assertThat(compared.diagnostics()).noneMatch(d -> "theme".equals(d.field()));
    assertThat(s.files().get("assets/js/sort.js")).asString().contains("document.title = \"sort\";");
  }

  /**
   * Following the hint at an outdated copy, a template's and a stylesheet's: the old copy moved where
   * the hint says, to keep for comparing, and the city's change made again in a new copy of the
   * default. The build then warns about nothing, and publishes no file of the old copies.
   */
  @Test
  void followingTheHintAtAnOutdatedCopyLeavesNoWarningAndNoStrayFile() throws IOException {
    Map<String, byte[]> defaults = DefaultTheme.files();
    Map<String, String> edits = Map.of("templates/home.ftlh", "<#-- the city's home -->\n",
        "assets/css/site.css", ".city-colours { color: #063; }\n");
    MiniSite s = cityThemed();
    for (var e : edits.entrySet()) {
      // A copy, with the city's change, of a version of the default's file that kokai's default has changed since.
      String copy = new String(DefaultTheme.copy(e.getKey(), defaults.get(e.getKey())), StandardCharsets.UTF_8);
      s.file("themes/city/" + e.getKey(), copy.replaceFirst("\\(version [0-9a-f]{12} ", "(version 0123456789ab ") + e.getValue());
    }
    List<Diagnostic> warned = s.build().diagnostics().stream().filter(d -> "theme".equals(d.field())).toList();
    assertThat(warned).hasSize(2);
    for (Diagnostic d : warned) {
      Matcher to = Pattern.compile("move the copy out of the theme's folder to keep it for comparing \\(e\\.g\\. to (\\S+), ")
          .matcher(d.hint());
      assertThat(to.find()).as(d.hint()).isTrue();
      Path copy = d.location().file();
      String file = dir.resolve("themes/city").relativize(copy).toString().replace('\\', '/');
      Files.move(copy, Path.of(to.group(1)));
      // java -jar kokai.jar theme city FILE, and the city's change made again.
      s.file("themes/city/" + file, new String(DefaultTheme.copy(file, defaults.get(file)), StandardCharsets.UTF_8) + edits.get(file));
    }
    BuildResult r = s.buildOk();
    // The mini site's own warnings (a department without a slug, no licence) are not the theme's.
    assertThat(r.diagnostics()).noneMatch(d -> "theme".equals(d.field()) || d.location().file() != null
        && (d.location().file().startsWith(dir.resolve("themes")) || d.location().file().toString().endsWith(".old")));
    assertThat(dir.resolve("home.ftlh.old")).exists();
    assertThat(dir.resolve("site.css.old")).exists();
    assertThat(s.files()).noneSatisfy((path, bytes) -> assertThat(path).contains(".old"));
    assertThat(s.files().get("assets/css/site.css")).asString().contains(".city-colours");
  }

  /**
   * A theme's file that changes nothing is a warning saying where it belongs: a misplaced file or
   * template, an unknown text key, a misspelt template name (with the name meant); a template of the
   * theme's own that another of its templates includes is used, and not warned about.
   */
  @Test
  void aThemeFileThatReplacesNothingIsAWarningSayingWhereItBelongs() {
    MiniSite s = cityThemed()
        .file("themes/city/css/site.css", "body { color: #000; }\n")
        .file("themes/city/templates/header.ftlh", "<header></header>\n")
        .file("themes/city/templates/partials/fotter.ftlh", "<footer>町</footer>\n")
        .file("themes/city/templates/partials/city-banner.ftlh", "<p>市</p>\n")
        .file("themes/city/templates/partials/footer.ftlh", "<footer><#include \"city-banner.ftlh\"></footer>\n")
        .file("themes/city/i18n/messages_ja.properties", "nav.search=さがす\nnav.hme=トップ\n");
    BuildResult r = s.build();
    assertThat(r.published()).isTrue();
    List<String> warnings = r.diagnostics().stream().filter(d -> !d.isError()).map(d -> d.location() + " " + d.message() + " " + d.hint()).toList();
    assertThat(warnings)
        .anySatisfy(w -> assertThat(w).startsWith(dir.resolve("themes/city/css/site.css").toString()).contains("assets/css/site.css"))
        .anySatisfy(w -> assertThat(w).startsWith(dir.resolve("themes/city/templates/header.ftlh").toString())
            .contains("templates/partials/header.ftlh"))
        .anySatisfy(w -> assertThat(w).startsWith(dir.resolve("themes/city/templates/partials/fotter.ftlh").toString())
            .contains("not used", "templates/partials/footer.ftlh"))
        .anySatisfy(w -> assertThat(w).startsWith(dir.resolve("themes/city/i18n/messages_ja.properties") + ":2:1").contains("nav.hme", "nav.home"))
        .noneSatisfy(w -> assertThat(w).contains("city-banner"));
    assertThat(s.page("").select(".site-nav").text()).contains("さがす");
    assertThat(s.page("").select("footer").text()).contains("市");
  }

  /**
   * A key given twice in a theme's messages file (one line uncommented in the copy, another added
   * at its end) is a warning at the line not used, naming the line whose text the pages show.
   */
  @Test
  void aThemesTextGivenTwiceIsAWarningAtTheLineNotUsed() {
    MiniSite s = cityThemed()
        .file("themes/city/i18n/messages_ja.properties", "#nav.home=ホーム\nnav.search=さがす\nnav.years=年度\nnav.search=探す\n");
    BuildResult r = s.build();
    assertThat(r.published()).isTrue();
    assertThat(r.diagnostics()).filteredOn(d -> "theme".equals(d.field())).singleElement().satisfies(d -> {
      assertThat(d.location()).isEqualTo(new SourceLocation(dir.resolve("themes/city/i18n/messages_ja.properties"), 2, 1));
      assertThat(d.message()).contains("\"nav.search\" is not used: the key is given again on line 4");
    });
    assertThat(s.page("").select(".site-nav").text()).contains("探す").doesNotContain("さがす");
  }

  /**
   * A theme's interface text that loses what the page puts in it (a count left out, a brace left
   * open, a placeholder never filled, nothing at all) is a warning at its line, as is a messages
   * file of a name kokai does not read (messages_jp, Notepad's .txt); a page template left empty
   * is an error, since every page it makes would be blank.
   */
  @Test
  void aThemesTextsThatLoseWhatThePagePutsInThemAndAnEmptyPageTemplateAreSaid() throws java.io.IOException {
    MiniSite s = cityThemed()
        .file("themes/city/i18n/messages_ja.properties", "common.sheets=件数\nsite.skip=\ncommon.sheetsAllYears={0件\ncommon.linkTo={0} {1}\n")
        .file("themes/city/i18n/messages_jp.properties", "nav.home=トップ\n")
        .file("themes/city/i18n/messages_en.properties.txt", "nav.home=Top\n");
    BuildResult r = s.build();
    assertThat(r.published()).isTrue();
    Path ja = dir.resolve("themes/city/i18n/messages_ja.properties");
    List<String> warnings = r.diagnostics().stream().filter(d -> !d.isError()).map(d -> d.location() + " " + d.message() + " " + d.hint()).toList();
    assertThat(warnings)
        .anySatisfy(w -> assertThat(w).startsWith(ja + ":1:1").contains("\"common.sheets\" leaves out {0}"))
        .anySatisfy(w -> assertThat(w).startsWith(ja + ":2:1").contains("\"site.skip\" is empty"))
        .anySatisfy(w -> assertThat(w).startsWith(ja + ":3:1").contains("has a { that is not part of a placeholder"))
        .anySatisfy(w -> assertThat(w).startsWith(ja + ":4:1").contains("has {1}, which the page never fills"))
        .anySatisfy(w -> assertThat(w).startsWith(dir.resolve("themes/city/i18n/messages_jp.properties").toString())
            .contains("not used", "did you mean i18n/messages_ja.properties"))
        .anySatisfy(w -> assertThat(w).startsWith(dir.resolve("themes/city/i18n/messages_en.properties.txt").toString())
            .contains("did you mean i18n/messages_en.properties"));

    s.file("themes/city/templates/sheet.ftlh", "\n");
    refusedForOneErrorAt(s.build(), "themes/city/templates/sheet.ftlh", "the page template is empty");
    s.file("themes/city/templates/sheet.ftlh", "<#-- 後で書く -->\n");
    refusedForOneErrorAt(s.build(), "themes/city/templates/sheet.ftlh", "the page template is empty");
    // An empty layout is said at itself, not at each page template that calls it.
    s.file("themes/city/templates/sheet.ftlh", Files.readString(Path.of("themes/default/templates/sheet.ftlh")))
        .file("themes/city/templates/layouts/base.ftlh", "");
    refusedForOneErrorAt(s.build(), "themes/city/templates/layouts/base.ftlh", "the layout is empty");
  }

  /** A build that published nothing for one error, at {@code file} (relative to the test's folder), saying {@code words}. */
  private void refusedForOneErrorAt(BuildResult r, String file, String words) {
    assertThat(r.published()).isFalse();
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
      assertThat(d.location().file()).isEqualTo(dir.resolve(file));
      assertThat(d.message()).contains(words);
    });
  }

  /**
   * A link a theme writes from the web server's root (/assets/…) works only for a site at the root
   * of its host: a warning at the stylesheet's line, or at a page the template makes. (A Markdown
   * page's /2022/088/ is read from the site's root and published relative to the page.)
   */
  @Test
  void aThemesLinkFromTheServersRootToASiteFileIsAWarning() {
    MiniSite s = cityThemed()
        .file("themes/city/templates/partials/header.ftlh", "<header><img src=\"/assets/img/logo.svg\" alt=\"\"></header>\n")
        .file("themes/city/assets/css/theme.css", "body {\n  background: url('/assets/img/nothere.svg');\n}\n")
        .file("content/pages/about.md", "# このサイトについて\n\n[部](/departments/)\n");
    BuildResult r = s.build();
    assertThat(r.published()).isTrue();
    List<Diagnostic> root = r.diagnostics().stream().filter(d -> d.message().contains("starts at the web server's root")).toList();
    assertThat(root).allSatisfy(d -> assertThat(d.isError()).isFalse())
        .anySatisfy(d -> {
          assertThat(d.location()).isEqualTo(new SourceLocation(dir.resolve("themes/city/assets/css/theme.css"), 2, 15));
          assertThat(d.hint()).contains("relative to the stylesheet");
        })
        .anySatisfy(d -> assertThat(d.message()).startsWith("\"/assets/img/logo.svg\"").satisfies(m -> assertThat(d.hint()).contains("link.asset")))
        // The header's link, on every page, is said once, at a page, not at a Markdown page's file.
        .satisfies(all -> assertThat(all).filteredOn(d -> d.message().contains("logo.svg")).singleElement()
            .satisfies(d -> assertThat(d.message()).contains("other pages)"))
            .satisfies(d -> assertThat(d.location().file().toString()).doesNotEndWith(".md")))
        .noneSatisfy(d -> assertThat(d.message()).contains("departments"));
  }

  /**
   * A city's logo written in its header as a plain path (assets/img/logo.svg) works on the home page
   * only: the build says it once, as the template's one mistake, with the ${link.asset(…)} to write,
   * not once per page; written so, it works on every page.
   */
  @Test
  void aThemesLogoWrittenAsAPlainPathIsOneErrorSayingHowToLinkIt() {
    MiniSite s = cityThemed()
        .file("themes/city/templates/partials/header.ftlh", "<header><img src=\"assets/img/logo.svg\" alt=\"\"></header>\n")
        .file("themes/city/assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    Diagnostic error = assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).singleElement().actual();
    assertThat(error.hint()).contains("relative to each page", "${link.asset(\"img/logo.svg\")}");
    s.file("themes/city/templates/partials/header.ftlh", "<header><img src=\"${link.asset(\"img/logo.svg\")}\" alt=\"\"></header>\n");
    s.buildOk();
    // Every page in a folder had it wrong (those at the site's root had it right): one error names them all.
    long inFolders = s.files().keySet().stream().filter(f -> f.endsWith(".html") && f.contains("/")).count();
    assertThat(error.message()).isEqualTo("the link \"assets/img/logo.svg\" points to a file that does not exist (and on "
        + (inFolders - 1) + " other pages in folders of other depths)");
    assertThat(s.page("2022/010/").select("header img").attr("src")).isEqualTo("../../assets/img/logo.svg");
  }

  /**
   * Two Markdown pages beside each other that both link a missing file are two mistakes, each said
   * at its own page's line: only a link alike on pages of different depths is one template's.
   */
  @Test
  void aMissingFileLinkedFromTwoMarkdownPagesIsSaidAtEach() {
    MiniSite s = twoDepartments()
        .file("content/pages/about.md", "# このサイトについて\n\n[報告書](report.pdf)\n")
        .file("content/pages/guide.md", "# シートの読み方\n\n本文\n\n[報告書](report.pdf)\n");
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError)
        .extracting(d -> dir.relativize(d.location().file()).toString().replace('\\', '/') + ":" + d.location().line())
        .containsExactly("content/pages/about.md:3", "content/pages/guide.md:5");
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::message)
        .allMatch(m -> m.endsWith(", the link \"report.pdf\" points to a file that does not exist"));
  }

  /**
   * The menu names the three newest fiscal years and the page's own, with the others behind one link
   * to the home page's list of years: a city keeping ten years online had thirteen links above every
   * page, half a phone's screen.
   */
  @Test
  void theMenuNamesTheNewestYearsAndLinksToTheOthers() {
    MiniSite s = MiniSite.in(dir);
    for (int year = 2018; year <= 2022; year++) {
      s.sheet(year, "010", MiniSite.sheet(year, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
    }
    s.buildOk();
    assertThat(s.page("").select(".site-nav a").eachText())
        .containsExactly("ホーム", "部局から探す", "令和4年度", "令和3年度", "令和2年度", "ほかの年度", "検索");
    assertThat(s.page("").select(".site-nav a").eachAttr("href")).contains("index.html#years");
    assertThat(s.page("").getElementById("years").select("a[href^=years/]")).hasSize(5);
    assertThat(s.page("years/2018/").select(".site-nav a").eachText())
        .containsExactly("ホーム", "部局から探す", "令和4年度", "令和3年度", "令和2年度", "平成30年度", "ほかの年度", "検索");
    assertThat(s.page("years/2018/").select(".site-nav a[aria-current=page]").text()).isEqualTo("平成30年度");
    // On the department's page, listing the project's years, each link says its year to a screen reader too.
    assertThat(s.page("departments/general/").select("table.sheets tbody th a").eachText())
        .contains("広報事業 (令和4年度)", "広報事業 (平成30年度)").doesNotHaveDuplicates();
  }

  /** A macro that calls itself without end is the theme's error at its template, not a fault of kokai. */
  @Test
  void aTemplateThatCallsItselfWithoutEndIsAnErrorAtTheTemplate() {
    MiniSite s = cityThemed().file("themes/city/templates/404.ftlh", "<#macro r n><@r n+1/></#macro>\n<@r 0/>\n");
    refusedForOneErrorAt(s.build(), "themes/city/templates/404.ftlh", "calls itself without end");
  }

  /**
   * A city that changes the default theme in place, with a themes/default/ of only the files it
   * changed, gets the rest from kokai's own copy, as a theme of its own would.
   */
  @Test
  void aDefaultThemeFolderWithOnlyTheFilesChangedTakesTheRestFromKokai() {
    MiniSite s = MiniSite.in(dir).sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500))
        .file("themes/default/i18n/messages_ja.properties", "nav.search=さがす\n")
        .file("themes/default/assets/css/theme.css", "body { color: #123; }\n");
    BuildResult r = s.build();
    assertThat(r.published()).as("%s", r.diagnostics()).isTrue();
    assertThat(r.diagnostics()).filteredOn(d -> d.message().contains("theme")).isEmpty();
    assertThat(s.page("").select(".site-nav").text()).contains("さがす").contains("部局から探す");
    assertThat(s.files()).containsKeys("assets/css/theme.css", "assets/css/site.css", "2022/010/index.html");
  }

  /**
   * The theme's interface texts must be UTF-8 properties: a file saved as Shift_JIS, or a Windows
   * path whose backslash and u the properties format reads as a character code, is an error at its
   * place, not a fault of kokai.
   */
  @Test
  void aThemesTextsThatCannotBeReadAreAnErrorAtTheirPlace() {
    MiniSite sjis = cityThemed().file("themes/city/i18n/messages_ja.properties", "");
    writeBytes(dir.resolve("themes/city/i18n/messages_ja.properties"), "nav.search=さがす\n".getBytes(java.nio.charset.Charset.forName("windows-31j")));
    BuildResult r = sjis.build();
    assertThat(r.published()).isFalse();
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("not saved as UTF-8"));

    MiniSite path = cityThemed().file("themes/city/i18n/messages_ja.properties", "nav.search=さがす\nfooter.x=\\\\server\\users\n");
    BuildResult p = path.build();
    assertThat(p.published()).isFalse();
    assertThat(p.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
      assertThat(d.location().line()).isEqualTo(2);
      assertThat(d.location().column()).isEqualTo(18);
      assertThat(d.message()).contains("four hexadecimal digits");
    });
  }

  private static void writeBytes(Path file, byte[] bytes) {
    try {
      java.nio.file.Files.write(file, bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A misspelt name read of one of kokai's values (config.titel) is told the name meant; a name the
   * value has, with nothing on that page (a sheet without a section), is not taken for a misspelling.
   */
  @Test
  void aMisspeltNameOfAValueIsToldTheNameMeant() {
    MiniSite s = cityThemed().file("themes/city/templates/partials/footer.ftlh", "<footer>\n${config.titel()}\n</footer>\n");
    Diagnostic d = s.build().diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertThat(d.message()).contains("${config.titel}");
    assertThat(d.hint()).contains("config has no titel: did you mean config.title()?");
    s.file("themes/city/templates/partials/footer.ftlh", "<footer></footer>\n")
        .file("themes/city/templates/sheet.ftlh", "<#assign o = page.sheet().organization()>\n${o.section}\n");
    Diagnostic none = s.build().diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertThat(none.message()).contains("${o.section}");
    assertThat(none.hint()).doesNotContain("did you mean").contains("allow a missing value");
  }

  /**
   * A city's template calling a macro that the default's ui.ftlh (or base.ftlh) does not have, as a
   * copy of an earlier kokai's template may after an upgrade, is told which file that is and the
   * macros it has, with the nearest name, also from a partial the layout includes.
   */
  @Test
  void aMacroAnImportedTemplateDoesNotHaveIsToldWithTheMacrosItHas() {
    MiniSite s = cityThemed()
        .file("themes/city/templates/partials/footer.ftlh", "<footer>\n<#import \"ui.ftlh\" as ui>\n<@ui.sectoin id=\"x\" title=\"x\"/>\n</footer>\n");
    Diagnostic d = s.build().diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertThat(d.location()).isEqualTo(new SourceLocation(dir.resolve("themes/city/templates/partials/footer.ftlh"), 3, 3));
    assertThat(d.message()).contains("no macro named ui.sectoin: " + Path.of("themes/default/templates/partials/ui.ftlh")
        + ", imported as ui, has no macro sectoin");
    assertThat(d.hint()).contains("use one of its macros: ", " jt, ", "(did you mean ui.section?)", "earlier kokai");
    s.file("themes/city/templates/partials/footer.ftlh", "<footer>\n<@base.nolayout/>\n</footer>\n");
    Diagnostic base = s.build().diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertThat(base.message()).contains("no macro named base.nolayout: " + Path.of("themes/default/templates/layouts/base.ftlh"));
    assertThat(base.hint()).contains("use one of its macros: layout");
  }

  @Test
  void anUnknownMacroOrNameInATemplateSaysWhatTheTemplateCanUse() {
    MiniSite s = cityThemed()
        .file("themes/city/templates/partials/footer.ftlh", "<footer>\n<@nolayout/>\n</footer>\n");
    Diagnostic macro = s.build().diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertThat(macro.location().line()).isEqualTo(2);
    assertThat(macro.message()).contains("no macro named nolayout").doesNotContain("${");
    assertThat(macro.hint()).contains("<#macro", "<#import");
    s.file("themes/city/templates/partials/footer.ftlh", "<footer>\n${pageTitle}\n</footer>\n");
    Diagnostic name = s.build().diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertThat(name.message()).contains("${pageTitle}");
    assertThat(name.hint()).contains("page", "site", "config", "fmt", "link");
  }

  @Test
  void aStylesheetUrlToAMissingFileFailsTheBuildNamingTheLine() {
    MiniSite s = cityThemed()
        .file("themes/city/assets/css/site.css", "body { color: #000; }\n"
            + ".a { background: url(\"../img/icon.svg\") } .b { background: url(data:image/gif;base64,R0lGOD==) }\n"
            + ".site-title { background: url(../images/bg.png); }\n");
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
      assertThat(d.location().file()).isEqualTo(dir.resolve("themes/city/assets/css/site.css"));
      assertThat(d.location().line()).isEqualTo(3);
      assertThat(d.message()).contains("../images/bg.png");
    });
    assertThat(s.out()).doesNotExist();
  }

  /** Without script the search page says so before its form, which would do nothing, and leads to the listings. */
  @Test
  void theSearchPageSaysItNeedsScriptBeforeItsForm() {
    MiniSite s = twoDepartments();
    s.buildOk();
    Document search = s.page("search/");
    List<String> order = search.select("noscript, form#search-form").stream().map(e -> e.tagName()).toList();
    assertThat(order).containsExactly("noscript", "form");
    assertThat(search.selectFirst("noscript").html()).contains("years/2022/index.html");
  }

  /**
   * The search boxes, the header's on every page and the search page's, let the browser offer the
   * reader's earlier searches: nothing in them is secret, and the page sets the box from its
   * address whatever the browser would put back.
   */
  @Test
  void theSearchBoxesLetTheBrowserOfferEarlierSearches() {
    MiniSite s = twoDepartments();
    s.buildOk();
    for (String url : List.of("", "2022/010/", "search/")) {
      assertThat(s.page(url).select("input[type=search]")).as(url).isNotEmpty()
          .allSatisfy(box -> assertThat(box.hasAttr("autocomplete")).as(url + " " + box.id()).isFalse());
    }
  }

  @Test
  void aThemeChangesColoursWithAThemeCssBesideTheDefaultStylesheet() throws Exception {
    MiniSite plain = twoDepartments();
    plain.buildOk();
    assertThat(plain.page("2022/010/").select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("../../assets/css/site.css", "../../assets/css/content.css");
    // The search page shows no sheet's sections or tables: it loads what every page needs alone.
    assertThat(plain.page("search/").select("link[rel=stylesheet]").eachAttr("href")).containsExactly("../assets/css/site.css");
    assertThat(plain.page("search/").select("script[src$=sort.js]")).isEmpty();
    plain.file("content/site.yaml", MiniSite.SITE_YAML + "theme: city\n")
        .file("themes/city/assets/css/theme.css", ":root { --brand: #006633; }\n");
    plain.buildOk();
    assertThat(plain.page("2022/010/").select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("../../assets/css/site.css", "../../assets/css/content.css", "../../assets/css/theme.css");
    // The default's stylesheet is still served (without its comments), not replaced.
    assertThat(new String(plain.files().get("assets/css/site.css"), StandardCharsets.UTF_8))
        .isEqualTo(StyleText.compact(Files.readString(Path.of("themes/default/assets/css/site.css"))));
  }

  @Test
  void brokenLinkFailsTheBuildNamingPageAndLink() {
    MiniSite s = cityThemed()
        .file("themes/city/templates/partials/head-extra.ftlh", "<link rel=\"icon\" href=\"${link.asset(\"missing.png\")}\">\n");
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError)
        .anySatisfy(d -> {
          assertThat(d.location().file().toString().replace('\\', '/')).endsWith("site/2022/010/index.html");
          assertThat(d.message()).contains("../../assets/missing.png");
        });
    assertThat(s.out()).doesNotExist();
  }

  @Test
  void missingThemeIsAnErrorAtItsLineNamingTheFolder() {
    MiniSite s = twoDepartments().file("content/site.yaml", MiniSite.SITE_YAML + "theme: nowhere\n");
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    assertThat(r.diagnostics()).anySatisfy(d -> {
      assertThat(d.location()).isEqualTo(new SourceLocation(dir.resolve("content/site.yaml"),
          (int) MiniSite.SITE_YAML.lines().count() + 1, 8));
      assertThat(d.hint()).contains(dir.resolve("themes/nowhere").toString());
    });
  }

  /** A file where the theme's folder should be is said as such, not as a theme that does not exist with the folder to create. */
  @Test
  void aFileWhereTheThemesFolderShouldBeIsSaidAsAFile() {
    MiniSite s = cityThemed().file("themes/city", "not a folder\n");
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
      assertThat(d.message()).contains("the theme \"city\" cannot be read: " + dir.resolve("themes/city")
          + " is a file, where the theme's folder should be").doesNotContain("does not exist");
      assertThat(d.hint()).contains("move the file away");
    });
  }

  /** A city's Japanese domain (北山市.jp) is a base URL like any other; the sitemap writes it in its IDNA form. */
  @Test
  void aBaseUrlWithAJapaneseHostIsTakenAndWrittenInAsciiInTheSitemap() {
    MiniSite s = twoDepartments().file("content/site.yaml",
        MiniSite.SITE_YAML.replace("https://example.jp/hyoka/", "https://北山市.jp/評価/"));
    s.buildOk();
    String sitemap = new String(s.files().get("sitemap.xml"), StandardCharsets.UTF_8);
    assertThat(sitemap).contains("<loc>https://xn--").contains("/%E8%A9%95%E4%BE%A1/2022/010/</loc>").doesNotContain("北山市");
    assertThat(s.files().get("robots.txt")).asString().containsPattern("Sitemap: https://xn--[a-z0-9-]+\\.jp/%E8%A9%95%E4%BE%A1/sitemap.xml");
    assertThat(s.page("2022/010/").selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://北山市.jp/評価/2022/010/");
  }

  @Test
  void englishInterfaceAndSitemapWithBaseUrl() {
    MiniSite s = twoDepartments().file("content/site.yaml", MiniSite.SITE_YAML.replace("language: ja", "language: en"));
    s.buildOk();
    Document p = s.page("2022/010/");
    assertThat(p.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(p.select("#costs h2").text()).isEqualTo("Costs");
    assertThat(p.select(".eyebrow").text()).startsWith("FY2022 (令和4年度)");
    String sitemap = new String(s.files().get("sitemap.xml"), StandardCharsets.UTF_8);
    assertThat(sitemap).contains("<loc>https://example.jp/hyoka/2022/010/</loc>", "<loc>https://example.jp/hyoka/</loc>")
        .doesNotContain("404");
    assertThat(s.files().get("robots.txt")).asString().contains("Sitemap: https://example.jp/hyoka/sitemap.xml");
  }

  @Test
  void refusesAnOutputFolderThatWouldReplaceContentOrForeignFiles() throws Exception {
    MiniSite s = twoDepartments();
    BuildResult intoRoot = new SiteBuild().run(new BuildConfig(dir.resolve("content"), dir, null, null));
    assertThat(intoRoot.published()).isFalse();
    assertThat(intoRoot.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("contains the content"));
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/notes.txt"), "keep me");
    BuildResult intoDocs = new SiteBuild().run(new BuildConfig(dir.resolve("content"), dir.resolve("docs"), null, null));
    assertThat(intoDocs.published()).isFalse();
    assertThat(dir.resolve("docs/notes.txt")).hasContent("keep me");
    assertThat(s.root.resolve("content/site.yaml")).exists();
    // Inside the content, the next build would read the site as content; a file is not a folder.
    Files.createSymbolicLink(dir.resolve("pages-link"), Files.createDirectories(dir.resolve("content/pages")));
    for (String inside : List.of("content/sheets/out", "content/static", "content/site", "pages-link/site")) {
      BuildResult into = new SiteBuild().run(new BuildConfig(dir.resolve("content"), dir.resolve(inside), null, null));
      assertThat(into.published()).as(inside).isFalse();
      assertThat(into.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("inside the content folder"));
      assertThat(dir.resolve(inside)).doesNotExist();
    }
    Files.delete(dir.resolve("pages-link"));
    BuildResult intoTheme = new SiteBuild().run(new BuildConfig(dir.resolve("content"), dir.resolve("themes/default/assets/site"), null,
        dir.resolve("themes")));
    assertThat(intoTheme.published()).isFalse();
    assertThat(intoTheme.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("inside a theme"));
    assertThat(dir.resolve("themes/default/assets/site")).doesNotExist();
    BuildResult intoFile = new SiteBuild().run(new BuildConfig(dir.resolve("content"), dir.resolve("docs/notes.txt"), null, null));
    assertThat(intoFile.published()).isFalse();
    assertThat(intoFile.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("is a file"));
    assertThat(dir.resolve("docs/notes.txt")).hasContent("keep me");
  }

  /**
   * A second build for the same folder while one is writing (by hand beside a scheduled one) writes
   * nothing and says so: it took the first one's staging folder for one left over and deleted it, and
   * the first published a site with pages missing.
   */
  @Test
  void aSecondBuildForTheSameFolderWhileOneRunsWritesNothing() throws Exception {
    MiniSite s = twoDepartments();
    s.buildOk();
    Map<String, byte[]> before = s.files();
    Staging running = Staging.open(s.out());
    running.write("index.html", "being written".getBytes(StandardCharsets.UTF_8));

    BuildResult second = s.build();

    assertThat(second.published()).isFalse();
    assertThat(second.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
      assertThat(d.location().file()).isEqualTo(s.out());
      assertThat(d.message()).startsWith("another build is writing this output folder now");
    });
    assertThat(running.root().resolve("index.html")).hasContent("being written");
    assertThat(s.files()).containsOnlyKeys(before.keySet());
    running.discard();
    s.buildOk();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
    }
  }

  /**
   * A build stopped between its two publishing renames (the machine switched off) left no site, its
   * previous one beside it as .site-old: the next build puts that back first, so the site
   * serves again and its unchanged files keep their times.
   */
  @Test
  void aBuildStoppedWhilePublishingLeavesThePreviousSiteToBePutBack() throws Exception {
    MiniSite s = twoDepartments();
    BuildResult first = s.buildOk();
    Map<String, byte[]> before = s.files();
    Files.move(s.out(), dir.resolve(".site-old"));
    Files.createDirectories(dir.resolve(".site-staging")).resolve("index.html").toFile().createNewFile();

    BuildResult again = s.buildOk();

    assertThat(again.unchanged()).isEqualTo(first.files());
    assertThat(s.files()).containsExactlyInAnyOrderEntriesOf(before);
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
    }
  }

  /** As above, with the output a link to the web server's folder: the link pointed at nothing. */
  @Test
  void aLinkedOutputStoppedWhilePublishingIsPutBackWhereTheLinkPoints() throws Exception {
    twoDepartments();
    Path www = Files.createDirectories(dir.resolve("www").resolve("hyoka"));
    Path link = Files.createSymbolicLink(dir.resolve("site-link"), www);
    BuildConfig cfg = new BuildConfig(dir.resolve("content"), link, null, null);
    BuildResult first = new SiteBuild().run(cfg);
    Files.move(www, www.resolveSibling(".hyoka-old"));

    BuildResult again = new SiteBuild().run(cfg);

    assertThat(again.published()).isTrue();
    assertThat(again.unchanged()).isEqualTo(first.files());
    assertThat(Files.isSymbolicLink(link)).isTrue();
    try (var left = Files.list(www.getParent())) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("hyoka");
    }
  }

  /** The output a link to the web server's folder: the site is published there and the link stays. */
  @Test
  void anOutputFolderThatIsALinkIsPublishedWhereItPoints() throws Exception {
    twoDepartments();
    Path www = Files.createDirectories(dir.resolve("www")).resolve("hyoka");
    Path link = Files.createSymbolicLink(dir.resolve("site-link"), www);
    BuildResult dangling = new SiteBuild().run(new BuildConfig(dir.resolve("content"), link, null, null));
    assertThat(dangling.published()).isFalse();
    assertThat(dangling.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("a link to a folder that does not exist"));

    Files.createDirectories(www);
    for (int run = 0; run < 2; run++) {
      BuildResult r = new SiteBuild().run(new BuildConfig(dir.resolve("content"), link, null, null));
      assertThat(r.published()).isTrue();
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(www.resolve("2022/010/index.html")).exists();
      assertThat(link.resolve("2022/010/index.html")).exists();
    }
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "www", "site-link");
    }
  }

  /** content/static/: the printed sheets' PDFs and the web server's .htaccess go to the site as they are. */
  @Test
  void staticFilesArePublishedAsTheyAreAndMayNotReplaceTheSitesOwn() throws Exception {
    MiniSite s = twoDepartments().file("content/pages/about.md", "# このサイトについて\n\n[印刷されたシート](/pdf/r4-010.pdf)"
        + " [一覧](</pdf/令和4年度 一覧.pdf>) [資料](</pdf/令和4年度　資料.pdf>)\n");
    Map.of("pdf/r4-010.pdf", "%PDF-1.4 printed sheet", "pdf/令和4年度 一覧.pdf", "%PDF list", "pdf/令和4年度　資料.pdf", "%PDF",
        ".htaccess", "ErrorDocument 404 /hyoka/404.html\n",
        ".well-known/security.txt", "Contact: mailto:it@example.jp\n", ".DS_Store", "x", "pdf/r4-010.pdf~", "backup")
        .forEach((path, text) -> s.file("content/static/" + path, text));
    BuildResult r = s.build();
    assertThat(r.published()).as(r.diagnostics().toString()).isTrue();
    Map<String, byte[]> files = s.files();
    assertThat(files.get("pdf/r4-010.pdf")).asString().isEqualTo("%PDF-1.4 printed sheet");
    assertThat(files.get(".htaccess")).asString().startsWith("ErrorDocument 404");
    assertThat(files).containsKey(".well-known/security.txt").doesNotContainKeys(".DS_Store", "pdf/r4-010.pdf~");
    // Kept by the next build, which replaces the whole folder.
    assertThat(s.build().published()).isTrue();
    assertThat(s.out().resolve(".htaccess")).exists();

    // A folder of PDFs that is a link to a shared drive's folder; an .htaccess of a folder of its own.
    Path shared = Files.createDirectories(dir.resolve("shared"));
    Files.writeString(shared.resolve("a.pdf"), "%PDF shared");
    Files.createSymbolicLink(dir.resolve("content/static/shared"), shared);
    s.file("content/static/pdf/.htaccess", "Options -Indexes\n");
    assertThat(s.build().published()).isTrue();
    assertThat(s.out().resolve("shared/a.pdf")).hasContent("%PDF shared");
    assertThat(s.out().resolve("pdf/.htaccess")).exists();

    s.file("content/static/index.html", "<p>mine</p>").file("content/static/sitemap.xml", "<urlset/>")
        .file("content/static/2022/010", "a file where the site has a folder").file("content/static/404.html/x", "a folder where it has a file");
    BuildResult clash = s.build();
    assertThat(clash.published()).isFalse();
    assertThat(clash.diagnostics()).filteredOn(Diagnostic::isError).extracting(d -> dir.resolve("content/static").relativize(d.location().file()).toString())
        .containsExactlyInAnyOrder("index.html", "sitemap.xml", "2022/010", "404.html/x");
    assertThat(clash.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("the site has a file or folder of its own at index.html"));
    assertThat(s.out().resolve("pdf/r4-010.pdf")).exists();
    // check says what build says.
    BuildResult checked = new SiteBuild().check(new BuildConfig(dir.resolve("content"), s.out(), null, null), false, read -> { });
    assertThat(checked.diagnostics()).filteredOn(Diagnostic::isError).hasSize(4);

    // Paths that differ only in capitals: on a server that ignores them, one file would replace the other.
    for (String f : List.of("index.html", "sitemap.xml", "2022/010", "404.html/x")) {
      Files.delete(dir.resolve("content/static").resolve(f));
    }
    s.file("content/static/Index.html", "<p>mine</p>").file("content/static/PDF/r4-010.pdf", "%PDF another")
        .file("content/static/Assets/logo.png", "a folder of its own, which joins assets/ there");
    BuildResult capitals = s.build();
    assertThat(capitals.published()).isFalse();
    assertThat(capitals.diagnostics()).filteredOn(Diagnostic::isError)
        .extracting(d -> dir.resolve("content/static").relativize(d.location().file()).toString(), Diagnostic::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Index.html", "the site has index.html, which differs from Index.html only in capitals:"
                + " on a server that ignores capitals (Windows, macOS and many hosting services) one would replace the other"),
            org.assertj.core.groups.Tuple.tuple("pdf/r4-010.pdf", "the site has PDF/r4-010.pdf, which differs from pdf/r4-010.pdf only"
                + " in capitals: on a server that ignores capitals (Windows, macOS and many hosting services) one would replace the other"));
    assertThat(new SiteBuild().check(new BuildConfig(dir.resolve("content"), s.out(), null, null), false, read -> { }).diagnostics())
        .filteredOn(Diagnostic::isError).extracting(Diagnostic::message).containsExactlyInAnyOrderElementsOf(
            capitals.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message).toList());
    for (String f : List.of("Index.html", "PDF/r4-010.pdf", "Assets/logo.png")) {
      Files.delete(dir.resolve("content/static").resolve(f));
    }

    // A link in static/ back to a folder above it: an error of the content, named.
    Files.createSymbolicLink(dir.resolve("content/static/pdf/up"), dir.resolve("content/static"));
    BuildResult loop = s.build();
    assertThat(loop.published()).isFalse();
    assertThat(loop.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("leads back to a folder above it"));
  }

  /**
   * A template saved as Shift_JIS, and one that includes a template that is not there: each named
   * at its own file, not as a failed inclusion in the default template that includes it.
   */
  @Test
  void aTemplateNotInUtf8OrIncludingNothingIsNamedAtItsFile() throws Exception {
    MiniSite s = cityThemed();
    Path footer = dir.resolve("themes/city/templates/partials/footer.ftlh");
    Files.createDirectories(footer.getParent());
    Files.write(footer, "<footer>\n<p>テスト市役所</p>\n</footer>\n".getBytes(java.nio.charset.Charset.forName("windows-31j")));
    BuildResult sjis = s.build();
    assertThat(sjis.published()).isFalse();
    assertThat(sjis.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
      assertThat(d.location().file()).isEqualTo(footer);
      assertThat(d.message()).isEqualTo("the template is not saved as UTF-8 (it reads as Shift_JIS)");
    });

    s.file("themes/city/templates/partials/footer.ftlh", "<footer><#include \"city-address.ftlh\"></footer>\n");
    BuildResult missing = s.build();
    assertThat(missing.published()).isFalse();
    assertThat(missing.diagnostics()).filteredOn(Diagnostic::isError).first().satisfies(d -> {
      assertThat(d.location().file()).isEqualTo(footer);
      assertThat(d.message()).contains("the template partials/city-address.ftlh that this one includes or imports does not exist");
    });
  }

  @Test
  void templateSyntaxErrorNamesTemplateAndLine() {
    MiniSite s = cityThemed()
        .file("themes/city/templates/partials/footer.ftlh", "<footer>\n<#if config.city()??>\n<p>x</p>\n</footer>\n");
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).first().satisfies(d -> {
      assertThat(d.location().file()).isEqualTo(dir.resolve("themes/city/templates/partials/footer.ftlh"));
      assertThat(d.location().line()).isPositive();
      assertThat(d.message()).startsWith("template syntax error");
    });
  }

  /**
   * A template's syntax error is said in words, at its place: no list of Freemarker's token
   * classes after "expecting", and a misspelt directive or built-in is given the one it is closest to.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      <p>${config.city()</p>                    | 1 | 20 | template syntax error: '/' where a value must stand (a name such as page.title(), a "text" or a number) | close each ${…} with '}' before the HTML after it, give each <#if> its condition and each <#assign> its value, and write a value after each operator (+, -, <, ==)
      <#lisst [1, 2] as n>${n}</#lisst>         | 1 | 2  | template syntax error: <#lisst> is not one of FreeMarker's directives                                 | did you mean <#list>? Its end tag is </#list>
      <p>${config.city()?upper_cse}</p>         | 1 | 20 | template syntax error: ?upper_cse is not one of FreeMarker's built-ins                                | did you mean ?upper_case?
      <#list [1, 2] as>x</#list>                | 1 | 17 | template syntax error: '>' where FreeMarker expects a name                                           | fix the template
      <p>${config.city() x</p>                  | 1 | 20 | template syntax error: 'x' inside a ${…} that is not closed                                          | close the ${…} with '}' before it
      <#if true>x</#if></#if>                   | 1 | 18 | template syntax error: '</#if>' closes nothing: the tags before it are closed already              | remove it, or the end tag before it that closes too early
      <#list [1] as n><#if true>${n}</#list>    | 1 | 31 | template syntax error: '</#list>' while the <#if> before it is still open                         | close the <#if> first, with </#if>
      <#if true>x                               | 1 | 21 | template syntax error: the template ends while a <#if> is still open                                | close it with </#if>
      <p>x</p><#else>y                          | 1 | 9  | template syntax error: '<#else>' cannot stand here                                                   | <#else> and <#elseif> stand inside <#if>…</#if> or <#list>…</#list>, <#items> and <#sep> inside <#list>…</#list>
      """)
  void aTemplateSyntaxErrorIsSaidInWordsWithTheNameMeant(String template, int line, int column, String message, String hint) {
    MiniSite s = cityThemed().file("themes/city/templates/partials/footer.ftlh", "<footer>" + template + "</footer>\n");
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
      assertThat(d.location()).isEqualTo(new SourceLocation(dir.resolve("themes/city/templates/partials/footer.ftlh"), line, column + "<footer>".length()));
      assertThat(d.message()).isEqualTo(message);
      assertThat(d.hint()).isEqualTo(hint);
    });
  }
}
