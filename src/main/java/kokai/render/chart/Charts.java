package kokai.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kokai.model.CostYear;
import kokai.model.FiscalYear;
import kokai.model.Funding;
import kokai.model.Indicator;
import kokai.model.IndicatorValue;
import kokai.model.Sheet;
import kokai.site.Totals;

/**
 * The charts of the site, drawn at build time as inline SVG: a sheet's cost trend and funding
 * breakdown, each indicator's targets and actuals, and a department's totals per fiscal year.
 * Unknown values are gaps, never zeros; every chart comes with its figures as a table.
 *
 * <pre>{@code
 * Charts charts = new Charts();
 * Optional<Chart> cost = charts.costTrend(sheet);
 * Optional<Chart> first = charts.indicator(sheet.indicators().get(0), 1);
 * }</pre>
 */
public final class Charts {
  private static final String YEN = "千円";
  /** How the tables of the site show an unknown value. */
  public static final String TABLE_UNKNOWN = "—";
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

  /** Target against actual per fiscal year of the {@code number}-th indicator (from 1); empty without values. */
  public Optional<Chart> indicator(Indicator ind, int number) {
    if (ind.values().isEmpty()) {
      return Optional.empty();
    }
    List<IndicatorValue> vs = ind.values().stream()
        .sorted(java.util.Comparator.comparingInt(IndicatorValue::fiscalYear)).toList();
    List<Integer> years = vs.stream().map(IndicatorValue::fiscalYear).toList();
    List<Series> series = List.of(
        new Series("target", "目標値", Mark.TARGET, vs.stream().map(IndicatorValue::target).toList()),
        new Series("actual", "実績", Mark.ACTUAL, vs.stream().map(IndicatorValue::actual).toList()));
    String unit = ind.unit() == null ? "" : ind.unit();
    String title = "指標" + number + " " + ind.name() + (unit.isEmpty() ? "" : "（" + unit + "）");
    ChartData d = new ChartData("chart-indicator-" + number, title, unit, years, labels(years), series);
    return Optional.of(chart(d, LineChart.render(d, describe(d, ind.name() + "の目標値と実績"))));
  }

  /**
   * Totals per fiscal year (a department's, a division's): budget, settlement and personnel cost,
   * each the sum of the sheets' own-year figures; a year in which no sheet gives a figure is a gap.
   */
  public Optional<Chart> totals(String id, String name, List<Totals> totals) {
    if (totals.isEmpty()) {
      return Optional.empty();
    }
    List<Totals> ts = totals.stream().sorted(java.util.Comparator.comparingInt(Totals::fiscalYear)).toList();
    List<Integer> years = ts.stream().map(Totals::fiscalYear).toList();
    List<Series> series = List.of(
        new Series("budget", "予算額", Mark.OUTLINE, ts.stream().map(t -> Series.of(t.budget())).toList()),
        new Series("settlement", "決算額", Mark.SOLID, ts.stream().map(t -> Series.of(t.settlement())).toList()),
        new Series("personnel", "人件費", Mark.ORANGE, ts.stream().map(t -> Series.of(t.personnel())).toList()));
    ChartData d = new ChartData(id, name + " 年度ごとの合計（" + YEN + "）", YEN, years, labels(years), series);
    return Optional.of(chart(d, BarChart.grouped(d, describe(d, name + "の予算額・決算額・人件費の合計"))));
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
        cells.add(s.known(i) ? Numbers.format(s.values().get(i)) : TABLE_UNKNOWN);
      }
      rows.add(new Chart.Row(FiscalYear.of(d.years().get(i)).japanese(), cells));
    }
    return new Chart(d.id(), d.title(), svg, new Chart.Table(d.title(), columns, rows));
  }
}
