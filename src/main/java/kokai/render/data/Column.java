package kokai.render.data;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a CSV file: its Japanese header, its English key (the header of the English
 * variant) and how a row gives its value; a null value is written as an empty cell.
 */
record Column<T>(String ja, String en, Function<T, Object> value) {
  Column {
    Objects.requireNonNull(ja, "ja");
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(value, "value");
  }

  String header(Csv.Lang lang) {
    return lang == Csv.Lang.JA ? ja : en;
  }
}
