package kokai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kokai.model.CostYear;
import kokai.model.FiscalYear;
import kokai.model.Funding;
import kokai.model.Personnel;

/**
 * コストの推移: a heading line of fiscal years, then one line per item with a figure per year. Items
 * are found by their label, wherever the export put it; the unit cell may hold the first figure
 * ({@code (千円) 37,293}). A future year's settlement and funding printed as 0 are not known yet: null.
 */
final class CostTableParser {
  private static final Pattern UNIT = Pattern.compile("^[(（][^)）]*[)）]\\s*");

  /** The items of the table, with the field each fills. */
  enum Item {
    GROUP(null, null),
    BUDGET("予算額", "budget"),
    SETTLEMENT("決算額", "settlement"),
    GENERAL("一般財源", "funding.general"),
    GRANTS("国庫、県支出金、地方債", "funding.grantsAndBonds"),
    OTHER("その他", "funding.other"),
    PERSONNEL("人件費計", "personnel.total"),
    STAFF("正職員従事割合", "personnel.regularStaff"),
    OVERTIME("正職員時間外勤務", "personnel.overtimeHours"),
    APPOINTED("会計年度任用職員有無", "personnel.fiscalYearAppointedStaff");

    final String label;
    final String field;

    Item(String label, String field) {
      this.label = label;
      this.field = field;
    }
  }

  private static final Labels<Item> LABELS = labels();

  private static Labels<Item> labels() {
    Map<String, Item> m = new java.util.HashMap<>();
    for (Item i : Item.values()) {
      if (i.label != null) {
        m.put(i.label, i);
      }
    }
    for (String group : List.of("項目", "事業費", "内訳", "人件費")) {
      m.put(group, Item.GROUP);
    }
    return new Labels<>(m);
  }

  private record Line(Row row, List<Cell> figures) {}

  private CostTableParser() {}

  static List<CostYear> parse(List<Row> rows, int sheetYear, Problems p) {
    List<Integer> years = null;
    Map<Item, Line> lines = new EnumMap<>(Item.class);
    for (Row row : rows) {
      if (row.isBlank()) {
        continue;
      }
      if (years == null) {
        years = yearHeading(row);
        if (years != null) {
          continue;
        }
      }
      read(row, lines, p);
    }
    if (years == null) {
      if (!lines.isEmpty()) {
        p.error(lines.values().iterator().next().row(), "costs", "the cost table has no line of fiscal years",
            "the table starts with a line such as 項目 令和 2年度 令和 3年度 …");
      }
      return List.of();
    }
    for (Map.Entry<Item, Line> e : lines.entrySet()) {
      if (e.getValue().figures().size() != years.size()) {
        p.error(e.getValue().row(), "costs." + e.getKey().field, e.getKey().label + ": " + e.getValue().figures().size()
            + " figures for " + years.size() + " fiscal years", "give one figure (or —) per fiscal year of the heading line");
      }
    }
    if (p.hasErrors()) {
      return List.of();
    }
    List<CostYear> out = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      out.add(column(years.get(i), i, sheetYear, lines, p));
    }
    return out;
  }

  /** The fiscal years of the heading line, or null when the line is not the heading. */
  private static List<Integer> yearHeading(Row row) {
    List<Integer> years = new ArrayList<>();
    for (Cell c : row.nonEmpty()) {
      Optional<FiscalYear> y = FiscalYear.parse(c.text());
      if (y.isPresent()) {
        years.add(y.get().year());
      } else if (LABELS.match(c).map(m -> m.kind() != Item.GROUP).orElse(true)) {
        return null;
      }
    }
    return years.isEmpty() ? null : years;
  }

  private static void read(Row row, Map<Item, Line> lines, Problems p) {
    Item item = null;
    List<Cell> figures = new ArrayList<>();
    for (Cell cell : row.nonEmpty()) {
      if (item == null) {
        Optional<Labels.Match<Item>> m = LABELS.match(cell);
        if (m.isEmpty()) {
          p.error(row, cell, "costs", "unknown item \"" + cell.text() + "\" in " + Section.COSTS.title(),
              "each line of the cost table starts with its item, e.g. 予算額 or 人件費計");
          return;
        }
        if (m.get().kind() != Item.GROUP) {
          item = m.get().kind();
          addFigure(m.get().rest(), figures);
        }
      } else {
        addFigure(cell, figures);
      }
    }
    if (item == null) {
      return;
    }
    if (lines.containsKey(item)) {
      p.error(row, "costs." + item.field, item.label + " is given twice (first on line "
          + lines.get(item).row().line() + ")", "keep one line per item");
      return;
    }
    lines.put(item, new Line(row, figures));
  }

  private static void addFigure(Cell cell, List<Cell> figures) {
    java.util.regex.Matcher unit = UNIT.matcher(cell.text());
    Cell rest = unit.lookingAt() ? cell.tail(unit.end()) : cell;
    if (!rest.isEmpty()) {
      figures.add(rest);
    }
  }

  private static CostYear column(int year, int i, int sheetYear, Map<Item, Line> lines, Problems p) {
    Column c = new Column(year, i, year > sheetYear, lines, p);
    Funding funding = c.any(Item.GENERAL, Item.GRANTS, Item.OTHER)
        ? new Funding(c.notYet(Item.GENERAL), c.notYet(Item.GRANTS), c.notYet(Item.OTHER)) : null;
    Personnel personnel = c.any(Item.PERSONNEL, Item.STAFF, Item.OVERTIME, Item.APPOINTED)
        ? new Personnel(c.whole(Item.PERSONNEL), c.decimal(Item.STAFF), c.decimal(Item.OVERTIME), c.flag(Item.APPOINTED))
        : null;
    return new CostYear(year, c.whole(Item.BUDGET), c.notYet(Item.SETTLEMENT), funding, personnel);
  }

  /** The figures of one fiscal year, read from each item's line. */
  private record Column(int year, int index, boolean future, Map<Item, Line> lines, Problems p) {
    boolean any(Item... items) {
      return java.util.Arrays.stream(items).anyMatch(lines::containsKey);
    }

    Long whole(Item item) {
      Cell cell = cell(item);
      try {
        return cell == null ? null : Figures.parseWhole(cell.text());
      } catch (IllegalArgumentException e) {
        fail(item, cell, e.getMessage(), "write the figure in thousands of yen, or — when there is none");
        return null;
      }
    }

    /** A settlement or funding figure: a future year's 0 means "not settled yet". */
    Long notYet(Item item) {
      Long v = whole(item);
      return future && v != null && v == 0 ? null : v;
    }

    BigDecimal decimal(Item item) {
      Cell cell = cell(item);
      try {
        return cell == null ? null : Figures.parse(cell.text());
      } catch (IllegalArgumentException e) {
        fail(item, cell, e.getMessage(), "write a number such as 1.50, or — when there is none");
        return null;
      }
    }

    Boolean flag(Item item) {
      Cell cell = cell(item);
      if (cell == null || Texts.isNone(cell.text())) {
        return null;
      }
      String k = Texts.key(cell.text());
      if (k.equals("有") || k.equals("あり")) {
        return true;
      }
      if (k.equals("無") || k.equals("なし")) {
        return false;
      }
      fail(item, cell, "expected 有 or 無 but found \"" + cell.text() + "\"", "write 有 or 無");
      return null;
    }

    private Cell cell(Item item) {
      Line line = lines.get(item);
      return line == null ? null : line.figures().get(index);
    }

    private void fail(Item item, Cell cell, String message, String hint) {
      p.error(lines.get(item).row(), cell, "costs." + item.field,
          item.label + " of " + FiscalYear.of(year).japanese() + ": " + message, hint);
    }
  }
}
