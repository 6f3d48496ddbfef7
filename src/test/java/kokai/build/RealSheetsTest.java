package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the real sheets in content/ and checks each page against the content files, read here
 * independently of the loader (plain YAML trees), so a figure or sentence the site drops or
 * changes is caught.
 */
class RealSheetsTest {
  @TempDir static Path out;
  static List<JsonNode> sheets = new ArrayList<>();

  @BeforeAll
  static void build() throws IOException {
    sheets.addAll(RealContent.sheetTrees());
    assertThat(sheets).hasSizeGreaterThanOrEqualTo(6);
    BuildResult r = new SiteBuild().run(new BuildConfig(Path.of("content"), out.resolve("site"), null, Path.of("themes")));
    assertThat(r.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
    assertThat(r.published()).isTrue();
  }

  static Document page(String relative) throws IOException {
    return Jsoup.parse(out.resolve("site").resolve(relative).toFile(), "UTF-8");
  }

  static String yen(JsonNode n) {
    return n == null || n.isNull() ? "—" : String.format(Locale.ROOT, "%,d", n.asLong());
  }

  static String path(JsonNode s) {
    return s.get("fiscalYear").asInt() + "/" + s.get("id").asText() + "/index.html";
  }

  /**
   * The second build runs in its own JVM: iteration order of Map.of and Set.of is salted per
   * process, so a build compared only with itself in one JVM would not see that kind of drift; and
   * with another system's settings, which must not reach the bytes either.
   */
  @Test
  void aBuildInAnotherProcessGivesIdenticalBytes() throws IOException, InterruptedException {
    Path again = out.resolve("again");
    // A Windows machine's line ending, a Turkish locale (its dotless i), the Japanese calendar, another time zone.
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dline.separator=\r\n", "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
        "-Djava.locale.providers=HOST", "-cp", System.getProperty("java.class.path"), "kokai.cli.Main",
        "build", "--content", "content", "--out", again.toString())
        .redirectErrorStream(true);
    pb.environment().put("KOKAI_QUICK_START", "0"); // these settings in the Java that builds
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    Map<String, byte[]> first = MiniSite.files(out.resolve("site"));
    Map<String, byte[]> second = MiniSite.files(again);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((k, v) -> assertThat(second.get(k)).as(k).isEqualTo(v));
  }

  @Test
  void everySentenceOfEverySheetIsOnItsPage() throws IOException {
    for (JsonNode s : sheets) {
      String text = page(path(s)).select("main").text();
      List<String> strings = new ArrayList<>();
      collectStrings(s, strings);
      for (String str : strings) {
        assertThat(text).as(path(s)).contains(str.replaceAll("\\s+", " ").strip());
      }
    }
  }

  private static void collectStrings(JsonNode n, List<String> out) {
    if (n.isTextual() && !n.asText().isBlank()) {
      out.add(n.asText());
    }
    n.elements().forEachRemaining(c -> collectStrings(c, out));
  }

  @Test
  void costFiguresMatchTheContentWithUnknownsAsDash() throws IOException {
    for (JsonNode s : sheets) {
      Element table = page(path(s)).expectFirst("#costs table");
      List<String> years = table.select("thead th").eachText().subList(1, table.select("thead th").size());
      JsonNode costs = s.get("costs");
      assertThat(years).hasSize(costs.size());
      for (int i = 0; i < costs.size(); i++) {
        JsonNode c = costs.get(i);
        int col = i + 1;
        assertThat(cell(table, 0, col)).as(path(s) + " budget " + i).isEqualTo(yen(c.get("budget")));
        assertThat(cell(table, 1, col)).as(path(s) + " settlement " + i).isEqualTo(yen(c.get("settlement")));
        assertThat(cell(table, 2, col)).isEqualTo(yen(c.path("funding").get("general")));
        assertThat(cell(table, 5, col)).isEqualTo(yen(c.path("personnel").get("total")));
        long base = c.get("settlement").isNull() ? c.get("budget").asLong() : c.get("settlement").asLong();
        long total = base + c.path("personnel").get("total").asLong();
        assertThat(table.select("tr.total td").get(i).text()).isEqualTo(yen(new ObjectMapper().valueToTree(total)));
        // The change from the year before: only between two settled years or two budgeted ones.
        String change = table.select("tr.total + tr td").get(i).text();
        JsonNode p = i == 0 ? null : costs.get(i - 1);
        if (p == null || p.get("settlement").isNull() != c.get("settlement").isNull()) {
          assertThat(change).as(path(s) + " change " + i).isEqualTo("—");
        } else {
          long before = (p.get("settlement").isNull() ? p.get("budget").asLong() : p.get("settlement").asLong())
              + p.path("personnel").get("total").asLong();
          long d = total - before;
          assertThat(change).as(path(s) + " change " + i)
              .isEqualTo(d == 0 ? "±0" : (d > 0 ? "+" : "\u2212") + String.format(Locale.ROOT, "%,d", Math.abs(d)));
        }
      }
    }
  }

  @Test
  void everyPageNamesTheThemesIconSoNoBrowserAsksForAMissingFavicon() throws IOException {
    for (String page : List.of("index.html", "2022/088/index.html", "search/index.html")) {
      Element icon = page(page).selectFirst("link[rel=icon]");
      assertThat(icon).as(page).isNotNull();
      Path target = out.resolve("site").resolve(page).getParent().resolve(icon.attr("href")).normalize();
      assertThat(target).as(page).exists().isRegularFile();
    }
  }

  /**
   * Every page has one search box leading to the search page; the search page, whose own box comes
   * with the filters, has only that one (a second box above it was read and tabbed through twice).
   */
  @Test
  void everyPageHasOneSearchBox() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(out.resolve("site"))) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(20);
    for (Path f : pages) {
      String page = out.resolve("site").relativize(f).toString().replace(File.separatorChar, '/');
      Document p = page(page);
      assertThat(p.select("form[role=search]")).as(page).hasSize(1);
      assertThat(p.select("form[role=search] input[name=q]")).as(page).hasSize(1);
      if (!page.endsWith("404.html")) {
        // A relative action, as every link of the site (404.html names the base URL's path instead),
        // to the search page of the page's own language version.
        Path action = f.getParent().resolve(p.selectFirst("form[role=search]").attr("action")).normalize();
        String version = page.startsWith("en/") ? "en/" : "";
        assertThat(action).as(page).isEqualTo(out.resolve("site/" + version + "search/index.html"));
      }
    }
  }

  private static String cell(Element table, int row, int col) {
    return table.select("tbody tr:has(td)").get(row).child(col).text();
  }

  @Test
  void indicatorsScoresAndAnchors() throws IOException {
    for (JsonNode s : sheets) {
      Document p = page(path(s));
      JsonNode indicators = s.get("indicators");
      assertThat(p.select("#indicators section.indicator")).as(path(s)).hasSize(indicators.size());
      for (int i = 0; i < indicators.size(); i++) {
        assertThat(p.select("#indicator-" + (i + 1) + " h3").text()).isEqualTo("指標" + (i + 1) + ": " + indicators.get(i).get("name").asText());
      }
      assertThat(p.select("#indicators h3").eachText()).noneMatch(t -> t.endsWith("()") || t.endsWith("（）"));
      JsonNode e = s.get("evaluation");
      assertThat(p.select("#evaluation td.score > [aria-hidden=true]").eachText()).containsExactly(
          e.get("citizenNeeds").get("score").asInt() + " / 5", e.get("progress").get("score").asInt() + " / 5",
          e.get("cityInvolvement").get("score").asInt() + " / 5", e.get("priority").get("score").asInt() + " / 5");
      for (String id : List.of("basic", "overview", "costs", "participation", "indicators", "results", "evaluation", "direction")) {
        assertThat(p.getElementById(id)).as(path(s) + "#" + id).isNotNull();
      }
      assertThat(p.select(".eyebrow").text()).startsWith("令和4年度 (2022)");
      if (s.path("direction").path("reason").isNull()) {
        assertThat(p.select("#direction dd").get(1).text()).isEqualTo("—");
      }
    }
  }

  @Test
  void departmentTotalsAreTheSumsOfTheirSheets() throws IOException {
    Map<String, long[]> sums = new HashMap<>();
    for (JsonNode s : sheets) {
      int year = s.get("fiscalYear").asInt();
      for (JsonNode c : s.get("costs")) {
        if (c.get("fiscalYear").asInt() == year) {
          long[] t = sums.computeIfAbsent(s.get("organization").get("department").asText(), k -> new long[4]);
          t[0]++;
          t[1] += c.get("budget").asLong();
          t[2] += c.get("settlement").asLong();
          t[3] += c.get("personnel").get("total").asLong();
        }
      }
    }
    Document index = page("departments/index.html");
    for (Map.Entry<String, long[]> e : sums.entrySet()) {
      Element link = index.select("table.departments th a").stream().filter(a -> a.text().equals(e.getKey())).findFirst().orElseThrow();
      Document d = Jsoup.parse(out.resolve("site/departments").resolve(link.attr("href")).toFile(), "UTF-8");
      long[] t = e.getValue();
      assertThat(d.select("#totals tbody tr").first().select("td").eachText()).containsExactly(
          Long.toString(t[0]), String.format(Locale.ROOT, "%,d", t[1]), String.format(Locale.ROOT, "%,d", t[2]),
          String.format(Locale.ROOT, "%,d", t[3]));
    }
  }

  @Test
  void yearListingHasEverySheetWithItsFigures() throws IOException {
    Document y = page("years/2022/index.html");
    List<String> ids = y.select("table.sheets tbody tr td:eq(0)").eachText();
    assertThat(ids).containsExactlyElementsOf(sheets.stream()
        .filter(s -> s.get("fiscalYear").asInt() == 2022).map(s -> s.get("id").asText()).sorted().toList());
    for (Element row : y.select("table.sheets tbody tr")) {
      JsonNode s = sheets.stream().filter(x -> x.get("id").asText().equals(row.child(0).text())).findFirst().orElseThrow();
      JsonNode own = s.get("costs").findParents("fiscalYear").stream().filter(c -> c.get("fiscalYear").asInt() == 2022 && c.has("budget")).findFirst().orElseThrow();
      assertThat(row.child(1).text()).isEqualTo(s.get("title").asText());
      assertThat(row.child(2).text()).isEqualTo(s.get("organization").get("department").asText() + " " + s.get("organization").get("division").asText());
      assertThat(row.child(3).text()).isEqualTo(yen(own.get("budget")));
      assertThat(row.child(4).text()).isEqualTo(yen(own.get("settlement")));
      assertThat(row.child(5).text()).isEqualTo(s.get("direction").get("decision").asText());
    }
    assertThat(page("index.html").select("#years ul a").attr("href")).isEqualTo("years/2022/index.html");
  }
}
