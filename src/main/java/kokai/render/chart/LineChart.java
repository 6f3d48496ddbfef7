package kokai.render.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines per series over the fiscal years (an indicator's targets and actuals), a marker at each
 * known value. An unknown value breaks the line: the points on either side are not joined.
 */
final class LineChart {
  private LineChart() {}

  static String render(ChartData data, String description) {
    Frame f = new Frame(data, YScale.covering(data.low(), data.high()), true);
    f.begin(description);
    for (Series s : data.series()) {
      f.svg.open("g", "class", "series", "data-series", s.key());
      for (List<Integer> run : runs(s)) {
        if (run.size() < 2) {
          continue;
        }
        StringBuilder pts = new StringBuilder();
        for (int i : run) {
          if (pts.length() > 0) {
            pts.append(' ');
          }
          Svg.num(Svg.num(pts, f.centre(i)).append(','), f.y(s.values().get(i).doubleValue()));
        }
        f.svg.empty("polyline", "class", "line", "points", pts, "fill", "none", "stroke", s.mark().stroke,
            "stroke-width", 2, "stroke-dasharray", s.mark().dash);
      }
      for (int i = 0; i < s.values().size(); i++) {
        if (!s.known(i)) {
          // Named at the foot of the plot, so a missing point is not taken for one off the chart;
          // each series has its own column, so two unknowns of one year do not overlap.
          int k = data.series().indexOf(s);
          double x = f.centre(i) + (k - (data.series().size() - 1) / 2.0) * (Frame.SMALL_SIZE + 2);
          f.gapLabel(s.label() + " " + data.unknown(i), s, data.years().get(i), x, f.plotBottom() - 3);
        } else {
          f.marker(s.mark(), f.centre(i), f.y(s.values().get(i).doubleValue()),
              data.yearLabels().get(i) + " " + s.label() + ": " + data.describe(s.values().get(i), i),
              data.years().get(i));
        }
      }
      f.svg.close("g");
    }
    return f.end();
  }

  /** The runs of consecutive known values, as category indexes. */
  static List<List<Integer>> runs(Series s) {
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    for (int i = 0; i < s.values().size(); i++) {
      if (s.known(i)) {
        run.add(i);
      } else if (!run.isEmpty()) {
        out.add(run);
        run = new ArrayList<>();
      }
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }
}
