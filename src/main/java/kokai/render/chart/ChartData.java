package kokai.render.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows: a title (its text alternative), the unit of its values, the fiscal years
 * along the x axis with their labels, the series, and the word for an unknown value.
 */
record ChartData(String id, String title, String unit, List<Integer> years, List<String> yearLabels, List<Series> series,
    String unknown) {
  ChartData {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    unit = unit == null ? "" : unit;
    years = List.copyOf(years);
    yearLabels = List.copyOf(yearLabels);
    series = List.copyOf(series);
    int n = years.size();
    if (n != yearLabels.size() || series.stream().anyMatch(s -> s.values().size() != n)) {
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

  /** The value with its unit, or 不明: 86,185千円. */
  String describe(java.math.BigDecimal v) {
    return v == null ? unknown : Numbers.format(v) + unit;
  }
}
