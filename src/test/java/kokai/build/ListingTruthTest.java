package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every listing page (home, departments, each department, each fiscal year, each SDG goal and
 * direction with their years) checked against a truth computed here from the sheet files alone:
 * each sheet listed exactly once where it belongs, the 部 → 課 → 係 tree, the counts, and every total
 * equal to the sum of the sheets that give the figure with the number left out said beside it.
 * Run over the real sheets and over a small city whose organisation changes from year to year.
 */
class ListingTruthTest {
  private static final Pattern SHEET_LINK = Pattern.compile("(?:\\.\\./)*(\\d{4})/([^/]+)/index\\.html");
  private static final Pattern YEAR = Pattern.compile("\\((\\d{4})\\)");

  @TempDir Path dir;

  /** One sheet as a reader of its file sees it; names as written less surrounding blanks. */
  record Truth(int year, String id, String dept, String division, String section, Long budget, Long settlement,
      Long personnel, Set<Integer> sdgs, String decision) {
    String ref() {
      return year + "/" + id;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"real", "changing"})
  void everyListingShowsItsSheetsOnceWithTheirTotals(String which) throws IOException {
    Path content = which.equals("real") ? Path.of("content") : changingCity(dir);
    Path site = dir.resolve("site");
    BuildResult r = new SiteBuild().run(new BuildConfig(content, site, null, Path.of("themes")));
    assertThat(r.published()).as(r.diagnostics().toString()).isTrue();
    List<Truth> sheets = truth(content);
    Listings pages = new Listings(site);

    Document home = pages.get("index.html");
    assertThat(totals(home.getElementById("totals-caption"))).isEqualTo(expectedTotals(sheets));
    for (Element card : home.select("#years ul a")) {
      int year = Integer.parseInt(card.attr("href").replaceAll("\\D", ""));
      Document y = pages.get(card.attr("href"));
      List<Truth> of = only(sheets, s -> s.year() == year);
      assertThat(card.select(".card-meta").text()).isEqualTo(of.size() + "件");
      assertThat(refs(y)).as("years/%d", year).containsExactlyInAnyOrderElementsOf(refsOf(of));
      assertThat(totals(y.getElementById("totals-caption"))).isEqualTo(expectedTotals(of));
      organisationCells(y, sheets);
    }
    assertThat(home.select("#years ul a")).hasSize((int) sheets.stream().map(Truth::year).distinct().count());

    // A department's count runs over all its years: a project of five years is five sheets, and
    // the page must not let that be read as five projects.
    for (Element card : home.select("#departments ul a")) {
      String name = card.selectFirst(".card-title").text();
      assertThat(card.select(".card-meta").text()).isEqualTo(only(sheets, s -> s.dept().equals(name)).size() + "件（全年度）");
    }
    Document index = pages.get("departments/index.html");
    assertThat(index.select("table.departments thead th").last().text()).isEqualTo("シート数（全年度）");
    Set<String> depts = new TreeSet<>();
    for (Element row : index.select("table.departments tbody tr")) {
      String name = row.selectFirst("th").text();
      assertThat(depts.add(name)).as("department %s listed once", name).isTrue();
      List<Truth> of = only(sheets, s -> s.dept().equals(name));
      assertThat(row.select("td.num").text()).isEqualTo(Integer.toString(of.size()));
      Document page = pages.get("departments/" + row.selectFirst("th a").attr("href"));
      assertThat(page.selectFirst("h1").text()).isEqualTo(name);
      checkDepartment(page, of);
    }
    assertThat(depts).isEqualTo(new TreeSet<>(sheets.stream().map(Truth::dept).toList()));

    Map<String, List<Truth>> groups = new TreeMap<>();
    sheets.forEach(s -> s.sdgs().forEach(g -> groups.computeIfAbsent("ゴール" + g + " ", k -> new ArrayList<>()).add(s)));
    sheets.stream().filter(s -> s.decision() != null)
        .forEach(s -> groups.computeIfAbsent(s.decision() + " ", k -> new ArrayList<>()).add(s));
    List<Element> chips = home.select("#sdgs ul a, #directions ul a");
    assertThat(chips).hasSize(groups.size());
    for (Element chip : chips) {
      List<Truth> of = groups.get(groups.keySet().stream().filter(k -> chip.text().startsWith(k)).findFirst().orElseThrow());
      assertThat(chip.select(".count").text()).isEqualTo("(" + of.size() + ")");
      checkGroup(pages, chip.attr("href"), of, sheets);
    }
  }

  /** The department's totals, and each division's and section's sheets and totals. */
  private static void checkDepartment(Document page, List<Truth> of) {
    assertThat(refs(page)).containsExactlyInAnyOrderElementsOf(refsOf(of));
    assertThat(totals(page.getElementById("totals-caption"))).isEqualTo(expectedTotals(of));
    Set<String> divisions = new TreeSet<>();
    for (Element div : page.select("section.division")) {
      String name = div.selectFirst("h2").text();
      assertThat(divisions.add(name)).as("division %s once", name).isTrue();
      List<Truth> inDiv = only(of, s -> s.division().equals(name));
      assertThat(refs(div)).as(name).containsExactlyInAnyOrderElementsOf(refsOf(inDiv));
      assertThat(totals(div.selectFirst("table.totals caption"))).isEqualTo(expectedTotals(inDiv));
      for (Element sec : div.select("> section")) {
        // The section's name as shown: its heading also says the division, to screen readers only.
        Element secHead = sec.selectFirst("h3").clone();
        assertThat(secHead.select(".vh").text()).isEqualTo(name + ":");
        secHead.select(".vh").remove();
        String secName = secHead.text();
        List<Truth> inSec = only(inDiv, s -> Objects.equals(s.section(), secName.equals("係の記載なし") ? null : secName));
        assertThat(refs(sec)).as(name + " " + secName).containsExactlyInAnyOrderElementsOf(refsOf(inSec));
      }
    }
    assertThat(divisions).isEqualTo(new TreeSet<>(of.stream().map(Truth::division).toList()));
  }

  /** A goal's or direction's overview: its totals per year, each year's page listing that year's sheets. */
  private static void checkGroup(Listings pages, String href, List<Truth> of, List<Truth> all) {
    Document overview = pages.get(href);
    assertThat(totals(overview.getElementById("totals-caption"))).as(href).isEqualTo(expectedTotals(of));
    for (Element year : overview.select("table.totals tbody th a")) {
      int y = Integer.parseInt(year.attr("href").replaceAll("\\D", ""));
      Document page = pages.get(Path.of(href).getParent().resolve(year.attr("href")).normalize().toString());
      assertThat(refs(page)).as(href + " " + y).containsExactlyInAnyOrderElementsOf(refsOf(only(of, s -> s.year() == y)));
      organisationCells(page, all);
    }
  }

  /**
   * A listing of sheets from many departments names each sheet's department with its division: two
   * departments may each have a 総務課.
   */
  private static void organisationCells(Document page, List<Truth> all) {
    Map<String, Truth> byRef = new LinkedHashMap<>();
    all.forEach(s -> byRef.put(s.ref(), s));
    for (Element row : page.select("table.sheets tbody tr")) {
      Truth s = byRef.get(ref(row.selectFirst("th a").attr("href")));
      assertThat(row.select("td").eachText()).as(s.ref()).contains(s.dept() + " " + s.division());
    }
  }

  private static List<Truth> only(List<Truth> sheets, Predicate<Truth> p) {
    return sheets.stream().filter(p).toList();
  }

  private static List<String> refs(Element scope) {
    return scope.select("table.sheets tbody th a").eachAttr("href").stream().map(ListingTruthTest::ref).toList();
  }

  private static String ref(String href) {
    Matcher m = SHEET_LINK.matcher(href);
    assertThat(m.matches()).as(href).isTrue();
    return m.group(1) + "/" + m.group(2);
  }

  private static List<String> refsOf(List<Truth> sheets) {
    return sheets.stream().map(Truth::ref).toList();
  }

  /** The rows of a totals table, named by its caption: cells by fiscal year. */
  private static Map<Integer, List<String>> totals(Element caption) {
    Map<Integer, List<String>> out = new TreeMap<>();
    for (Element row : caption.parent().select("tbody tr")) {
      Matcher m = YEAR.matcher(row.selectFirst("th").text());
      assertThat(m.find()).isTrue();
      out.put(Integer.parseInt(m.group(1)), row.select("td").eachText());
    }
    return out;
  }

  /** Count, then each sum over the sheets that give it ("—" when none) and how many it leaves out. */
  private static Map<Integer, List<String>> expectedTotals(List<Truth> sheets) {
    Map<Integer, List<String>> out = new TreeMap<>();
    for (int year : new TreeSet<>(sheets.stream().map(Truth::year).toList())) {
      List<Truth> of = only(sheets, s -> s.year() == year);
      List<String> row = new ArrayList<>(List.of(Integer.toString(of.size())));
      for (Function<Truth, Long> f : List.<Function<Truth, Long>>of(Truth::budget, Truth::settlement, Truth::personnel)) {
        List<Long> known = of.stream().map(f).filter(Objects::nonNull).toList();
        String sum = known.isEmpty() ? "—" : String.format(Locale.ROOT, "%,d", known.stream().mapToLong(x -> x).sum());
        row.add(known.isEmpty() || known.size() == of.size() ? sum : sum + " " + (of.size() - known.size()) + "件を含まない");
      }
      out.put(year, row);
    }
    return out;
  }

  static List<Truth> truth(Path content) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Truth> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(content.resolve("sheets"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode s = yaml.readTree(f.toFile());
        int year = s.get("fiscalYear").asInt();
        JsonNode own = null;
        for (JsonNode c : s.path("costs")) {
          own = c.get("fiscalYear").asInt() == year ? c : own;
        }
        JsonNode o = s.get("organization");
        Set<Integer> sdgs = new TreeSet<>();
        s.path("sdgs").forEach(g -> sdgs.add(g.asInt()));
        out.add(new Truth(year, s.get("id").asText(), name(o.get("department")), name(o.get("division")),
            name(o.get("section")), amount(own, "budget"), amount(own, "settlement"),
            own == null ? null : amount(own.get("personnel"), "total"), sdgs, name(s.path("direction").get("decision"))));
      }
    }
    return out;
  }

  private static String name(JsonNode n) {
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText().strip();
  }

  private static Long amount(JsonNode parent, String field) {
    JsonNode v = parent == null ? null : parent.get(field);
    return v == null || v.isNull() ? null : v.asLong();
  }

  /**
   * A city whose organisation changes: a 課 renamed and a 課 moved to another 部 between years, a
   * 総務課 in two 部, sheets without 係 (absent, empty), a 部 of 2021 only, unknown and partly
   * unknown figures and a sheet without its year's cost column, 10^12 千円, names that NFKC would
   * change or that hold a slash, and a department name written once with a space after it.
   */
  static Path changingCity(Path dir) {
    MiniSite m = MiniSite.in(dir);
    String c = "{fiscalYear: %d, budget: %s, settlement: %s, personnel: %s}";
    Object[][] rows = {
        {2021, "100", "総務部", "旧名課", "庶務係", 1100, 1000, 200, 4},
        {2022, "100", "総務部", "新名課", "庶務係", 1200, 1100, 210, 4},
        {2023, "100", "\"総務部 \"", "新名課", "庶務係", 1300, null, 220, 4},
        {2021, "101", "総務部", "移動課", "移動係", 500, 480, 90, 11},
        {2022, "101", "企画部", "移動課", "移動係", 520, 500, 95, 11},
        {2022, "102", "総務部", "総務課", "総務係", 300, 290, 50, 4},
        {2022, "103", "企画部", "総務課", "総務係", 310, 300, 60, 11},
        {2022, "104", "企画部", "企画課", null, 700, 650, 120, 4},
        {2022, "105", "企画部", "企画課", "\"\"", 710, 660, 130, 4},
        {2021, "106", "廃止部", "廃止課", "廃止係", 90, 80, 10, 4},
        {2022, "107", "企画部", "企画課", "企画係", null, null, null, 4},
        {2022, "108", "企画部", "企画課", "企画係", 5000, null, 300, 11},
        {2022, "109", "企画部", "企画課", "企画係", "none", null, null, 4},
        {2022, "110", "総務部", "総務課", "総務係", 1_000_000_000_000L, 999_999_999_999L, 1_000_000_000_007L, 4},
        {2022, "120", "第２ｶﾅ㈱部", "ﾃｽﾄ課", "１係", 10, 9, 1, 4},
        {2022, "121", "第2カナ(株)部", "テスト課", "1係", 20, 19, 2, 4},
        {2022, "122", "企画/財政部", "財政課", "財政係", 30, 29, 3, 11},
    };
    for (Object[] r : rows) {
      int year = (int) r[0];
      String costs = "none".equals(r[5]) ? "[]"
          : "[" + c.formatted(year, r[5], r[6], r[7] == null ? "null" : "{total: " + r[7] + "}") + "]";
      m.sheet(year, (String) r[1], """
          fiscalYear: %d
          id: "%s"
          title: 事業%s
          organization: {department: %s, division: %s, section: %s}
          sdgs: [%d]
          costs: %s
          direction: {decision: %s}
          """.formatted(year, r[1], r[1], r[2], r[3], r[4], r[8], costs, year == 2023 ? "拡充" : "継続"));
    }
    return dir.resolve("content");
  }

  /** The built pages, each parsed once. */
  private static final class Listings {
    private final Path site;
    private final Map<String, Document> parsed = new TreeMap<>();

    Listings(Path site) {
      this.site = site;
    }

    Document get(String relative) {
      return parsed.computeIfAbsent(Path.of(relative).normalize().toString(), p -> {
        try {
          return Jsoup.parse(site.resolve(p).toFile(), "UTF-8");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
