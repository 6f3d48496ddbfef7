package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDG and direction pages of the real sheets in content/: each group's overview (reached from
 * home) links one page per fiscal year, each listing exactly the group's sheets of that year as read
 * from the content files here; breadcrumbs lead back to the overview and the sitemap lists them all.
 */
class GroupYearPagesTest {
  @TempDir static Path out;
  static Path site;
  static final List<JsonNode> sheets = new ArrayList<>();

  @BeforeAll
  static void build() throws IOException {
    sheets.addAll(RealContent.sheetTrees());
    site = out.resolve("site");
    BuildResult r = new SiteBuild().run(new BuildConfig(Path.of("content"), site, null, Path.of("themes")));
    assertThat(r.published()).as(r.diagnostics().toString()).isTrue();
  }

  @Test
  void eachDirectionHasAnOverviewAndAPagePerFiscalYear() throws IOException {
    Set<String> decisions = new TreeSet<>();
    sheets.stream().map(GroupYearPagesTest::decision).filter(d -> !d.isEmpty()).forEach(decisions::add);
    List<Element> chips = home().select("#directions ul a");
    assertThat(chips).hasSize(decisions.size());
    for (Element chip : chips) {
      String decision = decisions.stream().filter(d -> chip.text().contains(d)).findFirst().orElseThrow();
      checkGroup(resolve(Path.of("index.html"), chip.attr("href")), s -> decision(s).equals(decision));
    }
  }

  @Test
  void eachSdgGoalHasAnOverviewAndAPagePerFiscalYear() throws IOException {
    Set<Integer> goals = new TreeSet<>();
    sheets.forEach(s -> s.get("sdgs").forEach(g -> goals.add(g.asInt())));
    List<Element> chips = home().select("#sdgs ul a");
    assertThat(chips).hasSize(goals.size());
    for (Element chip : chips) {
      Path overview = resolve(Path.of("index.html"), chip.attr("href"));
      int goal = Integer.parseInt(overview.getParent().getFileName().toString());
      assertThat(goals).contains(goal);
      checkGroup(overview, s -> {
        List<Integer> own = new ArrayList<>();
        s.get("sdgs").forEach(g -> own.add(g.asInt()));
        return own.contains(goal);
      });
    }
  }

  @Test
  void aSheetsDirectionAndGoalsLeadToTheirPagesOfItsFiscalYear() throws IOException {
    for (JsonNode s : sheets) {
      Path page = site.resolve(s.get("fiscalYear").asText()).resolve(s.get("id").asText()).resolve("index.html");
      Document doc = parse(page);
      String sheetPage = site.relativize(page.getParent()).toString().replace('\\', '/');
      List<Element> goals = doc.select("ul.sdgs a");
      assertThat(goals).hasSize(s.get("sdgs").size());
      List<Element> linked = new ArrayList<>(goals);
      if (!decision(s).isEmpty()) {
        Element d = doc.select("dt").stream().filter(dt -> dt.text().equals("方向性")).findFirst().orElseThrow()
            .nextElementSibling().selectFirst("a");
        assertThat(d).as(sheetPage + ": direction link").isNotNull();
        linked.add(d);
      }
      for (Element a : linked) {
        Path target = resolve(page, a.attr("href"));
        assertThat(target.getParent().getFileName().toString()).as(sheetPage + " " + a.text()).isEqualTo(s.get("fiscalYear").asText());
        List<String> listed = new ArrayList<>();
        parse(target).select("table.sheets tbody th a").forEach(x -> listed.add(resolve(target, x.attr("href")).getParent().toString()));
        assertThat(listed).as(sheetPage + " is listed on " + target).contains(page.getParent().toString());
      }
    }
  }

  /**
   * The overview at {@code overview} has a row per fiscal year of the member sheets (newest first,
   * with their count) and no sheet rows; each year's page lists those sheets, leads back, and is in
   * the sitemap.
   */
  private void checkGroup(Path overview, Predicate<JsonNode> member) throws IOException {
    Document doc = parse(overview);
    assertThat(doc.select("table.sheets")).as(overview.toString()).isEmpty();
    TreeMap<Integer, List<String>> expected = new TreeMap<>(java.util.Comparator.reverseOrder());
    sheets.stream().filter(member).forEach(s -> expected.computeIfAbsent(s.get("fiscalYear").asInt(), k -> new ArrayList<>())
        .add(s.get("id").asText()));
    List<Element> rows = doc.select("table.totals tbody tr");
    assertThat(rows).as(overview.toString()).hasSize(expected.size());
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertThat(sitemap).contains(loc(overview));
    int i = 0;
    for (var e : expected.entrySet()) {
      Element row = rows.get(i++);
      assertThat(row.select("td").first().text()).isEqualTo(Integer.toString(e.getValue().size()));
      Path yearPage = resolve(overview, row.selectFirst("th a").attr("href"));
      assertThat(site.relativize(yearPage).toString().replace('\\', '/'))
          .isEqualTo(site.relativize(overview.getParent()).toString().replace('\\', '/') + "/" + e.getKey() + "/index.html");
      Document page = parse(yearPage);
      List<String> listed = new ArrayList<>();
      for (Element a : page.select("table.sheets tbody th a")) {
        Path target = resolve(yearPage, a.attr("href"));
        listed.add(target.getParent().getFileName().toString());
        assertThat(target.getParent().getParent().getFileName().toString()).isEqualTo(e.getKey().toString());
      }
      assertThat(listed).as(yearPage.toString()).isEqualTo(e.getValue().stream().sorted().toList());
      // Only one year on the page: no year column.
      assertThat(page.select("table.sheets thead th")).extracting(Element::text).doesNotContain("年度");
      List<Element> crumbs = page.select("nav.breadcrumbs a");
      assertThat(crumbs).hasSize(3);
      assertThat(resolve(yearPage, crumbs.get(0).attr("href"))).isEqualTo(site.resolve("index.html"));
      assertThat(resolve(yearPage, crumbs.get(2).attr("href"))).isEqualTo(overview);
      assertThat(crumbs.get(2).text()).isEqualTo(doc.selectFirst("h1").text());
      assertThat(sitemap).contains(loc(yearPage));
    }
  }

  private static String decision(JsonNode s) {
    JsonNode d = s.path("direction").path("decision");
    return d.isTextual() ? d.asText().strip() : "";
  }

  private static Document home() throws IOException {
    return parse(site.resolve("index.html"));
  }

  private static Document parse(Path file) throws IOException {
    assertThat(file).exists();
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  /** The file a relative link on the page at {@code from} opens. */
  private static Path resolve(Path from, String href) {
    Path base = from.isAbsolute() ? from : site.resolve(from);
    return base.getParent().resolve(href.replaceFirst("#.*$", "")).normalize();
  }

  /** The page's address in the sitemap: the site's base URL and the page's folder. */
  private static String loc(Path indexFile) {
    return "<loc>https://example.jp/tsukuba/hyoka/" + site.relativize(indexFile.getParent()).toString().replace('\\', '/')
        + "/</loc>";
  }
}
