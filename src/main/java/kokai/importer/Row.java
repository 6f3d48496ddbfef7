package kokai.importer;

import java.util.ArrayList;
import java.util.List;

/** One line of the published layout, split at tabs, with its 1-based line number. */
record Row(int line, List<Cell> cells) {
  private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("^\"(?:[^\"]|\"\")*\"$");

  Row {
    cells = List.copyOf(cells);
  }

  /** Splits one line at tabs; columns count characters from 1, as editors show them. */
  static Row parse(int line, String text) {
    List<Cell> cells = new ArrayList<>();
    int start = 0;
    while (true) {
      int tab = text.indexOf('\t', start);
      String raw = tab < 0 ? text.substring(start) : text.substring(start, tab);
      int lead = 0;
      while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
        lead++;
      }
      cells.add(unquoted(new Cell(raw, start + lead + 1)));
      if (tab < 0) {
        return new Row(line, cells);
      }
      start = tab + 1;
    }
  }

  /**
   * A cell that a spreadsheet's tab-separated export quoted because it held a quote
   * ({@code "市民""向上"""}) is read as the sheet printed it ({@code 市民"向上"}). Only a cell
   * wrapped in quotes with doubled quotes inside is taken for one; other quotes are text.
   */
  private static Cell unquoted(Cell cell) {
    String t = cell.text();
    if (!QUOTED.matcher(t).matches() || !t.substring(1, t.length() - 1).contains("\"\"")) {
      return cell;
    }
    return new Cell(t.substring(1, t.length() - 1).replace("\"\"", "\""), cell.column() + 1);
  }

  List<Cell> nonEmpty() {
    return cells.stream().filter(c -> !c.isEmpty()).toList();
  }

  boolean isBlank() {
    return cells.stream().allMatch(Cell::isEmpty);
  }

  /** The non-empty cells joined by one space. */
  String joined() {
    return String.join(" ", nonEmpty().stream().map(Cell::text).toList());
  }

  /** The position of the first non-empty cell, or column 1 for a blank line. */
  int firstColumn() {
    return nonEmpty().stream().findFirst().map(Cell::column).orElse(1);
  }
}
