package kokai.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import kokai.load.Content;
import kokai.model.CostYear;
import kokai.model.IndicatorValue;
import kokai.model.Sheet;
import kokai.site.Totals;
import kokai.testutil.SampleContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {
  @TempDir static Path dir;
  static Content content;
  final Charts charts = new Charts();

  @BeforeAll
  static void load() {
    content = SampleContent.load(dir);
  }

  static Sheet sheet(int year, String id) {
    return content.sheets().stream().filter(s -> s.fiscalYear() == year && s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void costTrendHasOneBarPerKnownValueAndAGapPerUnknownOne() throws Exception {
    Sheet s = sheet(2022, "088");
    Chart c = charts.costTrend(s).orElseThrow();
    Document svg = parse(c.svg());
    assertAccessible(svg, c);
    for (CostYear cost : s.costs()) {
      Long personnel = cost.personnel() == null ? null : cost.personnel().total();
      expectMarkOrGap(svg, "rect", "budget", cost.fiscalYear(), cost.budget());
      expectMarkOrGap(svg, "rect", "settlement", cost.fiscalYear(), cost.settlement());
      expectMarkOrGap(svg, "rect", "personnel", cost.fiscalYear(), personnel);
    }
    long known = s.costs().stream().mapToLong(k -> Stream3.count(k.budget(), k.settlement(),
        k.personnel() == null ? null : k.personnel().total())).sum();
    assertThat(marks(svg, "rect")).hasSize((int) known);
    // the same figures in the table, unknown written as 不明
    Chart.Row last = c.table().rows().get(c.table().rows().size() - 1);
    assertThat(last.label()).isEqualTo("令和5年度");
    assertThat(last.cells()).containsExactly("129,129", "—", "—");
  }

  @Test
  void tallerValuesDrawTallerBars() throws Exception {
    Document svg = parse(charts.costTrend(sheet(2022, "088")).orElseThrow().svg());
    double h2021 = height(svg, "budget", 2021);
    double h2023 = height(svg, "budget", 2023);
    assertThat(h2023 / h2021).isCloseTo(129129.0 / 90000, org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void indicatorLineBreaksAtAnUnknownActual() throws Exception {
    Path d = dir.resolve("gap");
    SampleContent.file(d, "site.yaml", SampleContent.SITE);
    SampleContent.file(d, "sheets/2024/300.yaml", """
        fiscalYear: 2024
        id: "300"
        title: 指標の欠けた事業
        organization: {department: 政策部, division: 企画課}
        indicators:
          - name: 利用者数
            unit: 人
            values:
              - {fiscalYear: 2020, target: 100, actual: 90}
              - {fiscalYear: 2021, target: 100, actual: 95}
              - {fiscalYear: 2022, target: 120, actual: null}
              - {fiscalYear: 2023, target: 120, actual: 130}
              - {fiscalYear: 2024, target: 150, actual: 140}
        """);
    Sheet s = new kokai.load.ContentLoader().load(d).content().orElseThrow().sheets().get(0);
    Chart c = charts.indicator(s.indicators().get(0), 1, s.fiscalYear()).orElseThrow();
    Document svg = parse(c.svg());
    assertAccessible(svg, c);
    List<IndicatorValue> vs = s.indicators().get(0).values();
    long known = vs.stream().mapToLong(v -> Stream3.count(v.target(), v.actual(), null)).sum();
    assertThat(marks(svg, "rect").size() + marks(svg, "circle").size()).isEqualTo((int) known);
    assertThat(polylines(svg, "target")).containsExactly(5);
    assertThat(polylines(svg, "actual")).containsExactly(2, 2);
    assertThat(byClass(svg, "text", "gap")).extracting(e -> e.getAttribute("data-year")).containsExactly("2022");
    assertThat(c.table().rows().get(2).cells()).containsExactly("120", "—");
  }

  @Test
  void fundingStacksKnownPartsAndNamesUnknownOnes() throws Exception {
    Sheet s = sheet(2022, "088");
    Chart c = charts.funding(s).orElseThrow();
    Document svg = parse(c.svg());
    long known = s.costs().stream().filter(k -> k.funding() != null && k.funding().total() != null)
        .mapToLong(k -> Stream3.nonZero(k.funding().general(), k.funding().grantsAndBonds(), k.funding().other())).sum();
    // A part of 0 is not drawn: a sliver stacked on the others would read as an amount.
    assertThat(marks(svg, "rect")).hasSize((int) known);
    assertThat(c.table().rows()).extracting(Chart.Row::label).containsExactly("令和3年度", "令和4年度");
  }

  @Test
  void fundingDrawsNegativePartsBelowZeroAndNoZeroPart() throws Exception {
    Path d = dir.resolve("negative");
    SampleContent.file(d, "site.yaml", SampleContent.SITE);
    SampleContent.file(d, "sheets/2022/301.yaml", """
        fiscalYear: 2022
        id: "301"
        title: 使用料で賄う事業
        organization: {department: 政策部, division: 企画課}
        costs:
          - {fiscalYear: 2021, budget: 2600, settlement: 2500, funding: {general: -500, grantsAndBonds: 0, other: 3000}}
          - {fiscalYear: 2022, budget: 3000, settlement: 3000, funding: {general: 1000, grantsAndBonds: null, other: 2000}}
        """);
    Sheet s = new kokai.load.ContentLoader().load(d).content().orElseThrow().sheets().get(0);
    Document svg = parse(charts.funding(s).orElseThrow().svg());
    for (Element r : marks(svg, "rect")) {
      assertThat(Double.parseDouble(r.getAttribute("height"))).as(r.getAttribute("data-series")).isPositive();
    }
    assertThat(marks(svg, "rect")).noneMatch(r -> r.getAttribute("data-series").equals("grantsAndBonds"));
    assertThat(height(svg, "other", 2021) / height(svg, "general", 2021))
        .isCloseTo(3000.0 / 500, org.assertj.core.data.Offset.offset(0.2));
    // the negative part hangs below the positive ones
    assertThat(attr(svg, "general", 2021, "y")).isGreaterThanOrEqualTo(attr(svg, "other", 2021, "y") + height(svg, "other", 2021));
    expectMarkOrGap(svg, "rect", "grantsAndBonds", 2022, null);
    expectMarkOrGap(svg, "rect", "other", 2022, 2000L);
  }

  @Test
  void totalsChartDrawsEachYearsSumsAndLeavesUnknownSumsOut() throws Exception {
    List<Sheet> policy = content.sheets().stream().filter(s -> s.organization().department().equals("政策部")).toList();
    List<Totals> totals = List.of(2021, 2022, 2023).stream().map(y -> Totals.of(y, policy)).toList();
    Chart c = charts.totals("chart-department", "政策部", totals).orElseThrow();
    Document svg = parse(c.svg());
    assertAccessible(svg, c);
    for (int y : List.of(2021, 2022, 2023)) {
      Long budget = null;
      for (Sheet s : policy) {
        Long b = s.fiscalYear() == y ? s.findOwnCost().map(CostYear::budget).orElse(null) : null;
        if (b != null) {
          budget = budget == null ? b : budget + b;
        }
      }
      expectMarkOrGap(svg, "rect", "budget", y, budget);
    }
    assertThat(c.table().rows()).extracting(r -> r.cells().get(0))
        .containsExactly("90,000", "100,000", "129,129");
  }

  /** A sum that leaves sheets out (their figure not known) says so in the table and the mark's title, as the listings do. */
  @Test
  void aSumThatLeavesSheetsOutSaysHowMany() throws Exception {
    Chart c = charts.totals("t", "市民生活部", List.of(new Totals(2019, 53000L, 50000L, 9000L, 4, 3, 4, 4))).orElseThrow();

    assertThat(c.table().rows()).singleElement().satisfies(r -> assertThat(r.cells()).containsExactly("53,000（1件を含まない）", "50,000", "9,000"));
    Document svg = parse(c.svg());
    assertThat(markTitle(svg, "budget")).endsWith("予算額: 53,000千円（1件を含まない）");
    assertThat(markTitle(svg, "settlement")).endsWith("決算額: 50,000千円");
  }

  @Test
  void aYearWithoutAnyFigureIsAGapNotAZero() throws Exception {
    Chart c = charts.totals("t", "福祉部", List.of(new Totals(2021, null, null, null, 1, 0, 0, 0),
        new Totals(2022, 5000L, 0L, null, 1, 1, 1, 0))).orElseThrow();
    Document svg = parse(c.svg());
    expectMarkOrGap(svg, "rect", "budget", 2021, null);
    expectMarkOrGap(svg, "rect", "settlement", 2022, 0L);
    assertThat(height(svg, "settlement", 2022)).isPositive();
  }

  @Test
  void themeTextReplacesTheJapaneseWordsAndEnglishYearsReadFy() throws Exception {
    java.util.Properties en = new java.util.Properties();
    try (var r = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("themes/default/i18n/messages_en.properties"))) {
      en.load(r);
    }
    Charts english = new Charts(new ChartText(k -> java.util.Optional.ofNullable(en.getProperty(k)), true));
    Chart c = english.costTrend(sheet(2022, "088")).orElseThrow();
    Document svg = parse(c.svg());
    assertThat(c.title()).isEqualTo("Costs (JPY thousand)");
    assertThat(c.table().rows()).extracting(Chart.Row::label).containsExactly("FY2021", "FY2022", "FY2023");
    assertThat(byClass(svg, "text", "gap")).extracting(org.w3c.dom.Node::getTextContent).contains("not yet known");
  }

  @Test
  void aMissingValueAfterTheSheetsYearIsNotYetKnownAndBeforeItUnknown() throws Exception {
    Sheet s = sheet(2022, "088");
    Document svg = parse(charts.costTrend(s).orElseThrow().svg());
    // 088's settlement of 令和5年度 (2023) is still to come.
    assertThat(byClass(svg, "text", "gap")).extracting(org.w3c.dom.Node::getTextContent).isNotEmpty().allMatch(t -> t.equals("未確定"));
    Document totals = parse(charts.totals("t", "福祉部", List.of(new Totals(2021, null, null, null, 1, 0, 0, 0),
        new Totals(2022, 5000L, 0L, null, 1, 1, 1, 0))).orElseThrow().svg());
    assertThat(byClass(totals, "text", "gap")).extracting(org.w3c.dom.Node::getTextContent).contains("不明").doesNotContain("未確定");
  }

  /** The column a chart gets on a 320 px phone: the viewport less the page's 1rem padding on each side. */
  static final double PHONE_COLUMN = 288;

  @Test
  void textStaysLegibleWhenTheChartFillsAPhoneColumn() throws Exception {
    Sheet s = sheet(2022, "088");
    List<Chart> all = new ArrayList<>();
    for (Charts c : List.of(charts, english())) {
      all.add(c.costTrend(s).orElseThrow());
      all.add(c.funding(s).orElseThrow());
      all.add(c.indicator(s.indicators().get(0), 1, s.fiscalYear()).orElseThrow());
    }
    for (Chart c : all) {
      Document svg = parse(c.svg());
      Element root = svg.getDocumentElement();
      double width = Double.parseDouble(root.getAttribute("viewBox").split(" ")[2]);
      double rootSize = Double.parseDouble(root.getAttribute("font-size"));
      NodeList texts = svg.getElementsByTagName("text");
      assertThat(texts.getLength()).isPositive();
      for (int i = 0; i < texts.getLength(); i++) {
        Element t = (Element) texts.item(i);
        double size = t.hasAttribute("font-size") ? Double.parseDouble(t.getAttribute("font-size")) : rootSize;
        assertThat(size * PHONE_COLUMN / width).as(c.id() + " " + t.getTextContent()).isGreaterThanOrEqualTo(10.5);
        double x = Double.parseDouble(t.getAttribute("x"));
        assertThat(x).as(t.getTextContent()).isBetween(0.0, width);
      }
    }
  }

  @Test
  void englishUnitsUseHalfWidthBracketsAndASpace() throws Exception {
    Sheet s = sheet(2022, "088");
    Chart cost = english().costTrend(s).orElseThrow();
    assertThat(cost.table().columns()).contains("Budget (JPY thousand)");
    CostYear first = s.costs().stream().min(java.util.Comparator.comparingInt(CostYear::fiscalYear)).orElseThrow();
    String budget = String.format(java.util.Locale.ROOT, "%,d JPY thousand", first.budget());
    assertThat(svgTitles(parse(cost.svg()))).anyMatch(t -> t.endsWith("Budget: " + budget));
    var ind = s.indicators().get(0);
    Chart indicator = english().indicator(ind, 1, s.fiscalYear()).orElseThrow();
    assertThat(indicator.title()).endsWith(ind.name() + " (" + ind.unit() + ")");
    assertThat(indicator.table().columns()).contains("Actual (" + ind.unit() + ")");
    for (Chart c : List.of(cost, indicator)) {
      assertThat(c.svg()).doesNotContain("（", "）");
      assertThat(String.join("", c.table().columns())).doesNotContain("（", "）");
    }
    // Japanese keeps its full-width brackets and no space
    assertThat(charts.costTrend(s).orElseThrow().table().columns()).contains("予算額（千円）");
  }

  @Test
  void manyYearsThinOutTheirLabelsRatherThanOverlap() throws Exception {
    List<Totals> years = new ArrayList<>();
    for (int y = 2005; y <= 2024; y++) {
      years.add(new Totals(y, 1000L * (y - 2000), null, null, 1, 1, 0, 0));
    }
    Document svg = parse(english().totals("t", "Policy", years).orElseThrow().svg());
    Element yearsGroup = byClass(svg, "g", "years").get(0);
    NodeList labels = yearsGroup.getElementsByTagName("text");
    List<Double> xs = new ArrayList<>();
    double widest = 0;
    for (int i = 0; i < labels.getLength(); i++) {
      Element t = (Element) labels.item(i);
      xs.add(Double.parseDouble(t.getAttribute("x")));
      widest = Math.max(widest, t.getTextContent().length() * 13 * 0.6);
    }
    assertThat(labels.getLength()).isBetween(2, years.size() - 1);
    assertThat(labels.item(labels.getLength() - 1).getTextContent()).isEqualTo("FY24");
    for (int i = 1; i < xs.size(); i++) {
      assertThat(xs.get(i) - xs.get(i - 1)).isGreaterThan(widest);
    }
    // every year still has its bar
    assertThat(marks(svg, "rect")).hasSize(years.size());
  }

  /** Charts with the default theme's English interface text. */
  static Charts english() {
    java.util.Properties en = new java.util.Properties();
    try (var r = java.nio.file.Files.newBufferedReader(Path.of("themes/default/i18n/messages_en.properties"))) {
      en.load(r);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new Charts(new ChartText(k -> java.util.Optional.ofNullable(en.getProperty(k)), true));
  }

  private static List<String> svgTitles(Document svg) {
    List<String> out = new ArrayList<>();
    NodeList ts = svg.getElementsByTagName("title");
    for (int i = 0; i < ts.getLength(); i++) {
      out.add(ts.item(i).getTextContent());
    }
    return out;
  }

  @Test
  void sameSheetSameBytes() {
    Sheet s = sheet(2022, "088");
    assertThat(charts.costTrend(s).orElseThrow().svg()).isEqualTo(new Charts().costTrend(s).orElseThrow().svg());
  }

  @Test
  void markupInTitlesIsEscaped() throws Exception {
    Sheet s = sheet(2022, "200");
    Chart c = charts.totals("t", s.title(), List.of(Totals.of(2022, List.of(s)))).orElseThrow();
    Document svg = parse(c.svg());
    assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).contains("</script><b>");
    assertThat(c.svg()).doesNotContain("<b>");
  }

  static void assertAccessible(Document svg, Chart c) {
    Element root = svg.getDocumentElement();
    assertThat(root.getAttribute("role")).isEqualTo("img");
    String[] ids = root.getAttribute("aria-labelledby").split(" ");
    assertThat(ids).containsExactly(c.id() + "-title", c.id() + "-desc");
    Element title = (Element) svg.getElementsByTagName("title").item(0);
    assertThat(title.getAttribute("id")).isEqualTo(ids[0]);
    assertThat(title.getTextContent()).isEqualTo(c.title());
    assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isNotBlank();
  }

  private static void expectMarkOrGap(Document svg, String tag, String series, int year, Long value) {
    long marks = marks(svg, tag).stream()
        .filter(e -> e.getAttribute("data-series").equals(series) && e.getAttribute("data-year").equals("" + year)).count();
    long gaps = byClass(svg, "text", "gap").stream()
        .filter(e -> e.getAttribute("data-series").equals(series) && e.getAttribute("data-year").equals("" + year)).count();
    assertThat(marks).as(series + " " + year).isEqualTo(value == null ? 0 : 1);
    assertThat(gaps).as(series + " " + year).isEqualTo(value == null ? 1 : 0);
  }

  private static String markTitle(Document svg, String series) {
    return marks(svg, "rect").stream().filter(e -> e.getAttribute("data-series").equals(series)).findFirst().orElseThrow()
        .getElementsByTagName("title").item(0).getTextContent();
  }

  private static double height(Document svg, String series, int year) {
    return marks(svg, "rect").stream()
        .filter(e -> e.getAttribute("data-series").equals(series) && e.getAttribute("data-year").equals("" + year))
        .mapToDouble(e -> Double.parseDouble(e.getAttribute("height"))).findFirst().orElseThrow();
  }

  private static double attr(Document svg, String series, int year, String name) {
    return marks(svg, "rect").stream()
        .filter(e -> e.getAttribute("data-series").equals(series) && e.getAttribute("data-year").equals("" + year))
        .mapToDouble(e -> Double.parseDouble(e.getAttribute(name))).findFirst().orElseThrow();
  }

  /** The number of points of each line of a series. */
  private static List<Integer> polylines(Document svg, String series) {
    List<Integer> out = new ArrayList<>();
    for (Element g : byClass(svg, "g", "series")) {
      if (g.getAttribute("data-series").equals(series)) {
        NodeList ls = g.getElementsByTagName("polyline");
        for (int i = 0; i < ls.getLength(); i++) {
          out.add(((Element) ls.item(i)).getAttribute("points").split(" ").length);
        }
      }
    }
    return out;
  }

  private static List<Element> marks(Document svg, String tag) {
    return byClass(svg, tag, "mark");
  }

  private static List<Element> byClass(Document svg, String tag, String cls) {
    List<Element> out = new ArrayList<>();
    NodeList all = svg.getElementsByTagName(tag);
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("class").equals(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Parses the SVG as XML: a chart that is not well-formed fails here. */
  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    return d;
  }

  /** Counts the known values among up to three. */
  static final class Stream3 {
    static long count(Object a, Object b, Object c) {
      return java.util.stream.Stream.of(a, b, c).filter(Objects::nonNull).count();
    }

    /** The parts that are known and not 0. */
    static long nonZero(Long a, Long b, Long c) {
      return java.util.stream.Stream.of(a, b, c).filter(Objects::nonNull).filter(v -> v != 0).count();
    }
  }

}
