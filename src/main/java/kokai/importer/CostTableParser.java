package kokai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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
    GROUP(null, null, null),
    BUDGET("予算額", "budget", CostYear.class),
    SETTLEMENT("決算額", "settlement", CostYear.class),
    GENERAL("一般財源", "funding.general", Funding.class, "一般財源等"),
    GRANTS("国庫、県支出金、地方債", "funding.grantsAndBonds", Funding.class, "国・県支出金、地方債", "国庫支出金、県支出金、地方債"),
    /** The parts of {@link #GRANTS} that other forms print on lines of their own; the model keeps their sum. */
    NATIONAL("国庫支出金", "funding.grantsAndBonds", Funding.class, "国支出金"),
    PREFECTURAL("県支出金", "funding.grantsAndBonds", Funding.class),
    NATIONAL_AND_PREFECTURAL("国庫、県支出金", "funding.grantsAndBonds", Funding.class, "国・県支出金", "国庫支出金、県支出金"),
    BONDS("地方債", "funding.grantsAndBonds", Funding.class),
    OTHER("その他", "funding.other", Funding.class),
    PERSONNEL("人件費計", "personnel.total", Personnel.class),
    STAFF("正職員従事割合", "personnel.regularStaff", Personnel.class),
    OVERTIME("正職員時間外勤務", "personnel.overtimeHours", Personnel.class),
    APPOINTED("会計年度任用職員有無", "personnel.fiscalYearAppointedStaff", Personnel.class),
    /** 会計年度任用職員 counted (in persons, as 正職員 are) where the seed's form marks 有無: the flag is whether above 0. */
    APPOINTED_COUNT("会計年度任用職員従事割合", "personnel.fiscalYearAppointedStaff", Personnel.class, "会計年度任用職員数");

    final String label;
    final String field;
    /** The least value the content format accepts for this item (its model field's {@code min}). */
    final long min;
    /** The label as forms of other years or cities print it. */
    final List<String> otherLabels;

    Item(String label, String field, Class<? extends Record> owner, String... otherLabels) {
      this.label = label;
      this.field = field;
      this.otherLabels = List.of(otherLabels);
      this.min = owner == null ? Long.MIN_VALUE : ModelLimits.min(owner, field.substring(field.indexOf('.') + 1));
    }
  }

  private static final Labels<Item> LABELS = labels();

  /** Each part of 国庫、県支出金、地方債 with the lines that already hold it: a sheet printing both would count it twice. */
  private static final Map<Item, List<Item>> HELD_IN = Map.of(
      Item.NATIONAL, List.of(Item.GRANTS, Item.NATIONAL_AND_PREFECTURAL),
      Item.PREFECTURAL, List.of(Item.GRANTS, Item.NATIONAL_AND_PREFECTURAL),
      Item.NATIONAL_AND_PREFECTURAL, List.of(Item.GRANTS),
      Item.BONDS, List.of(Item.GRANTS));
  private static final List<Item> GRANT_PARTS = List.of(Item.NATIONAL, Item.PREFECTURAL, Item.NATIONAL_AND_PREFECTURAL, Item.BONDS);

  private static Labels<Item> labels() {
    Map<String, Item> m = new HashMap<>();
    for (Item i : Item.values()) {
      if (i.label != null) {
        m.put(i.label, i);
        i.otherLabels.forEach(l -> m.put(l, i));
      }
    }
    for (String group : List.of("項目", "事業費", "内訳", "人件費")) {
      m.put(group, Item.GROUP);
    }
    return new Labels<>(m);
  }

  /**
   * One item's line: the cells after its label and unit, empty ones included, so that a blank cell
   * keeps its year's place; {@code figures} is one cell per fiscal year (null for a blank) once read.
   */
  private record Line(Row row, List<Cell> positions, List<Cell> figures, Unit unit) {
    /**
     * The cells under the heading's years. In a table that prints each line's unit in the cell of
     * its first year's figure ({@code (千円) 37,293}, as sheet 091 does), a unit alone in its cell
     * is that year's blank figure: its place is kept, so that the next figure is not read as the
     * first year's.
     */
    List<Cell> placed(boolean unitsShareTheFirstYearsCell) {
      if (unit != Unit.ALONE || !unitsShareTheFirstYearsCell) {
        return positions;
      }
      List<Cell> out = new ArrayList<>();
      out.add(new Cell("", positions.isEmpty() ? row.firstColumn() : positions.get(0).column()));
      out.addAll(positions);
      return out;
    }

    List<Cell> filled() {
      return positions.stream().filter(c -> !c.isEmpty()).toList();
    }
  }

  /** How a line prints its unit ("(千円)"): not at all, alone in its cell, or with the first figure after it. */
  private enum Unit { NONE, ALONE, WITH_FIGURE }

  /**
   * The heading line: its fiscal years as read and as printed, how many cells it has from the first
   * year to its end, and its cells written as years that are none ({@code 平成40年度}).
   */
  private record Heading(Row row, List<Integer> years, List<String> printed, int width, List<Cell> notYears) {}

  private CostTableParser() {}

  static List<CostYear> parse(List<Row> rows, int sheetYear, Problems p) {
    long errorsBefore = p.errors();
    Heading heading = null;
    Map<Item, Line> lines = new EnumMap<>(Item.class);
    Texts.Notes notes = new Texts.Notes("costs", r -> yearHeading(r) != null || LABELS.match(r.nonEmpty().get(0)).isPresent());
    for (Row row : rows) {
      if (notes.skip(row, false, p) || row.isBlank()) {
        continue;
      }
      Heading h = yearHeading(row);
      if (h != null && heading == null) {
        heading = h;
        h.notYears().forEach(c -> p.error(h.row(), c, "costs", PrintedYears.notAYear(c.text()),
            "write the fiscal year as the other cells of the line do, e.g. 令和 2年度"));
        PrintedYears.sayPastEra(h.row(), "costs", h.printed(), h.years(), p);
        checkDistinct(h, p);
        checkFits(h, sheetYear, p);
      } else if (h != null && !h.years().equals(heading.years())) {
        p.error(row, "costs", "a second line of fiscal years that differs from the first (line "
            + heading.row().line() + ")", "keep one heading line of fiscal years in the cost table");
      } else if (h == null) {
        read(row, lines, p);
      }
      // A heading printed again (at the top of a new page) is the same heading: nothing to read.
    }
    if (heading == null) {
      if (!lines.isEmpty()) {
        p.error(lines.values().iterator().next().row(), "costs", "the cost table has no line of fiscal years",
            "the table starts with a line such as 項目 令和 2年度 令和 3年度 …");
      }
      return List.of();
    }
    Map<Item, Line> resolved = new EnumMap<>(Item.class);
    boolean unitsShareCells = lines.values().stream().anyMatch(l -> l.unit() == Unit.WITH_FIGURE);
    for (Map.Entry<Item, Line> e : lines.entrySet()) {
      List<Cell> figures = YearCells.byYear(e.getValue().placed(unitsShareCells), heading.years().size(), heading.width(),
          e.getValue().row().cells().size() == heading.row().cells().size());
      if (figures == null) {
        p.error(e.getValue().row(), "costs." + e.getKey().field, e.getKey().label + ": " + e.getValue().filled().size()
            + " figures for " + heading.years().size() + " fiscal years",
            "give one figure per fiscal year of the heading line; write — in the cell of a year without one");
      } else {
        resolved.put(e.getKey(), new Line(e.getValue().row(), e.getValue().positions(), figures, e.getValue().unit()));
      }
    }
    checkSources(lines, heading, p);
    checkAppointed(lines, p);
    // The lines that could be placed are read even when another could not, so that all of the
    // table's problems are reported at once; a table with any of them gives no costs.
    List<CostYear> out = new ArrayList<>();
    for (int i = 0; i < heading.years().size(); i++) {
      out.add(column(heading.years().get(i), i, sheetYear, resolved, p));
    }
    return p.errors() > errorsBefore ? List.of() : out;
  }

  /**
   * A part of 国庫、県支出金、地方債 printed beside a line that holds it is an error; a source of
   * funding without its line (in a table that has the others) is unknown in every year, and said.
   */
  private static void checkSources(Map<Item, Line> lines, Heading heading, Problems p) {
    HELD_IN.forEach((part, holders) -> holders.stream().filter(lines::containsKey).findFirst().ifPresent(holder -> {
      if (lines.containsKey(part)) {
        p.error(lines.get(part).row(), "costs." + part.field, part.label + " is part of " + holder.label + ", which line "
            + lines.get(holder).row().line() + " gives: it would be counted twice",
            "keep either the line of " + holder.label + " or the lines of its parts");
      }
    }));
    boolean grants = lines.containsKey(Item.GRANTS) || GRANT_PARTS.stream().anyMatch(lines::containsKey);
    boolean any = grants || lines.containsKey(Item.GENERAL) || lines.containsKey(Item.OTHER);
    List<Item> missing = new ArrayList<>();
    for (Item i : List.of(Item.GENERAL, Item.GRANTS, Item.OTHER)) {
      if (any && !(i == Item.GRANTS ? grants : lines.containsKey(i))) {
        missing.add(i);
      }
    }
    for (Item i : missing) {
      p.warning(heading.row(), null, "costs." + i.field, "the cost table has no line " + i.label + ": "
          + i.field + " is left empty in every year", "if the sheet prints the line, check its label");
    }
  }

  /** A count of 会計年度任用職員 is read as whether there were any (said, as the count is not kept); beside 有無 it is an error. */
  private static void checkAppointed(Map<Item, Line> lines, Problems p) {
    Line count = lines.get(Item.APPOINTED_COUNT);
    if (count == null) {
      return;
    }
    Line flag = lines.get(Item.APPOINTED);
    if (flag != null) {
      p.error(count.row(), "costs." + Item.APPOINTED.field, "a count of 会計年度任用職員 beside " + Item.APPOINTED.label
          + " (line " + flag.row().line() + ")", "keep the line of " + Item.APPOINTED.label);
    } else {
      p.warning(count.row(), null, "costs." + Item.APPOINTED.field, Item.APPOINTED_COUNT.label + " is read as "
          + Item.APPOINTED.label + ", 有 where above 0 and 無 where 0: the count itself is not kept by the content format",
          "nothing to do unless the count matters; then keep it in the sheet's text");
    }
  }

  private static void checkDistinct(Heading h, Problems p) {
    YearCells.orderProblem(h.years()).ifPresent(problem -> p.error(h.row(), "costs", "the heading line's " + problem,
        "check the fiscal years of the heading line (平成31年度 and 令和元年度 are the same year)"));
  }

  /** The heading line of fiscal years, or null when the line is not one. */
  private static Heading yearHeading(Row row) {
    List<Integer> years = new ArrayList<>();
    List<String> printed = new ArrayList<>();
    List<Cell> notYears = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < row.cells().size(); i++) {
      Cell c = row.cells().get(i);
      if (c.isEmpty()) {
        continue;
      }
      Optional<PrintedYears.Year> y = PrintedYears.parse(c.text());
      if (y.isPresent()) {
        years.add(y.get().year());
        printed.add(c.text());
        first = first < 0 ? i : first;
      } else if (PrintedYears.looksLikeAYear(c.text())) {
        notYears.add(c);
        first = first < 0 ? i : first;
      } else if (LABELS.match(c).map(m -> m.kind() != Item.GROUP).orElse(true)) {
        return null;
      }
    }
    return years.isEmpty() && notYears.isEmpty() ? null : new Heading(row, years, printed, row.cells().size() - first, notYears);
  }

  private static void read(Row row, Map<Item, Line> lines, Problems p) {
    List<Cell> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      if (cell.isEmpty()) {
        continue;
      }
      Optional<Labels.Match<Item>> m = LABELS.match(cell);
      if (m.isEmpty()) {
        p.error(row, cell, "costs", "unknown item \"" + cell.text() + "\" in " + Section.COSTS.title(),
            "each line of the cost table starts with its item, e.g. 予算額 or 人件費計");
        return;
      }
      while (m.isPresent() && m.get().kind() == Item.GROUP && m.get().hasRest()) {
        m = LABELS.match(m.get().rest()); // "内訳 一般財源" in one cell
      }
      if (m.isEmpty()) {
        p.error(row, cell, "costs", "unknown item \"" + cell.text() + "\" in " + Section.COSTS.title(),
            "each line of the cost table starts with its item, e.g. 予算額 or 人件費計");
        return;
      }
      if (m.get().kind() == Item.GROUP) {
        continue;
      }
      Item item = m.get().kind();
      List<Cell> after = new ArrayList<>();
      if (m.get().hasRest()) {
        after.add(m.get().rest());
      }
      after.addAll(cells.subList(i + 1, cells.size()));
      if (lines.containsKey(item)) {
        p.error(row, "costs." + item.field, item.label + " is given twice (first on line "
            + lines.get(item).row().line() + ")", "keep one line per item");
        return;
      }
      lines.put(item, new Line(row, withoutUnit(after), null, unit(after)));
      return;
    }
  }

  /** How the cells after a line's label print its unit: the first cell with text is the unit's, if any. */
  private static Unit unit(List<Cell> after) {
    for (Cell c : after) {
      if (c.isEmpty()) {
        continue;
      }
      Matcher unit = UNIT.matcher(c.text());
      if (!unit.lookingAt()) {
        return Unit.NONE;
      }
      return unit.end() == c.text().length() ? Unit.ALONE : Unit.WITH_FIGURE;
    }
    return Unit.NONE;
  }

  /** The cells after the unit ("(千円)"), which may share its cell with the first figure. */
  private static List<Cell> withoutUnit(List<Cell> after) {
    for (int i = 0; i < after.size(); i++) {
      Cell c = after.get(i);
      if (c.isEmpty()) {
        continue;
      }
      Matcher unit = UNIT.matcher(c.text());
      if (!unit.lookingAt()) {
        return after;
      }
      List<Cell> out = new ArrayList<>();
      Cell rest = c.tail(unit.end());
      if (!rest.isEmpty()) {
        out.add(rest);
      }
      out.addAll(after.subList(i + 1, after.size()));
      return out;
    }
    return after;
  }

  /**
   * The form prints the sheet's fiscal year with the two before and the two after it: a table
   * without the sheet's year, or reaching further back or ahead, is of another sheet, or its
   * heading (or the sheet's) is mistyped, and its figures would be filed under the wrong years.
   */
  private static void checkFits(Heading h, int sheetYear, Problems p) {
    int first = h.years().stream().mapToInt(Integer::intValue).min().orElse(sheetYear);
    int last = h.years().stream().mapToInt(Integer::intValue).max().orElse(sheetYear);
    if (!h.years().contains(sheetYear) || first < sheetYear - 2 || last > sheetYear + 2) {
      String what = h.years().contains(sheetYear) || first < sheetYear - 2 || last > sheetYear + 2
          ? "the cost table's fiscal years " + first + "–" + last + " do not fit the sheet's fiscal year " + sheetYear
          : "the cost table has no column for the sheet's fiscal year " + sheetYear;
      p.warning(h.row(), null, "costs", what + " (the form prints " + (sheetYear - 2) + "–" + (sheetYear + 2) + ")",
          "check the table's heading line and the sheet's heading; the figures were filed under the years the table prints");
    }
  }

  private static CostYear column(int year, int i, int sheetYear, Map<Item, Line> lines, Problems p) {
    Column c = new Column(year, i, year > sheetYear, lines, p);
    boolean parts = GRANT_PARTS.stream().anyMatch(lines::containsKey);
    Long grants = parts && !lines.containsKey(Item.GRANTS) ? c.sum(GRANT_PARTS) : c.notYet(Item.GRANTS);
    Funding funding = c.any(Item.GENERAL, Item.GRANTS, Item.OTHER) || parts
        ? new Funding(c.notYet(Item.GENERAL), grants, c.notYet(Item.OTHER)) : null;
    Boolean appointed = lines.containsKey(Item.APPOINTED) ? c.flag(Item.APPOINTED) : c.aboveZero(Item.APPOINTED_COUNT);
    Personnel personnel = c.any(Item.PERSONNEL, Item.STAFF, Item.OVERTIME, Item.APPOINTED, Item.APPOINTED_COUNT)
        ? new Personnel(c.whole(Item.PERSONNEL), c.decimal(Item.STAFF), c.decimal(Item.OVERTIME), appointed)
        : null;
    return new CostYear(year, c.whole(Item.BUDGET), c.notYet(Item.SETTLEMENT), funding, personnel);
  }

  /** The figures of one fiscal year, read from each item's line. */
  private record Column(int year, int index, boolean future, Map<Item, Line> lines, Problems p) {
    boolean any(Item... items) {
      return Arrays.stream(items).anyMatch(lines::containsKey);
    }

    Long whole(Item item) {
      Cell cell = cell(item);
      try {
        Long v = cell == null ? null : Figures.parseWhole(cell.text());
        return v == null ? null : inRange(item, cell, v) ? v : null;
      } catch (IllegalArgumentException e) {
        fail(item, cell, e.getMessage(), "write the figure in thousands of yen, or — when there is none");
        return null;
      }
    }

    /** A negative figure where the content format has none is refused rather than changed. */
    private boolean inRange(Item item, Cell cell, long v) {
      if (v >= item.min) {
        return true;
      }
      fail(item, cell, "\"" + cell.text() + "\" is negative, and the content format records " + item.label
          + " from " + item.min + " up", "check the printed figure; a negative amount cannot be imported into this field");
      return false;
    }

    /** A settlement or funding figure: a future year's 0 means "not settled yet". */
    Long notYet(Item item) {
      Long v = whole(item);
      return future && v != null && v == 0 ? null : v;
    }

    /** The sum of the items' figures ({@link #notYet}) that the year has; null when it has none. */
    Long sum(List<Item> items) {
      Long total = null;
      for (Item i : items) {
        Long v = lines.containsKey(i) ? notYet(i) : null;
        if (v != null) {
          total = total == null ? v : Long.valueOf(total + v);
        }
      }
      return total;
    }

    BigDecimal decimal(Item item) {
      Cell cell = cell(item);
      try {
        BigDecimal v = cell == null ? null : Figures.parse(cell.text());
        return v == null || inRange(item, cell, v.signum() < 0 ? -1 : 0) ? v : null;
      } catch (IllegalArgumentException e) {
        fail(item, cell, e.getMessage(), "write a number such as 1.50, or — when there is none");
        return null;
      }
    }

    /** Whether the item's figure is above 0; null when the year has none. */
    Boolean aboveZero(Item item) {
      BigDecimal v = decimal(item);
      return v == null ? null : v.signum() > 0;
    }

    Boolean flag(Item item) {
      Cell cell = cell(item);
      if (cell == null || Texts.isNone(cell.text())) {
        return null;
      }
      String k = Texts.key(cell.text());
      // A form with a check column marks 有 with a circle (○, ◯ or the kanji 〇) and 無 with a cross.
      if (List.of("有", "あり", "○", "◯", "〇").contains(k)) {
        return true;
      }
      if (List.of("無", "なし", "×", "✕").contains(k)) {
        return false;
      }
      fail(item, cell, "expected 有 or 無 (or ○ or ×) but found \"" + cell.text() + "\"", "write 有 or 無");
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
