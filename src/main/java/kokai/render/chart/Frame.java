package kokai.render.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * The parts every chart shares: the {@code <svg>} element with its text alternative, the legend,
 * the value axis with grid lines and the fiscal years along the bottom. Sizes are in the
 * viewBox's units; the theme's CSS scales the whole chart to the page.
 */
final class Frame {
  static final int WIDTH = 640;
  static final int HEIGHT = 280;
  static final int LEFT = 84;
  static final int RIGHT = 16;
  static final int TOP = 40;
  static final int BOTTOM = 36;
  static final String INK = "#1a1a1a";
  static final String GRID = "#c8c8c8";
  static final String FONT = "font-family=\"sans-serif\" font-size=\"12\"";

  final ChartData data;
  final YScale scale;
  final Svg svg = new Svg();

  Frame(ChartData data, YScale scale) {
    this.data = data;
    this.scale = scale;
  }

  double plotTop() {
    return TOP;
  }

  double plotBottom() {
    return HEIGHT - BOTTOM;
  }

  double band() {
    return (double) (WIDTH - LEFT - RIGHT) / Math.max(1, data.years().size());
  }

  /** The x coordinate of the middle of the i-th fiscal year. */
  double centre(int i) {
    return LEFT + band() * (i + 0.5);
  }

  double y(double v) {
    return scale.y(v, plotTop(), plotBottom());
  }

  /** Opens the chart: root element, title, description, grid and axes, legend. */
  void begin(String description, boolean linesInLegend) {
    String id = data.id();
    svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
        + "\" role=\"img\" aria-labelledby=\"" + Svg.escape(id) + "-title " + Svg.escape(id) + "-desc\" "
        + FONT + " fill=\"" + INK + "\">");
    svg.text("title", data.title(), "id", id + "-title");
    svg.text("desc", description, "id", id + "-desc");
    grid();
    years();
    legend(linesInLegend);
  }

  String end() {
    svg.close("svg");
    return svg.toString();
  }

  private void grid() {
    svg.open("g", "class", "axis", "aria-hidden", "true");
    for (BigDecimal t : scale.ticks()) {
      double y = y(t.doubleValue());
      svg.empty("line", "x1", (double) LEFT, "x2", (double) (WIDTH - RIGHT), "y1", y, "y2", y,
          "stroke", t.signum() == 0 ? INK : GRID, "stroke-width", 1);
      svg.text("text", Numbers.format(t), "x", (double) (LEFT - 6), "y", y + 4, "text-anchor", "end");
    }
    if (!data.unit().isEmpty()) {
      svg.text("text", "（" + data.unit() + "）", "x", 4.0, "y", (double) (TOP - 22));
    }
    svg.close("g");
  }

  private void years() {
    svg.open("g", "class", "years", "aria-hidden", "true");
    List<String> labels = data.yearLabels();
    for (int i = 0; i < labels.size(); i++) {
      svg.text("text", labels.get(i), "x", centre(i), "y", plotBottom() + 20, "text-anchor", "middle");
    }
    svg.close("g");
  }

  private void legend(boolean lines) {
    svg.open("g", "class", "legend", "aria-hidden", "true");
    double x = LEFT;
    double y = TOP - 28;
    for (Series s : data.series()) {
      if (lines) {
        svg.empty("line", "x1", x, "x2", x + 20, "y1", y + 6, "y2", y + 6, "stroke", s.mark().stroke,
            "stroke-width", 2, "stroke-dasharray", s.mark().dash);
        marker(s.mark(), x + 10, y + 6, null, null);
        x += 26;
      } else {
        svg.empty("rect", "x", x, "y", y, "width", 12, "height", 12, "fill", s.mark().fill,
            "stroke", s.mark().stroke, "stroke-width", 1.5);
        x += 18;
      }
      svg.text("text", s.label(), "x", x, "y", y + 11);
      x += textWidth(s.label()) + 16;
    }
    svg.close("g");
  }

  /** A point of a line series: a circle for actuals, a square for targets. */
  void marker(Mark m, double x, double y, String title, Integer year) {
    String cls = title == null ? null : "mark";
    if (m == Mark.TARGET) {
      svg.open("rect", "class", cls, "data-year", year, "x", x - 4, "y", y - 4, "width", 8, "height", 8,
          "fill", m.fill, "stroke", m.stroke, "stroke-width", 2);
    } else {
      svg.open("circle", "class", cls, "data-year", year, "cx", x, "cy", y, "r", 4.5, "fill", m.fill,
          "stroke", m.stroke, "stroke-width", 1);
    }
    if (title != null) {
      svg.text("title", title);
    }
    svg.close(m == Mark.TARGET ? "rect" : "circle");
  }

  /** A rough width of a label at 12 units: full-width characters are twice as wide. */
  static double textWidth(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) < 0x2000 ? 7 : 12;
    }
    return w;
  }
}
