package kokai.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars per fiscal year, side by side (grouped: budget, settlement, personnel cost) or on top of
 * each other (stacked: the parts of a funding breakdown). An unknown value draws no bar but the
 * word 不明 standing in its place, so it cannot be read as zero; a zero draws a thin bar.
 */
final class BarChart {
  private static final double MAX_BAR = 30;

  private BarChart() {}

  static String grouped(ChartData data, String description) {
    Frame f = new Frame(data, YScale.covering(data.low(), data.high()), false);
    f.begin(description);
    int n = data.series().size();
    double bar = Math.min(MAX_BAR, f.band() * 0.8 / Math.max(1, n));
    for (int k = 0; k < n; k++) {
      Series s = data.series().get(k);
      open(f, s);
      for (int i = 0; i < data.years().size(); i++) {
        double x = f.centre(i) - bar * n / 2 + bar * k;
        BigDecimal v = s.values().get(i);
        if (v == null) {
          f.gapLabel(data.unknown(), s, data.years().get(i), x + bar / 2, f.y(0) - 3);
          continue;
        }
        double top = f.y(Math.max(0, v.doubleValue()));
        double base = f.y(Math.min(0, v.doubleValue()));
        double h = Math.max(1, base - top);
        rect(f, s, data, i, x + 1, Math.min(top, base - 1), bar - 2, h);
      }
      f.svg.close("g");
    }
    return f.end();
  }

  /** A series' bars share their colours through their group, which keeps the page small. */
  private static void open(Frame f, Series s) {
    f.svg.open("g", "class", "series", "data-series", s.key(), "fill", s.mark().fill, "stroke", s.mark().stroke,
        "stroke-width", 1.5);
  }

  static String stacked(ChartData data, String description) {
    double high = 0;
    for (int i = 0; i < data.years().size(); i++) {
      double sum = 0;
      for (Series s : data.series()) {
        sum += s.known(i) ? s.values().get(i).doubleValue() : 0;
      }
      high = Math.max(high, sum);
    }
    Frame f = new Frame(data, YScale.covering(0, high), false);
    f.begin(description);
    double bar = Math.min(MAX_BAR * 1.5, f.band() * 0.5);
    for (int i = 0; i < data.years().size(); i++) {
      double x = f.centre(i) - bar / 2;
      double sum = 0;
      List<Series> unknown = new ArrayList<>();
      for (Series s : data.series()) {
        BigDecimal v = s.values().get(i);
        if (v == null) {
          unknown.add(s);
          continue;
        }
        double top = f.y(sum + v.doubleValue());
        open(f, s);
        rect(f, s, data, i, x, top, bar, f.y(sum) - top);
        f.svg.close("g");
        sum += v.doubleValue();
      }
      // Unknown parts are not drawn; each is named above the stack, side by side, so the bar is not read as complete.
      for (int k = 0; k < unknown.size(); k++) {
        Series s = unknown.get(k);
        String text = unknown.size() == data.series().size() ? data.unknown() : s.label() + " " + data.unknown();
        double at = f.centre(i) + (k - (unknown.size() - 1) / 2.0) * (Frame.SMALL_SIZE + 2);
        f.gapLabel(text, s, data.years().get(i), at, f.y(sum) - 3);
      }
    }
    return f.end();
  }

  private static void rect(Frame f, Series s, ChartData data, int i, double x, double y, double w, double h) {
    f.svg.open("rect", "class", "mark", "data-series", s.key(), "data-year", data.years().get(i),
        "x", x, "y", y, "width", w, "height", h);
    f.svg.text("title", data.yearLabels().get(i) + " " + s.label() + ": " + data.describe(s.values().get(i)));
    f.svg.close("rect");
  }
}
