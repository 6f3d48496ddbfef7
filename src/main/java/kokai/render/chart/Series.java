package kokai.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One series of a chart: a key, a label for the legend and table, how it is drawn, and one value per category (null = unknown). */
record Series(String key, String label, Mark mark, List<BigDecimal> values) {
  Series {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(mark, "mark");
    // List.copyOf refuses nulls, and null is how an unknown value is written.
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  static BigDecimal of(Long v) {
    return v == null ? null : BigDecimal.valueOf(v);
  }

  boolean known(int i) {
    return values.get(i) != null;
  }
}
