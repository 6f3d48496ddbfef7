package kokai.render.chart;

import kokai.diag.Escaping;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts every chart shares: the {@code <svg>} element with its text alternative, the legend,
 * the value axis with grid lines and the fiscal years along the bottom. Sizes are in the
 * viewBox's units. The viewBox is narrow ({@value #WIDTH} units) and the text large, because the
 * theme's CSS scales the chart to the column: on a 320 px phone the column is about 288 px, so 13
 * units are still about 12 px; a legend that does not fit wraps, and year labels shorten or thin
 * out rather than overlap (the table next to the chart has every year). The CSS keeps the chart
 * 16.5rem wide at least, so that a reader's larger default text size enlarges these labels too; on
 * a phone the chart then scrolls sideways in its frame.
 */
final class Frame {
  static final int WIDTH = 320;
  static final int FONT_SIZE = 13;
  /** Words in the plot (不明 at a gap): one unit smaller, still legible at phone width. */
  static final int SMALL_SIZE = 12;
  static final int RIGHT = 10;
  static final int PLOT_HEIGHT = 150;
  static final int BOTTOM = 26;
  static final int LINE = 18;
  static final String INK = "#1a1a1a";
  static final String GRID = "#c8c8c8";
  static final String MUTED = "#4d4d4d";

  final ChartData data;
  final YScale scale;
  final Svg svg;
  /** The value axis's figures, written once: they size the axis and are drawn. */
  private final List<String> tickLabels;
  private final int left;
  private final List<List<Series>> legendRows;
  private final int top;
  private final List<String> yearLabels;
  private final int labelEvery;
  private final boolean lines;

  Frame(ChartData data, YScale scale, boolean linesInLegend) {
    this.data = data;
    this.scale = scale;
    // Room for the whole chart from the start: about 2,000 characters of frame and some 300 for
    // each value (its mark and title). A builder that outgrows its room copies all it holds, and
    // half the sheets' charts outgrew the 4,096 characters it had before.
    this.svg = new Svg(2048 + 320 * data.years().size() * data.series().size());
    this.tickLabels = scale.ticks().stream().map(Numbers::format).toList();
    double widest = tickLabels.stream().mapToDouble(Frame::textWidth).max().orElse(0);
    this.left = (int) Math.ceil(widest) + 10;
    this.legendRows = legendRows(data.series(), linesInLegend);
    this.top = 4 + legendRows.size() * LINE + (data.unit().isEmpty() ? 0 : LINE) + 10;
    List<String> labels = fits(data.yearLabels()) ? data.yearLabels() : data.shortYearLabels();
    this.yearLabels = labels;
    double need = labels.stream().mapToDouble(Frame::textWidth).max().orElse(0) + 6;
    this.labelEvery = (int) Math.max(1, Math.ceil(need / band()));
    this.lines = linesInLegend;
  }

  int height() {
    return top + PLOT_HEIGHT + BOTTOM;
  }

  double plotTop() {
    return top;
  }

  double plotBottom() {
    return top + PLOT_HEIGHT;
  }

  double band() {
    return (double) (WIDTH - left - RIGHT) / Math.max(1, data.years().size());
  }

  /** The x coordinate of the middle of the i-th fiscal year. */
  double centre(int i) {
    return left + band() * (i + 0.5);
  }

  double y(double v) {
    return scale.y(v, plotTop(), plotBottom());
  }

  /** Opens the chart: root element, title, description, grid and axes, legend. */
  void begin(String description) {
    String id = data.id();
    // width and height give the chart its proportions before CSS applies and in print.
    svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + WIDTH + " " + height()
        + "\" width=\"" + WIDTH + "\" height=\"" + height() + "\" role=\"img\" aria-labelledby=\"" + Escaping.xml(id)
        + "-title " + Escaping.xml(id) + "-desc\" font-family=\"sans-serif\" font-size=\"" + FONT_SIZE + "\" fill=\""
        + INK + "\">");
    svg.label("title", data.title(), data.english(), "id", id + "-title");
    svg.label("desc", description, data.english(), "id", id + "-desc");
    grid();
    years();
    legend();
  }

  String end() {
    svg.close("svg");
    return svg.toString();
  }

  private void grid() {
    svg.open("g", "class", "axis", "aria-hidden", "true");
    for (int i = 0; i < tickLabels.size(); i++) {
      BigDecimal t = scale.ticks().get(i);
      double y = y(t.doubleValue());
      svg.empty("line", "x1", (double) left, "x2", (double) (WIDTH - RIGHT), "y1", y, "y2", y,
          "stroke", t.signum() == 0 ? INK : GRID, "stroke-width", 1);
      svg.text("text", tickLabels.get(i), "x", (double) (left - 5), "y", y + 4.5, "text-anchor", "end");
    }
    if (!data.unit().isEmpty()) {
      svg.words("text", data.axisUnit(), data.english(), "x", 4.0, "y", plotTop() - 12);
    }
    svg.close("g");
  }

  private void years() {
    svg.open("g", "class", "years", "aria-hidden", "true");
    for (int i = 0; i < yearLabels.size(); i++) {
      // With many years only every n-th is named, counted from the latest, which readers look for first.
      if ((yearLabels.size() - 1 - i) % labelEvery == 0) {
        svg.words("text", yearLabels.get(i), data.english(), "x", centre(i), "y", plotBottom() + 18, "text-anchor", "middle");
      }
    }
    svg.close("g");
  }

  private void legend() {
    svg.open("g", "class", "legend", "aria-hidden", "true");
    double y = 4;
    for (List<Series> row : legendRows) {
      double x = 4;
      for (Series s : row) {
        if (lines) {
          svg.empty("line", "x1", x, "x2", x + 20, "y1", y + 7, "y2", y + 7, "stroke", s.mark().stroke,
              "stroke-width", 2, "stroke-dasharray", s.mark().dash);
          marker(s.mark(), x + 10, y + 7, null, null);
        } else {
          svg.empty("rect", "x", x, "y", y + 1, "width", 12, "height", 12, "fill", s.mark().fill,
              "stroke", s.mark().stroke, "stroke-width", 1.5);
        }
        x += swatch(lines);
        svg.words("text", s.label(), data.english(), "x", x, "y", y + 12);
        x += textWidth(s.label()) + 12;
      }
      y += LINE;
    }
    svg.close("g");
  }

  private static int swatch(boolean lines) {
    return lines ? 26 : 17;
  }

  /** The legend's entries in rows that fit the width, so a long series name does not run off the chart. */
  private static List<List<Series>> legendRows(List<Series> series, boolean lines) {
    List<List<Series>> rows = new ArrayList<>();
    List<Series> row = new ArrayList<>();
    double x = 4;
    for (Series s : series) {
      double w = swatch(lines) + textWidth(s.label());
      if (!row.isEmpty() && x + w > WIDTH - RIGHT) {
        rows.add(row);
        row = new ArrayList<>();
        x = 4;
      }
      row.add(s);
      x += w + 12;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }

  private boolean fits(List<String> labels) {
    return labels.stream().allMatch(l -> textWidth(l) + 6 <= band());
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
      svg.label("title", title, data.english());
    }
    svg.close(m == Mark.TARGET ? "rect" : "circle");
  }

  /**
   * The word for an unknown value, written upwards from {@code base} with its middle at {@code x}:
   * standing on end it takes no more width than a bar, so neighbouring gaps do not overlap. Where it
   * crosses another series' line (a target known for a year whose actual is not), the stylesheet
   * draws a halo of the chart's white background under its letters (class {@code gap}).
   */
  void gapLabel(String text, Series s, int year, double x, double base) {
    double cx = x + SMALL_SIZE * 0.35;
    svg.words("text", text, data.english(), "class", "gap", "data-series", s.key(), "data-year", year, "x", cx, "y", base,
        "transform", "rotate(-90 " + Svg.num(cx) + " " + Svg.num(base) + ")", "font-size", SMALL_SIZE,
        "fill", MUTED, "stroke", "none");
  }

  /** A rough width of a label at {@value #FONT_SIZE} units: full-width characters are square, others about 0.6 em. */
  static double textWidth(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // The minus sign of a figure below zero is as narrow as the hyphen it replaces.
      w += c < 0x2000 || c == Numbers.MINUS ? FONT_SIZE * 0.62 : FONT_SIZE;
    }
    return w;
  }
}
