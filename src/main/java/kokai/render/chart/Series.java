package kokai.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One series of a chart: a key, a label for the legend and table, how it is drawn, one value per
 * category (null = unknown), and for each value a note to show after it (null = none), such as
 * the sheets a sum leaves out.
 */
record Series(String key, String label, Mark mark, List<BigDecimal> values, List<String> notes) {
  Series {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(mark, "mark");
    // List.copyOf refuses nulls, and null is how an unknown value is written.
    values = Collections.unmodifiableList(new ArrayList<>(values));
    notes = notes == null ? Collections.nCopies(values.size(), null) : Collections.unmodifiableList(new ArrayList<>(notes));
  }

  Series(String key, String label, Mark mark, List<BigDecimal> values) {
    this(key, label, mark, values, null);
  }

  /** The note after a known value at {@code i}, or "" for none. */
  String note(int i) {
    return known(i) && notes.get(i) != null ? notes.get(i) : "";
  }

  /** The value at {@code i} as the table writes it: the figure, and its note if any. */
  String shown(int i) {
    return Numbers.format(values.get(i)) + note(i);
  }

  static BigDecimal of(Long v) {
    return v == null ? null : BigDecimal.valueOf(v);
  }

  boolean known(int i) {
    return values.get(i) != null;
  }
}
