package kokai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The lines of one indicator block, gathered by their labels before they are read. */
final class IndicatorBlock {
  /** A percent sign of either width ending a figure's cell. */
  private static final Pattern PERCENT = Pattern.compile("\\s*[%％]\\s*$");

  private final Row nameRow;
  private final List<Cell> nameCells = new ArrayList<>();
  /** The cells after 指標名 on its own line, without a wrapped name's next lines. */
  private final List<Cell> nameLineCells;
  private final Map<IndicatorParser.Part, Row> rows = new EnumMap<>(IndicatorParser.Part.class);
  private final Map<IndicatorParser.Part, List<Cell>> cells = new EnumMap<>(IndicatorParser.Part.class);
  private List<Integer> years;
  /** The line of fiscal years, and its cells as printed. */
  private Row yearsRow;
  private List<String> printedYears;
  private int yearsWidth;
  /** How many cells the line of fiscal years has in all. */
  private int yearsCells;
  /** Whether a line of years was given but refused (and reported), so that it is not reported missing too. */
  private boolean yearsRefused;
  private IndicatorParser.Part last = IndicatorParser.Part.NAME;

  IndicatorBlock(Row nameRow, List<Cell> nameCells) {
    this.nameRow = nameRow;
    this.nameCells.addAll(nameCells);
    this.nameLineCells = List.copyOf(nameCells);
  }

  Row nameRow() {
    return nameRow;
  }

  List<Cell> nameCells() {
    return List.copyOf(nameCells);
  }

  List<Cell> nameLineCells() {
    return nameLineCells;
  }

  List<Integer> yearList() {
    return years;
  }

  Row yearsRow() {
    return yearsRow;
  }

  List<String> printedYears() {
    return printedYears;
  }

  boolean yearsRefused() {
    return yearsRefused;
  }

  void years(Row row, IndicatorParser.YearLine line, Problems p) {
    if (!line.notYears().isEmpty()) {
      line.notYears().forEach(c -> p.error(row, c, "indicators.values", PrintedYears.notAYear(c.text()),
          "write the fiscal year as the other cells of the line do, e.g. R02年度"));
      yearsRefused = true;
      return;
    }
    List<Integer> ys = line.years();
    if (years != null && !years.equals(ys)) {
      p.error(row, "indicators.values", "a second line of fiscal years in one indicator, with other years",
          "keep one line of years");
      return;
    }
    // The same line again is the block's heading repeated at the top of a page.
    Optional<String> problem = YearCells.orderProblem(ys);
    if (problem.isPresent()) {
      p.error(row, "indicators.values", "the " + problem.get(),
          "check the line of fiscal years (平成31年度 and 令和元年度 are the same year)");
      yearsRefused = true;
      return;
    }
    years = List.copyOf(ys);
    yearsRow = row;
    printedYears = List.copyOf(line.printed());
    yearsWidth = YearCells.width(row);
    yearsCells = row.cells().size();
  }

  /** Whether a wrapped line without a label continues this block's name or description. */
  boolean continues() {
    return (last == IndicatorParser.Part.NAME && years == null) || last == IndicatorParser.Part.DESCRIPTION;
  }

  /** A wrapped line without a label: the rest of the name (before the years) or of the description. */
  void addContinuation(Row row, List<Cell> values, Problems p) {
    if (last == IndicatorParser.Part.NAME) {
      // The kind printed at the end of the name's line is no part of it: the next line runs on from the name.
      int end = nameCells.size();
      while (end > 0 && IndicatorParser.NameCell.kindOf(nameCells.get(end - 1).text()).isPresent()) {
        end--;
      }
      List<Cell> kinds = new ArrayList<>(nameCells.subList(end, nameCells.size()));
      nameCells.subList(end, nameCells.size()).clear();
      Texts.runOn(nameCells, values);
      nameCells.addAll(kinds);
    } else {
      add(IndicatorParser.Part.DESCRIPTION, row, values, p);
    }
  }

  void add(IndicatorParser.Part part, Row row, List<Cell> values, Problems p) {
    if (part == IndicatorParser.Part.DESCRIPTION && last == part && rows.containsKey(part)) {
      Texts.runOn(cells.get(part), values);
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

  /**
   * The figures of the 目標値 or 実績 line, one per fiscal year. A figure may end with the
   * indicator's {@code unit}, as a spreadsheet's percent cells (85.5%) or cells formatted with a
   * unit (1,570件) print it: it says again what the unit says. Elsewhere the % sign is refused,
   * with where it goes.
   */
  List<BigDecimal> figures(IndicatorParser.Part part, String unit, Problems p) {
    boolean percent = unit != null && Texts.key(unit).equals("%");
    List<Cell> positions = cells.getOrDefault(part, List.of());
    List<Cell> cs = positions.stream().filter(c -> !c.isEmpty()).toList();
    String field = part == IndicatorParser.Part.TARGET ? "indicators.values.target" : "indicators.values.actual";
    if (rows.containsKey(part) && years != null) {
      List<Cell> placed = YearCells.byYear(positions, years.size(), yearsWidth,
          rows.get(part).cells().size() == yearsCells);
      if (placed == null) {
        p.error(rows.get(part), field, label(part) + ": " + cs.size() + " figures for " + years.size()
            + " fiscal years", "give one figure per fiscal year of the line above; write — for a year without one");
      } else {
        cs = placed;
      }
    }
    List<BigDecimal> out = new ArrayList<>();
    for (Cell c : cs) {
      boolean signed = c != null && PERCENT.matcher(c.text()).find();
      try {
        out.add(c == null ? null : Figures.parse(percent && signed ? PERCENT.matcher(c.text()).replaceFirst("") : withoutUnit(c.text(), unit)));
      } catch (IllegalArgumentException e) {
        p.error(rows.get(part), c, field, label(part) + ": " + e.getMessage(), signed
            ? "write the number without %, and % as the indicator's unit after its name: 指標名 … (%)"
            : "write a number such as 280.0");
        out.add(null);
      }
    }
    return out;
  }

  /** The figure of a cell that prints it with the indicator's unit after it (1,570件); the cell's text otherwise. */
  private static String withoutUnit(String text, String unit) {
    String k = Texts.key(text);
    String u = unit == null ? "" : Texts.key(unit);
    if (u.isEmpty() || !k.endsWith(u) || k.length() == u.length()) {
      return text;
    }
    String figure = k.substring(0, k.length() - u.length());
    return Figures.isFigure(figure) ? figure : text;
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
