package kokai.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars per fiscal year, side by side (grouped: budget, settlement, personnel cost) or on top of
 * each other (stacked: the parts of a funding breakdown). An unknown value draws no bar but the
 * word 不明 (未確定 after the sheet's year) standing in its place, so it cannot be read as zero; a
 * zero draws a thin bar among grouped bars and nothing in a stack.
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
          f.gapLabel(data.unknown(i), s, data.years().get(i), x + bar / 2, f.y(0) - 3);
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

  /**
   * Positive parts stack up from zero and negative ones (general funds when a project's income
   * exceeds its cost) down from it, so no bar has a negative height. A part of exactly 0 is a
   * one-unit sliver, lifting the parts above it by that unit, so a known 0 is seen and told from an
   * unknown part.
   */
  static String stacked(ChartData data, String description) {
    double high = 0;
    double low = 0;
    for (int i = 0; i < data.years().size(); i++) {
      high = Math.max(high, sum(data, i, true));
      low = Math.min(low, sum(data, i, false));
    }
    Frame f = new Frame(data, YScale.covering(low, high), false);
    f.begin(description);
    double bar = Math.min(MAX_BAR * 1.5, f.band() * 0.5);
    for (int i = 0; i < data.years().size(); i++) {
      double x = f.centre(i) - bar / 2;
      double up = 0;
      double down = 0;
      double lift = 0;
      List<Series> unknown = new ArrayList<>();
      for (Series s : data.series()) {
        BigDecimal v = s.values().get(i);
        if (v == null) {
          unknown.add(s);
          continue;
        }
        double d = v.doubleValue();
        if (d == 0) {
          // Nothing to stack: a sliver on top of the other parts would read as an amount. The table has the 0.
          continue;
        }
        open(f, s);
        if (d < 0) {
          rect(f, s, data, i, x, f.y(down), bar, f.y(down + d) - f.y(down));
          down += d;
        } else {
          double exact = f.y(up) - f.y(up + d);
          double h = Math.max(1, exact);
          rect(f, s, data, i, x, f.y(up) - lift - h, bar, h);
          lift += h - exact;
          up += d;
        }
        f.svg.close("g");
      }
      // Unknown parts are not drawn; each is named above the stack, side by side, so the bar is not read as complete.
      for (int k = 0; k < unknown.size(); k++) {
        Series s = unknown.get(k);
        String text = unknown.size() == data.series().size() ? data.unknown(i) : s.label() + " " + data.unknown(i);
        double at = f.centre(i) + (k - (unknown.size() - 1) / 2.0) * (Frame.SMALL_SIZE + 2);
        f.gapLabel(text, s, data.years().get(i), at, f.y(up) - lift - 3);
      }
    }
    return f.end();
  }

  /** The sum of a year's known positive (or negative) parts. */
  private static double sum(ChartData data, int i, boolean positive) {
    double sum = 0;
    for (Series s : data.series()) {
      if (s.known(i) && (s.values().get(i).signum() > 0) == positive && s.values().get(i).signum() != 0) {
        sum += s.values().get(i).doubleValue();
      }
    }
    return sum;
  }

  private static void rect(Frame f, Series s, ChartData data, int i, double x, double y, double w, double h) {
    f.svg.open("rect", "class", "mark", "data-series", s.key(), "data-year", data.years().get(i),
        "x", x, "y", y, "width", w, "height", h);
    f.svg.label("title", data.yearLabels().get(i) + " " + s.label() + ": " + data.describe(s.values().get(i), i) + s.note(i),
        data.english());
    f.svg.close("rect");
  }
}
