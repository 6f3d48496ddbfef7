package kokai.render.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kokai.model.CostYear;
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
  /** How the tables of the site show an unknown value. */
  public static final String TABLE_UNKNOWN = "—";

  private final ChartText text;

  /** Charts in Japanese. */
  public Charts() {
    this(ChartText.japanese());
  }

  public Charts(ChartText text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The cost trend: budget, settlement and personnel cost per fiscal year; empty without a cost table. */
  public Optional<Chart> costTrend(Sheet s) {
    if (s.costs().isEmpty()) {
      return Optional.empty();
    }
    List<CostYear> cs = sortedCosts(s);
    List<Integer> years = cs.stream().map(CostYear::fiscalYear).toList();
    List<Series> series = List.of(
        series("budget", text.get("chart.budget"), Mark.OUTLINE, cs, CostYear::budget),
        series("settlement", text.get("chart.settlement"), Mark.SOLID, cs, CostYear::settlement),
        series("personnel", text.get("chart.personnel"), Mark.ORANGE, cs,
            c -> c.personnel() == null ? null : c.personnel().total()));
    ChartData d = data("chart-cost", text.get("chart.cost.title", yen()), yen(), years, series, s.fiscalYear());
    return Optional.of(chart(d, BarChart.grouped(d, describe(d, text.get("chart.cost.what")))));
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
        series("general", text.get("chart.general"), Mark.SOLID, cs, c -> c.funding().general()),
        series("grantsAndBonds", text.get("chart.grantsAndBonds"), Mark.ORANGE, cs, c -> c.funding().grantsAndBonds()),
        series("other", text.get("chart.other"), Mark.GREEN, cs, c -> c.funding().other()));
    ChartData d = data("chart-funding", text.get("chart.funding.title", yen()), yen(), years, series, s.fiscalYear());
    return Optional.of(chart(d, BarChart.stacked(d, describe(d, text.get("chart.funding.what")))));
  }

  /**
   * Target against actual per fiscal year of the {@code number}-th indicator (from 1) of a sheet of
   * fiscal year {@code sheetYear}, whose later years' actuals are not yet known; empty without values.
   */
  public Optional<Chart> indicator(Indicator ind, int number, int sheetYear) {
    if (ind.values().isEmpty()) {
      return Optional.empty();
    }
    List<IndicatorValue> vs = ind.valuesByYear();
    List<Integer> years = vs.stream().map(IndicatorValue::fiscalYear).toList();
    List<Series> series = List.of(
        new Series("target", text.get("chart.target"), Mark.TARGET, vs.stream().map(IndicatorValue::target).toList()),
        new Series("actual", text.get("chart.actual"), Mark.ACTUAL, vs.stream().map(IndicatorValue::actual).toList()));
    String unit = ind.unit() == null ? "" : ind.unit();
    String title = text.get("chart.indicator.title", number, ind.name()) + text.afterName(unit);
    ChartData d = data("chart-indicator-" + number, title, unit, years, series, sheetYear);
    return Optional.of(chart(d, LineChart.render(d, describe(d, text.get("chart.indicator.what", ind.name())))));
  }

  /**
   * Totals per fiscal year (a department's, a division's): budget, settlement and personnel cost,
   * each the sum of the sheets' own-year figures; a year in which no sheet gives a figure is a gap.
   */
  public Optional<Chart> totals(String id, String name, List<Totals> totals) {
    if (totals.isEmpty()) {
      return Optional.empty();
    }
    List<Totals> ts = totals.stream().sorted(Comparator.comparingInt(Totals::fiscalYear)).toList();
    List<Integer> years = ts.stream().map(Totals::fiscalYear).toList();
    List<Series> series = List.of(
        new Series("budget", text.get("chart.budget"), Mark.OUTLINE, ts.stream().map(t -> Series.of(t.budget())).toList(),
            ts.stream().map(t -> leftOut(t.sheets() - t.budgetSheets())).toList()),
        new Series("settlement", text.get("chart.settlement"), Mark.SOLID,
            ts.stream().map(t -> Series.of(t.settlement())).toList(),
            ts.stream().map(t -> leftOut(t.sheets() - t.settlementSheets())).toList()),
        new Series("personnel", text.get("chart.personnel"), Mark.ORANGE,
            ts.stream().map(t -> Series.of(t.personnel())).toList(),
            ts.stream().map(t -> leftOut(t.sheets() - t.personnelSheets())).toList()));
    ChartData d = data(id, text.get("chart.totals.title", name, yen()), yen(), years, series, Integer.MAX_VALUE);
    return Optional.of(chart(d, BarChart.grouped(d, describe(d, text.get("chart.totals.what", name)))));
  }

  /** The note of a sum that leaves out sheets whose figure is not known, as the listings' tables say it; null for none. */
  private String leftOut(int sheets) {
    if (sheets <= 0) {
      return null;
    }
    String note = text.get("totals.leftOut", sheets);
    return text.english() ? " (" + note + ")" : "（" + note + "）";
  }

  private String yen() {
    return text.get("chart.yen");
  }

  /** {@code sheetYear}: the fiscal year after which a missing value is not yet known (MAX_VALUE: none is). */
  private ChartData data(String id, String title, String unit, List<Integer> years, List<Series> series, int sheetYear) {
    // The frame picks the short labels when the full ones do not fit; marks' titles keep the full ones.
    List<String> labels = years.stream().map(text::year).toList();
    List<String> shortLabels = years.stream().map(text::shortYear).toList();
    String axisUnit = text.axisUnit(unit == null ? "" : unit);
    return new ChartData(id, title, unit, axisUnit, years, labels, shortLabels, series, text.get("chart.unknown"),
        text.get("chart.notYet"), sheetYear, text.english());
  }

  private static List<CostYear> sortedCosts(Sheet s) {
    return s.costs().stream().sorted(Comparator.comparingInt(CostYear::fiscalYear)).toList();
  }

  private static Series series(String key, String label, Mark mark, List<CostYear> cs, Function<CostYear, Long> f) {
    return new Series(key, label, mark, cs.stream().map(c -> Series.of(f.apply(c))).toList());
  }

  private String describe(ChartData d, String what) {
    List<Integer> ys = d.years();
    String span = ys.size() == 1
        ? text.year(ys.get(0))
        : text.get("chart.span", text.year(ys.get(0)), text.year(ys.get(ys.size() - 1)));
    return text.get("chart.describe", span, what);
  }

  private Chart chart(ChartData d, String svg) {
    List<String> columns = new ArrayList<>();
    columns.add(text.get("chart.year"));
    String unit = text.afterName(d.unit());
    d.series().forEach(s -> columns.add(s.label() + unit));
    List<Chart.Row> rows = new ArrayList<>();
    for (int i = 0; i < d.years().size(); i++) {
      List<String> cells = new ArrayList<>();
      for (Series s : d.series()) {
        cells.add(s.known(i) ? s.shown(i) : TABLE_UNKNOWN);
      }
      rows.add(new Chart.Row(text.year(d.years().get(i)), cells));
    }
    return new Chart(d.id(), d.title(), svg, new Chart.Table(d.title(), columns, rows));
  }
}
