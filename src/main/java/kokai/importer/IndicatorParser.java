package kokai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kokai.model.FiscalYear;
import kokai.model.Indicator;
import kokai.model.IndicatorKind;
import kokai.model.IndicatorValue;

/**
 * 指標の推移: up to five blocks, each a 指標名 line (name, unit, kind), a line of fiscal years, a
 * 目標値 and a 実績 line and a 指標の概要 line. The form prints unused blocks as {@code 指標名 ()}
 * with zeros: those are not indicators and are left out. A future year's actual printed as 0 is
 * not known yet: null.
 */
final class IndicatorParser {
  private static final Pattern BLOCK_NUMBER = Pattern.compile("^\\d{1,2}$");
  private static final Pattern NUMBERED = Pattern.compile("^[0-9０-９]{1,2}[\\s\u3000]+");
  private static final Pattern UNIT_CELL = Pattern.compile("^[(（]([^()（）]*)[)）]$");
  private static final String OPEN = "(（";
  private static final String CLOSE = ")）";
  /** What forms of other years print for 活動結果指標: the same kind, what the project did. */
  private static final String ACTIVITY_SHORT = "活動指標";
  /** A kind glossed in brackets, as some forms print it: 成果指標（アウトカム）, 活動指標(アウトプット). */
  private static final Pattern GLOSSED = Pattern.compile("^(.+指標)\\((アウトカム|アウトプット)\\)$");

  enum Part { NAME, TARGET, ACTUAL, DESCRIPTION }

  private static final Labels<Part> LABELS = new Labels<>(Map.of(
      "指標名", Part.NAME, "目標値", Part.TARGET, "実績", Part.ACTUAL, "実績値", Part.ACTUAL, "指標の概要", Part.DESCRIPTION));

  /** The line of 達成率 (actual over target) that some forms print under 実績: it follows from the two, which are kept. */
  private static final Labels<Boolean> RATE = new Labels<>(Map.of("達成率", true, "達成度", true));

  private IndicatorParser() {}

  static List<Indicator> parse(List<Row> rows, int sheetYear, Problems p) {
    List<IndicatorBlock> blocks = new ArrayList<>();
    IndicatorBlock current = null;
    Texts.Notes notes = new Texts.Notes("indicators", r -> label(r.nonEmpty()).isPresent() || years(r.nonEmpty()) != null);
    List<Row> rates = new ArrayList<>();
    for (Row row : rows) {
      List<Cell> cells = row.nonEmpty();
      // A description runs on over lines; a block without a name (an unused "()") has none to continue.
      boolean afterText = current != null && current.continues() && NameCell.of(current.nameCells()).name() != null;
      if (notes.skip(row, afterText, p) || cells.isEmpty()) {
        continue;
      }
      if (current != null && isRate(cells)) {
        rates.add(row);
        continue;
      }
      Optional<Labelled> found = label(cells);
      if (found.isEmpty()) {
        YearLine years = years(cells);
        if (current != null && years != null) {
          current.years(row, years, p);
        } else if (current != null && row.cells().get(0).isEmpty() && current.continues()) {
          current.addContinuation(row, cells, p);
        } else {
          p.error(row, cells.get(0), "indicators", "unknown line in " + Section.INDICATORS.title() + ": " + row.joined(),
              "each indicator has the lines 指標名, the fiscal years, 目標値, 実績 and 指標の概要");
        }
        continue;
      }
      Part part = found.get().part();
      if (part == Part.NAME) {
        current = new IndicatorBlock(row, found.get().values());
        blocks.add(current);
      } else if (current == null) {
        p.error(row, cells.get(0), "indicators", cells.get(0).text() + " before the first 指標名 line",
            "each indicator starts with its 指標名 line");
      } else if (part == Part.TARGET || part == Part.ACTUAL) {
        current.add(part, row, positions(row, found.get()), p);
      } else {
        current.add(part, row, found.get().values(), p);
      }
    }
    if (!rates.isEmpty()) {
      p.warning(rates.get(0), null, "indicators.values", rates.size() == 1 ? "the line of 達成率 is not imported"
              : "the " + rates.size() + " lines of 達成率 (this one first) are not imported",
          "nothing to do: the content keeps each indicator's 目標値 and 実績, from which it follows");
    }
    List<Indicator> out = new ArrayList<>();
    for (IndicatorBlock b : blocks) {
      indicator(b, sheetYear, p).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Whether the line is a 達成率 line: the label, after the block number the form may print before
   * it, and nothing but figures (85.5, 85.5%, a dash), so that a text starting with the word is text.
   */
  private static boolean isRate(List<Cell> cells) {
    int i = cells.size() > 1 && BLOCK_NUMBER.matcher(Texts.key(cells.get(0).text())).matches() ? 1 : 0;
    Optional<Labels.Match<Boolean>> m = RATE.match(cells.get(i));
    List<Cell> figures = new ArrayList<>(cells.subList(i + 1, cells.size()));
    m.filter(Labels.Match::hasRest).ifPresent(x -> figures.add(x.rest()));
    return m.isPresent() && figures.stream().allMatch(c -> Figures.isFigure(c.text().replaceFirst("\\s*[%％]\\s*$", "")));
  }

  /** The label's cell, its text after the label, and the cells after it. */
  private record Labelled(Part part, Cell labelCell, Optional<Cell> rest, List<Cell> values) {}

  /** The cells after a figures line's label, empty ones included, so that a blank keeps its year's place. */
  private static List<Cell> positions(Row row, Labelled l) {
    List<Cell> out = new ArrayList<>();
    l.rest().ifPresent(out::add);
    List<Cell> raw = row.cells();
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i) == l.labelCell()) {
        out.addAll(raw.subList(i + 1, raw.size()));
        return out;
      }
    }
    return l.values(); // the label was a part of its cell's text: no places to keep
  }

  /** The label of a line, after the block number the form prints before it ("2", "1 目標値"). */
  private static Optional<Labelled> label(List<Cell> cells) {
    int i = cells.size() > 1 && BLOCK_NUMBER.matcher(Texts.key(cells.get(0).text())).matches() ? 1 : 0;
    Cell first = cells.get(i);
    Optional<Labels.Match<Part>> m = LABELS.match(first);
    Matcher numbered = NUMBERED.matcher(first.text());
    if (m.isEmpty() && numbered.lookingAt()) {
      m = LABELS.match(first.tail(numbered.end()));
    }
    if (m.isEmpty()) {
      return Optional.empty();
    }
    List<Cell> values = new ArrayList<>();
    if (m.get().hasRest()) {
      values.add(m.get().rest());
    }
    values.addAll(cells.subList(i + 1, cells.size()));
    Optional<Cell> rest = m.get().hasRest() ? Optional.of(m.get().rest()) : Optional.empty();
    return Optional.of(new Labelled(m.get().kind(), cells.get(i), rest, values));
  }

  /** A line of fiscal years: the years read, the cells they were read from, and its cells written as years that are none. */
  record YearLine(List<Integer> years, List<String> printed, List<Cell> notYears) {}

  /** The line's years, or null when the line is not one. */
  private static YearLine years(List<Cell> cells) {
    List<Integer> years = new ArrayList<>();
    List<String> printed = new ArrayList<>();
    List<Cell> notYears = new ArrayList<>();
    for (Cell c : cells) {
      Optional<PrintedYears.Year> y = PrintedYears.parse(c.text());
      if (y.isPresent()) {
        years.add(y.get().year());
        printed.add(c.text());
      } else if (PrintedYears.looksLikeAYear(c.text())) {
        notYears.add(c);
      } else {
        return null;
      }
    }
    return new YearLine(years, printed, notYears);
  }

  private static Optional<Indicator> indicator(IndicatorBlock b, int sheetYear, Problems p) {
    Optional<Cell> otherKind = NameCell.otherKind(b.nameLineCells());
    if (otherKind.isPresent()) {
      // Read into the name, the kind would be lost and the name changed without a word.
      p.error(b.nameRow(), otherKind.get(), "indicators.kind", "the indicator kind \"" + otherKind.get().text()
          + "\" is none the content format knows", "write 活動結果指標 or 成果指標 in that cell");
      return Optional.empty();
    }
    NameCell name = NameCell.of(b.nameCells());
    if (name.unitJoined()) {
      p.warning(b.nameRow(), null, "indicators.unit", "the unit \"" + name.unit() + "\" was read from the brackets that end the name \""
          + name.name() + "(" + name.unit() + ")\", which the form writes after a space",
          "if the brackets are part of the name, put them back in the name and write the unit, or leave it out");
    }
    List<BigDecimal> targets = b.figures(Part.TARGET, name.unit(), p);
    List<BigDecimal> actuals = b.figures(Part.ACTUAL, name.unit(), p);
    String description = b.text(Part.DESCRIPTION);
    boolean noFigures = targets.stream().allMatch(IndicatorParser::zeroOrNull)
        && actuals.stream().allMatch(IndicatorParser::zeroOrNull);
    if (name.name() == null) {
      if (!noFigures || description != null) {
        p.error(b.nameRow(), "indicators.name", "an indicator with figures or a description has no name",
            "write the indicator's name after 指標名");
      }
      return Optional.empty();
    }
    if (b.yearList() == null) {
      if (b.yearsRefused()) {
        return Optional.empty();
      }
      p.error(b.nameRow(), "indicators.values", "indicator \"" + name.name() + "\" has no line of fiscal years",
          "put a line such as R01年度 R02年度 … between 指標名 and 目標値");
      return Optional.empty();
    }
    List<IndicatorValue> values = new ArrayList<>();
    for (int i = 0; i < b.yearList().size(); i++) {
      int year = b.yearList().get(i);
      BigDecimal target = i < targets.size() ? targets.get(i) : null;
      BigDecimal actual = i < actuals.size() ? actuals.get(i) : null;
      if (year > sheetYear && actual != null && actual.signum() == 0) {
        actual = null;
      }
      values.add(new IndicatorValue(year, target, actual));
    }
    zerosThatMayMeanNone(b, name.name(), values, sheetYear, p);
    PrintedYears.sayPastEra(b.yearsRow(), "indicators.values", b.printedYears(), b.yearList(), p);
    return Optional.of(new Indicator(name.name(), name.unit(), name.kind(), description, values));
  }

  /**
   * Warns about zeros a sheet may print for "none" in an indicator that has other figures: a past
   * year whose target and actual are both 0 (the indicator began later, moved, or was another one;
   * sheets say so in a note), and targets that are all 0 beside actuals (a figure kept for
   * reference, with no target). They are kept as written: a 0 can be a real result, such as no
   * children waiting for a nursery place.
   */
  private static void zerosThatMayMeanNone(IndicatorBlock b, String name, List<IndicatorValue> values, int sheetYear, Problems p) {
    boolean anyFigure = values.stream().anyMatch(v -> !zeroOrNull(v.target()) || !zeroOrNull(v.actual()));
    if (!anyFigure) {
      return;
    }
    List<String> bothZero = values.stream()
        .filter(v -> v.fiscalYear() <= sheetYear && isZero(v.target()) && isZero(v.actual()))
        .map(v -> FiscalYear.of(v.fiscalYear()).japanese()).toList();
    if (!bothZero.isEmpty()) {
      p.warning(b.nameRow(), null, "indicators.values", "indicator \"" + name + "\" has a target and an actual of 0 in "
              + String.join(", ", bothZero) + ", while other years have figures: kept as 0",
          "if 0 stands for a year the indicator was not measured, as when it began later, moved or was another indicator"
              + ", which the sheet's note may say, write null for that year's target and actual in " + Problems.WRITTEN_FILE);
    }
    boolean targetsZero = values.stream().allMatch(v -> zeroOrNull(v.target())) && values.stream().anyMatch(v -> isZero(v.target()));
    if (targetsZero && values.stream().anyMatch(v -> !zeroOrNull(v.actual()))) {
      p.warning(b.nameRow(), null, "indicators.values", "indicator \"" + name + "\" has a target of 0 in every year: kept as 0",
          "if the indicator has no target, as for a figure kept for reference, write null for its targets in " + Problems.WRITTEN_FILE);
    }
  }

  private static boolean isZero(BigDecimal d) {
    return d != null && d.signum() == 0;
  }

  private static boolean zeroOrNull(BigDecimal d) {
    return d == null || d.signum() == 0;
  }

  /** The cells after 指標名: the name with a trailing "(unit)", or a separate unit cell, and the kind. */
  /** {@code unitJoined}: the unit's brackets followed the name with no space, as the form does not print them. */
  record NameCell(String name, String unit, IndicatorKind kind, boolean unitJoined) {
    static NameCell of(List<Cell> cells) {
      IndicatorKind kind = null;
      String unit = null;
      boolean unitCell = false;
      List<String> parts = new ArrayList<>();
      for (Cell c : cells) {
        Optional<IndicatorKind> k = kindOf(c.text());
        Matcher u = UNIT_CELL.matcher(c.text());
        if (k.isPresent()) {
          kind = k.get();
        } else if (u.matches() && !parts.isEmpty()) {
          unit = Texts.orNull(u.group(1).strip());
          unitCell = true;
        } else {
          parts.add(c.text());
        }
      }
      if (kind == null && !parts.isEmpty()) {
        // The kind printed at the end of the name's cell, after a space: "…件数 (件) 活動結果指標".
        String lastPart = parts.get(parts.size() - 1).strip();
        int space = Math.max(lastPart.lastIndexOf(' '), lastPart.lastIndexOf('\u3000'));
        Optional<IndicatorKind> k = space > 0 ? kindOf(lastPart.substring(space + 1)) : Optional.empty();
        if (k.isPresent()) {
          kind = k.get();
          parts.set(parts.size() - 1, lastPart.substring(0, space).strip());
        }
      }
      String name = Texts.joinOrNull(parts);
      boolean joined = false;
      if (name != null && !unitCell) {
        int open = trailingBracket(name);
        if (open >= 0) {
          unit = Texts.orNull(name.substring(open + 1, name.length() - 1).strip());
          joined = unit != null && !Character.isWhitespace(name.charAt(open - 1));
          name = name.substring(0, open).strip();
        }
      }
      // "()" with a unit cell beside it is still the form's unused block.
      return new NameCell(name == null || Indicator.isBlankName(name) ? null : name, unit, kind, joined);
    }

    /**
     * Where the bracket that closes the name opens, counting nested brackets of either width
     * ("参加者数 (人(延べ))" → the unit 人(延べ)); -1 when the name does not end with a bracket or
     * the brackets do not pair up, or when the bracket opens the name (it is no unit then).
     */
    static int trailingBracket(String name) {
      if (name.isEmpty() || CLOSE.indexOf(name.charAt(name.length() - 1)) < 0) {
        return -1;
      }
      int depth = 0;
      for (int i = name.length() - 1; i >= 0; i--) {
        char c = name.charAt(i);
        if (CLOSE.indexOf(c) >= 0) {
          depth++;
        } else if (OPEN.indexOf(c) >= 0 && --depth == 0) {
          return i == 0 && name.length() > 2 ? -1 : i;
        }
      }
      return -1;
    }

    /**
     * The last cell of the 指標名 line when it stands apart from the name, reads like a kind (it
     * ends in 指標) and is none of the kinds: the form's kind column holding another kind.
     */
    static Optional<Cell> otherKind(List<Cell> nameLine) {
      if (nameLine.size() < 2) {
        return Optional.empty();
      }
      Cell last = nameLine.get(nameLine.size() - 1);
      String k = Texts.key(last.text());
      Matcher glossed = GLOSSED.matcher(k);
      boolean likeAKind = k.endsWith("指標") || (glossed.matches() && glossed.group(1).endsWith("指標"));
      return likeAKind && kindOf(last.text()).isEmpty() ? Optional.of(last) : Optional.empty();
    }

    static Optional<IndicatorKind> kindOf(String text) {
      String k = Texts.key(text);
      Matcher glossed = GLOSSED.matcher(k);
      if (glossed.matches()) {
        // The gloss says the kind again; one that says the other kind leaves the cell no kind.
        Optional<IndicatorKind> kind = kindOf(glossed.group(1));
        IndicatorKind said = glossed.group(2).equals("アウトカム") ? IndicatorKind.OUTCOME : IndicatorKind.ACTIVITY;
        return kind.filter(said::equals);
      }
      if (k.equals(ACTIVITY_SHORT)) {
        return Optional.of(IndicatorKind.ACTIVITY);
      }
      return Arrays.stream(IndicatorKind.values()).filter(v -> v.label().equals(k)).findFirst();
    }
  }
}
