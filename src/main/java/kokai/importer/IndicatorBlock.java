package kokai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The lines of one indicator block, gathered by their labels before they are read. */
final class IndicatorBlock {
  private final Row nameRow;
  private final List<Cell> nameCells;
  private final Map<IndicatorParser.Part, Row> rows = new EnumMap<>(IndicatorParser.Part.class);
  private final Map<IndicatorParser.Part, List<Cell>> cells = new EnumMap<>(IndicatorParser.Part.class);
  private List<Integer> years;
  private IndicatorParser.Part last = IndicatorParser.Part.NAME;

  IndicatorBlock(Row nameRow, List<Cell> nameCells) {
    this.nameRow = nameRow;
    this.nameCells = List.copyOf(nameCells);
  }

  Row nameRow() {
    return nameRow;
  }

  List<Cell> nameCells() {
    return nameCells;
  }

  List<Integer> yearList() {
    return years;
  }

  void years(Row row, List<Integer> ys, Problems p) {
    if (years != null) {
      p.error(row, "indicators.values", "a second line of fiscal years in one indicator", "keep one line of years");
      return;
    }
    years = List.copyOf(ys);
  }

  /** Whether a wrapped line without a label belongs to this block's description. */
  boolean continues() {
    return last == IndicatorParser.Part.DESCRIPTION;
  }

  void add(IndicatorParser.Part part, Row row, List<Cell> values, Problems p) {
    if (part == IndicatorParser.Part.DESCRIPTION && last == part && rows.containsKey(part)) {
      cells.get(part).addAll(values);
      return;
    }
    if (rows.containsKey(part)) {
      p.error(row, "indicators", "a second " + label(part) + " line in one indicator (first on line "
          + rows.get(part).line() + ")", "check that the next indicator's 指標名 line is not missing");
      return;
    }
    rows.put(part, row);
    cells.put(part, new ArrayList<>(values));
    last = part;
  }

  /** The figures of the 目標値 or 実績 line, one per fiscal year. */
  List<BigDecimal> figures(IndicatorParser.Part part, Problems p) {
    List<Cell> cs = cells.getOrDefault(part, List.of());
    String field = part == IndicatorParser.Part.TARGET ? "indicators.values.target" : "indicators.values.actual";
    if (rows.containsKey(part) && years != null && cs.size() != years.size()) {
      p.error(rows.get(part), field, label(part) + ": " + cs.size() + " figures for " + years.size() + " fiscal years",
          "give one figure per fiscal year of the line above");
    }
    List<BigDecimal> out = new ArrayList<>();
    for (Cell c : cs) {
      try {
        out.add(Figures.parse(c.text()));
      } catch (IllegalArgumentException e) {
        p.error(rows.get(part), c, field, label(part) + ": " + e.getMessage(), "write a number such as 280.0");
        out.add(null);
      }
    }
    return out;
  }

  String text(IndicatorParser.Part part) {
    List<Cell> cs = cells.getOrDefault(part, List.of());
    return Texts.orNull(Texts.joinOrNull(cs.stream().map(Cell::text).toList()));
  }

  private static String label(IndicatorParser.Part part) {
    return switch (part) {
      case NAME -> "指標名";
      case TARGET -> "目標値";
      case ACTUAL -> "実績";
      case DESCRIPTION -> "指標の概要";
    };
  }
}
