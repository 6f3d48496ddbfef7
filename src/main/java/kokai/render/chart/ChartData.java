package kokai.render.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows: a title (its text alternative), the unit of its values, the fiscal years
 * along the x axis with their labels (full, and short for a crowded axis), the series, the word
 * for an unknown value, and whether the interface is English (a space before a unit, Japanese runs
 * marked). {@code axisUnit}: the unit as the axis shows it, （千円） or (JPY thousand).
 */
record ChartData(String id, String title, String unit, String axisUnit, List<Integer> years, List<String> yearLabels,
    List<String> shortYearLabels, List<Series> series, String unknown, String notYet, int sheetYear, boolean english) {
  ChartData {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    unit = unit == null ? "" : unit;
    Objects.requireNonNull(axisUnit, "axisUnit");
    years = List.copyOf(years);
    yearLabels = List.copyOf(yearLabels);
    shortYearLabels = List.copyOf(shortYearLabels);
    series = List.copyOf(series);
    int n = years.size();
    if (n != yearLabels.size() || n != shortYearLabels.size() || series.stream().anyMatch(s -> s.values().size() != n)) {
      throw new IllegalArgumentException("every series needs one value per fiscal year");
    }
  }

  double low() {
    return series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
        .mapToDouble(java.math.BigDecimal::doubleValue).min().orElse(0);
  }

  double high() {
    return series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
        .mapToDouble(java.math.BigDecimal::doubleValue).max().orElse(0);
  }

  /**
   * The word for a missing value of the {@code i}th year: 未確定 (not yet known) after the sheet's own
   * fiscal year, whose settlement and results are still to come; 不明 otherwise.
   */
  String unknown(int i) {
    return years.get(i) > sheetYear ? notYet : unknown;
  }

  /** The {@code i}th year's value with its unit, or the word for a missing one: 86,185千円, in English 86,185 JPY thousand. */
  String describe(java.math.BigDecimal v, int i) {
    if (v == null) {
      return unknown(i);
    }
    return Numbers.format(v) + (english && !unit.isEmpty() ? " " : "") + unit;
  }
}
