package kokai.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import kokai.model.CostYear;
import kokai.model.FiscalYear;
import kokai.model.Funding;
import kokai.model.Indicator;
import kokai.model.IndicatorValue;
import kokai.model.Sheet;

/**
 * The charts of the site, drawn at build time as inline SVG: a sheet's cost trend and funding
 * breakdown, each indicator's targets and actuals, and a department's totals per fiscal year.
 * Unknown values are gaps, never zeros; every chart comes with its figures as a table.
 *
 * <pre>{@code
 * Charts charts = new Charts();
 * Optional<Chart> cost = charts.costTrend(sheet);
 * List<Chart> indicators = charts.indicators(sheet);
 * }</pre>
 */
public final class Charts {
  private static final String YEN = "千円";
  private static final int SHORT_LABELS_FROM = 7;

  /** The cost trend: budget, settlement and personnel cost per fiscal year; empty without a cost table. */
  public Optional<Chart> costTrend(Sheet s) {
    if (s.costs().isEmpty()) {
      return Optional.empty();
    }
    List<CostYear> cs = sortedCosts(s);
    List<Integer> years = cs.stream().map(CostYear::fiscalYear).toList();
    List<Series> series = List.of(
        series("budget", "予算額", Mark.OUTLINE, cs, CostYear::budget),
        series("settlement", "決算額", Mark.SOLID, cs, CostYear::settlement),
        series("personnel", "人件費", Mark.ORANGE, cs, c -> c.personnel() == null ? null : c.personnel().total()));
    ChartData d = new ChartData("chart-cost", "コストの推移（" + YEN + "）", YEN, years, labels(years), series);
    return Optional.of(chart(d, BarChart.grouped(d, describe(d, "予算額・決算額・人件費"))));
  }

  /** The funding of each year's settlement, stacked; empty when no year gives a breakdown. */
  public Optional<Chart> funding(Sheet s) {
    List<CostYear> cs = sortedCosts(s).stream()
        .filter(c -> c.funding() != null && c.funding().total() != null).toList();
    if (cs.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> years = cs.stream().map(CostYear::fiscalYear).toList();
    List<Series> series = List.of(
        series("general", "一般財源", Mark.SOLID, cs, c -> c.funding().general()),
        series("grantsAndBonds", "国庫、県支出金、地方債", Mark.ORANGE, cs, c -> c.funding().grantsAndBonds()),
        series("other", "その他", Mark.GREEN, cs, c -> c.funding().other()));
    ChartData d = new ChartData("chart-funding", "財源内訳（" + YEN + "）", YEN, years, labels(years), series);
    return Optional.of(chart(d, BarChart.stacked(d, describe(d, "決算額の財源内訳"))));
  }

  /** One chart per indicator that has values: target against actual per fiscal year. */
  public List<Chart> indicators(Sheet s) {
    List<Chart> out = new ArrayList<>();
    for (int i = 0; i < s.indicators().size(); i++) {
      Indicator ind = s.indicators().get(i);
      if (ind.values().isEmpty()) {
        continue;
      }
      List<IndicatorValue> vs = ind.values().stream()
          .sorted(java.util.Comparator.comparingInt(IndicatorValue::fiscalYear)).toList();
      List<Integer> years = vs.stream().map(IndicatorValue::fiscalYear).toList();
      List<Series> series = List.of(
          new Series("target", "目標値", Mark.TARGET, vs.stream().map(IndicatorValue::target).toList()),
          new Series("actual", "実績", Mark.ACTUAL, vs.stream().map(IndicatorValue::actual).toList()));
      String unit = ind.unit() == null ? "" : ind.unit();
      String title = "指標 " + ind.name() + (unit.isEmpty() ? "" : "（" + unit + "）");
      ChartData d = new ChartData("chart-indicator-" + (i + 1), title, unit, years, labels(years), series);
      out.add(chart(d, LineChart.render(d, describe(d, ind.name() + "の目標値と実績"))));
    }
    return out;
  }

  /**
   * A department's totals per fiscal year: the sum of each sheet's budget and settlement for its
   * own year. A year in which no sheet gives a settlement shows a gap; the table says how many
   * sheets lack one.
   */
  public Optional<Chart> departmentTotals(String department, List<Sheet> sheets) {
    List<Integer> years = new ArrayList<>(new TreeSet<>(sheets.stream().map(Sheet::fiscalYear).toList()));
    if (years.isEmpty()) {
      return Optional.empty();
    }
    List<BigDecimal> budget = new ArrayList<>();
    List<BigDecimal> settlement = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int y : years) {
      List<Optional<CostYear>> own = sheets.stream().filter(s -> s.fiscalYear() == y).map(Sheet::findOwnCost).toList();
      budget.add(sum(own, CostYear::budget));
      settlement.add(sum(own, CostYear::settlement));
      counts.add(Integer.toString(own.size()));
      missing.add(Long.toString(own.stream().filter(c -> c.map(CostYear::settlement).isEmpty()).count()));
    }
    List<Series> series = List.of(
        new Series("budget", "予算額合計", Mark.OUTLINE, budget),
        new Series("settlement", "決算額合計", Mark.SOLID, settlement));
    ChartData d = new ChartData("chart-department", department + " 年度別の合計（" + YEN + "）", YEN, years,
        labels(years), series);
    Chart c = chart(d, BarChart.grouped(d, describe(d, department + "のシートの予算額・決算額の合計")));
    List<String> columns = new ArrayList<>(c.table().columns());
    columns.add("シート数");
    columns.add("決算額が不明のシート");
    List<Chart.Row> rows = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      List<String> cells = new ArrayList<>(c.table().rows().get(i).cells());
      cells.add(counts.get(i));
      cells.add(missing.get(i));
      rows.add(new Chart.Row(c.table().rows().get(i).label(), cells));
    }
    return Optional.of(new Chart(c.id(), c.title(), c.svg(), new Chart.Table(c.table().caption(), columns, rows)));
  }

  private static BigDecimal sum(List<Optional<CostYear>> costs, Function<CostYear, Long> f) {
    List<Long> known = costs.stream().flatMap(Optional::stream).map(f).filter(java.util.Objects::nonNull).toList();
    return known.isEmpty() ? null : BigDecimal.valueOf(known.stream().mapToLong(Long::longValue).sum());
  }

  private static List<CostYear> sortedCosts(Sheet s) {
    return s.costs().stream().sorted(java.util.Comparator.comparingInt(CostYear::fiscalYear)).toList();
  }

  private static Series series(String key, String label, Mark mark, List<CostYear> cs, Function<CostYear, Long> f) {
    return new Series(key, label, mark, cs.stream().map(c -> Series.of(f.apply(c))).toList());
  }

  private static List<String> labels(List<Integer> years) {
    boolean narrow = years.size() >= SHORT_LABELS_FROM;
    return years.stream().map(FiscalYear::of).map(y -> narrow ? y.shortJapanese() : y.japanese()).toList();
  }

  private static String describe(ChartData d, String what) {
    String span = d.years().size() == 1
        ? FiscalYear.of(d.years().get(0)).japanese()
        : FiscalYear.of(d.years().get(0)).japanese() + "から" + FiscalYear.of(d.years().get(d.years().size() - 1)).japanese();
    return span + "の" + what + "。数値は図の次の表にあります。";
  }

  private static Chart chart(ChartData d, String svg) {
    List<String> columns = new ArrayList<>();
    columns.add("年度");
    String unit = d.unit().isEmpty() ? "" : "（" + d.unit() + "）";
    d.series().forEach(s -> columns.add(s.label() + unit));
    List<Chart.Row> rows = new ArrayList<>();
    for (int i = 0; i < d.years().size(); i++) {
      List<String> cells = new ArrayList<>();
      for (Series s : d.series()) {
        cells.add(s.known(i) ? Numbers.format(s.values().get(i)) : Frame.UNKNOWN);
      }
      rows.add(new Chart.Row(FiscalYear.of(d.years().get(i)).japanese(), cells));
    }
    return new Chart(d.id(), d.title(), svg, new Chart.Table(d.title(), columns, rows));
  }
}
