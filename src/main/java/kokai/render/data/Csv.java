package kokai.render.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kokai.model.Labeled;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV that Excel in Japan opens as it should: UTF-8 with a byte order mark (without it Excel
 * reads Shift_JIS), CRLF line ends and RFC 4180 quoting, left to Commons CSV. Numbers are written
 * plain (no thousands separator, no exponent) so that they stay numbers in a spreadsheet, and a
 * text is never run as a formula.
 */
final class Csv {
  /** The language of the header row. */
  enum Lang { JA, EN }

  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
  private static final char BOM = '\uFEFF';

  private Csv() {}

  /**
   * The table as bytes, for a small table (one sheet's): printed into memory as text and encoded
   * once, which is cheaper than encoding through a writer cell by cell.
   */
  static <T> byte[] write(List<Column<T>> columns, List<T> rows, Lang lang) {
    StringBuilder text = new StringBuilder(rows.size() * 64);
    try {
      print(columns, rows, lang, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static <T> void print(List<Column<T>> columns, Iterable<T> rows, Lang lang, Appendable out)
      throws IOException {
    CSVPrinter p = printer(out);
    out.append(BOM);
    p.printRecord(columns.stream().map(c -> c.header(lang)).toList());
    printRows(p, columns, rows);
    p.flush();
  }

  /** A printer of its own: Commons CSV prints every cell synchronized on its format, so the threads
   * writing the sheets' tables would take turns at one shared format. */
  private static CSVPrinter printer(Appendable out) throws IOException {
    return new CSVPrinter(out, FORMAT.builder().get());
  }

  private static <T> void printRows(CSVPrinter p, List<Column<T>> columns, Iterable<T> rows) throws IOException {
    List<String> cells = new ArrayList<>(columns.size());
    for (T row : rows) {
      cells.clear();
      for (Column<T> c : columns) {
        cells.add(text(c.value().apply(row)));
      }
      p.printRecord(cells);
    }
  }

  /** The byte order mark and the header row of a table, the head of a file written in pieces ({@link Rows}). */
  static byte[] head(List<? extends Column<?>> columns, Lang lang) {
    StringBuilder text = new StringBuilder().append(BOM);
    try {
      printer(text).printRecord(columns.stream().map(c -> c.header(lang)).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Prints rows of a table as bytes, without the head: the rows of one sheet at a time, which
   * after {@link #head} give the bytes of the whole table. Each record of Commons CSV ends its
   * line and starts the next afresh, so rows printed apart are the rows printed together. Reuses
   * one buffer and printer: not for several threads at once.
   */
  static final class Rows<T> {
    private final List<Column<T>> columns;
    private final StringBuilder text = new StringBuilder(1024);
    private final CSVPrinter printer;

    Rows(List<Column<T>> columns) {
      this.columns = List.copyOf(columns);
      try {
        this.printer = printer(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    byte[] of(Iterable<T> rows) {
      text.setLength(0);
      try {
        printRows(printer, columns, rows);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return text.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * The cell text of a value; null (unknown) stays null, which prints as an empty cell. A text
   * that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage
   * return: "+81-29-…" would be computed, "=HYPERLINK(…)" would be a live link) starts with an
   * apostrophe, which Excel shows as text; numbers stay numbers, and the JSON files have every
   * text as written.
   */
  static String text(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Number n) {
      return n.toString();
    }
    String text = v instanceof Labeled l ? l.label() : v.toString();
    return formulaLike(text) ? "'" + text : text;
  }

  private static boolean formulaLike(String text) {
    if (text.isEmpty() || text.equals("-")) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
