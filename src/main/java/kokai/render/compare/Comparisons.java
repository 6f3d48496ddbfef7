package kokai.render.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kokai.model.CostYear;
import kokai.model.FiscalYear;
import kokai.model.Evaluation;
import kokai.model.Indicator;
import kokai.model.IndicatorValue;
import kokai.model.Projects;
import kokai.model.Score;
import kokai.model.Sheet;
import kokai.render.chart.Numbers;
import kokai.render.text.InterfaceWords;

/**
 * Builds the comparison of one project across fiscal years: who ran it (部 and 課), its costs, indicators,
 * scores and direction. The figures of each column are those of
 * its sheet's own fiscal year; a change is given from the sheet of an earlier year that it
 * continues ({@link #predecessors}), said to be from that year when a fiscal year between them has
 * no sheet; the halves of a project split in two each change from their own sheet.
 */
public final class Comparisons {
  /** How an unknown value is shown, as on every other page of the site. */
  public static final String UNKNOWN = "—";
  private static final String YEN = "千円";

  private Comparisons() {}

  /** The comparison of the sheets of one project, in Japanese; empty for fewer than two sheets. */
  public static Optional<Comparison> of(List<Sheet> group, String url, Function<Sheet, String> pageUrl) {
    return of(group, url, pageUrl, k -> Optional.empty(), false);
  }

  /**
   * The comparison with the theme's words: {@code text} gives the interface text of a
   * {@code compare.*} key where the theme has one (the Japanese default otherwise); in English
   * the columns are headed FY2022.
   */
  public static Optional<Comparison> of(List<Sheet> group, String url, Function<Sheet, String> pageUrl,
      Function<String, Optional<String>> text, boolean english) {
    if (group.size() < 2) {
      return Optional.empty();
    }
    InterfaceWords w = new InterfaceWords(text, english);
    List<Sheet> sheets = group.stream().sorted(Projects.OLDEST_FIRST).toList();
    List<Comparison.Column> columns = sheets.stream()
        .map(s -> new Comparison.Column(s.fiscalYear(), english ? s.year().english() : s.year().japanese(), s.id(),
            s.title(), pageUrl.apply(s)))
        .toList();
    String cost = w.get("compare.section.cost", "コスト");
    String yen = w.get("compare.yen", YEN);
    String points = w.get("compare.points", "点");
    String eval = w.get("compare.section.evaluation", "評価");
    Columns c = new Columns(w, sheets, predecessors(sheets));
    List<Comparison.Row> rows = new ArrayList<>();
    // A project moved to another department or division between years is a change to be seen, as
    // a new direction is; blanks around a name are none.
    String organization = w.get("compare.organization", "担当部課");
    rows.add(text(c, organization, organization,
        s -> s.organization().department().strip() + " " + s.organization().division().strip()));
    rows.add(number(c, cost, w.get("compare.budget", "予算額"), yen, s -> own(s, CostYear::budget)));
    rows.add(number(c, cost, w.get("compare.settlement", "決算額"), yen, s -> own(s, CostYear::settlement)));
    rows.add(number(c, cost, w.get("compare.personnel", "人件費"), yen,
        s -> own(s, k -> k.personnel() == null ? null : k.personnel().total())));
    // Settlement where known, else budget: a change between a settled year and a budgeted one is
    // not a change in cost, so none is given (as on the sheet's page).
    rows.add(number(c, cost, w.get("compare.totalCost", "総コスト"), yen, s -> own(s, CostYear::totalCost), true,
        s -> s.findOwnCost().map(k -> k.settlement() != null).orElse(false)));
    indicatorRows(c, rows);
    rows.add(score(c, eval, w.get("compare.citizenNeeds", "市民ニーズ"), points, Evaluation::citizenNeeds));
    rows.add(score(c, eval, w.get("compare.progress", "進捗状況"), points, Evaluation::progress));
    rows.add(score(c, eval, w.get("compare.cityInvolvement", "市の関与"), points, Evaluation::cityInvolvement));
    rows.add(score(c, eval, w.get("compare.priority", "優先度"), points, Evaluation::priority));
    String direction = w.get("compare.direction", "方向性");
    rows.add(text(c, direction, direction, s -> s.direction() == null ? null : w.direction(s.direction().decision())));
    Sheet newest = sheets.get(sheets.size() - 1);
    String title = w.get("compare.title", "{0}の年度比較（{1}〜{2}）")
        .replace("{0}", newest.title()).replace("{1}", columns.get(0).year())
        .replace("{2}", columns.get(columns.size() - 1).year());
    List<String> missing = new ArrayList<>();
    for (int y = sheets.get(0).fiscalYear() + 1; y < newest.fiscalYear(); y++) {
      int year = y;
      if (sheets.stream().noneMatch(s -> s.fiscalYear() == year)) {
        missing.add(english ? FiscalYear.of(year).english() : FiscalYear.of(year).japanese());
      }
    }
    return Optional.of(new Comparison(url, title, columns, rows, missing));
  }

  /** The columns of a comparison: its sheets, oldest first, the sheet each one's change is from ({@link #predecessors}), and the words. */
  private record Columns(InterfaceWords w, List<Sheet> sheets, int[] from) {}

  /**
   * Two rows (target, actual) per indicator, an indicator being its name and unit: a sheet that
   * gives the same name another unit (人 one year, 千人 the next) has rows of its own, so that no
   * figure is shown under a unit it is not in and no change is computed between two units. A sheet
   * that lists two indicators of one name and unit has rows for each, the second labelled "#2",
   * paired with the second of that name and unit in the other years.
   */
  private static void indicatorRows(Columns c, List<Comparison.Row> rows) {
    Set<IndicatorKey> keys = new LinkedHashSet<>();
    for (Sheet s : c.sheets()) {
      Map<List<String>, Integer> seen = new HashMap<>();
      for (Indicator i : s.indicators()) {
        keys.add(new IndicatorKey(i.name(), unit(i), seen.merge(List.of(i.name(), unit(i)), 1, Integer::sum)));
      }
    }
    String section = c.w().get("compare.section.indicators", "指標");
    String target = c.w().get("compare.target", "目標値");
    String actual = c.w().get("compare.actual", "実績");
    for (IndicatorKey k : keys) {
      String label = k.nth() == 1 ? k.name() : k.name() + " #" + k.nth();
      rows.add(number(c, section, label + " " + target, k.unit(), s -> indicator(s, k, IndicatorValue::target)));
      rows.add(number(c, section, label + " " + actual, k.unit(), s -> indicator(s, k, IndicatorValue::actual)));
    }
  }

  private static String unit(Indicator i) {
    return i.unit() == null ? "" : i.unit();
  }

  private static Comparison.Row number(Columns c, String section, String label, String unit, Function<Sheet, BigDecimal> value) {
    return number(c, section, label, unit, value, true, s -> true);
  }

  /** A score is a grade, not a quantity: 1 → 5 is +4 points, and "+400%" would say nothing true. */
  private static Comparison.Row score(Columns c, String section, String label, String unit, Function<Evaluation, Score> f) {
    return number(c, section, label, unit, s -> score(s, f), false, s -> true);
  }

  /** {@code basis}: what a value is made of; a change is given only between values of one basis. */
  private static Comparison.Row number(Columns c, String section, String label, String unit, Function<Sheet, BigDecimal> value,
      boolean percent, Function<Sheet, Object> basis) {
    List<BigDecimal> values = new ArrayList<>(c.sheets().size());
    c.sheets().forEach(s -> values.add(value.apply(s)));
    List<Comparison.Cell> cells = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      BigDecimal v = values.get(i);
      int from = c.from()[i];
      BigDecimal before = from < 0 || !basis.apply(c.sheets().get(i)).equals(basis.apply(c.sheets().get(from))) ? null
          : values.get(from);
      String shown = v == null ? UNKNOWN : Numbers.format(v);
      if (v == null || before == null) {
        cells.add(new Comparison.Cell(shown, null, null, false, null));
      } else {
        BigDecimal delta = v.subtract(before);
        String change = percent ? change(delta, before, c.w().english()) : signed(delta);
        cells.add(new Comparison.Cell(shown, delta, change, delta.signum() != 0, since(c, i)));
      }
    }
    return new Comparison.Row(section, label, unit, false, cells);
  }

  private static Comparison.Row text(Columns c, String section, String label, Function<Sheet, String> value) {
    List<String> values = c.sheets().stream().map(value).toList();
    List<Comparison.Cell> cells = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      String before = c.from()[i] < 0 ? null : values.get(c.from()[i]);
      boolean changed = v != null && before != null && !v.equals(before);
      cells.add(new Comparison.Cell(v == null ? UNKNOWN : v, null, changed ? before + " → " + v : null, changed,
          changed ? since(c, i) : null));
    }
    return new Comparison.Row(section, label, "", true, cells);
  }

  /**
   * For each column (oldest first), the column its change is from: the sheet it continues (same
   * id unless it starts a new project, or a related link either way) in the latest earlier fiscal
   * year that has one, so each half
   * of a project split in two changes from its own sheet; -1 when there is none, or when two sheets
   * of that year merged into it (a change from either alone would say nothing true).
   */
  static int[] predecessors(List<Sheet> sheets) {
    int[] from = new int[sheets.size()];
    for (int i = 0; i < sheets.size(); i++) {
      Sheet s = sheets.get(i);
      from[i] = -1;
      int year = -1;
      int found = 0;
      for (int j = i - 1; j >= 0; j--) {
        Sheet e = sheets.get(j);
        if (e.fiscalYear() == s.fiscalYear()) {
          continue; // the other half of a split
        }
        if (year >= 0 && e.fiscalYear() != year) {
          break; // past the year it continues
        }
        if (e.id().equals(s.id()) && !s.startsNewProject() || Projects.related(e, s)) {
          year = e.fiscalYear();
          found++;
          from[i] = found == 1 ? j : -1;
        }
      }
    }
    return from;
  }

  /** The year column {@code i}'s change is from when it is not the fiscal year before: a change over a gap says so. */
  private static String since(Columns c, int i) {
    Sheet before = c.sheets().get(c.from()[i]);
    return before.fiscalYear() == c.sheets().get(i).fiscalYear() - 1 ? null
        : c.w().english() ? before.year().english() : before.year().japanese();
  }

  /**
   * +10,000（+11.1%）, in English +10,000 (+11.1%); the percentage only when the earlier value is
   * not zero, grouped as the figures are (+9,900.0%), signed as the change is.
   */
  static String change(BigDecimal delta, BigDecimal before, boolean english) {
    String text = signed(delta);
    if (before.signum() == 0) {
      return text;
    }
    BigDecimal pct = delta.multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP);
    // The change's own sign: +1 on 100,000 rounds to 0.0%, which is still a rise (+0.0%, not ±0.0%).
    String psign = delta.signum() > 0 ? "+" : delta.signum() < 0 ? "−" : "±";
    // Grouped as every other figure: a budget a hundred times larger is +9,900%, not +9900%.
    String percent = psign + Numbers.format(pct.abs()) + "%";
    return text + (english ? " (" + percent + ")" : "（" + percent + "）");
  }

  /** +10,000, −3, ±0. */
  private static String signed(BigDecimal delta) {
    String sign = delta.signum() > 0 ? "+" : delta.signum() < 0 ? "−" : "±";
    return sign + Numbers.format(delta.abs());
  }

  private static BigDecimal own(Sheet s, Function<CostYear, Long> f) {
    return s.findOwnCost().map(f).map(BigDecimal::valueOf).orElse(null);
  }

  private static BigDecimal score(Sheet s, Function<Evaluation, Score> f) {
    return Optional.ofNullable(s.evaluation()).map(f).map(x -> BigDecimal.valueOf(x.score())).orElse(null);
  }

  /** The {@code nth} (from 1) indicator of one name and unit in a sheet. */
  private record IndicatorKey(String name, String unit, int nth) {}

  /** The {@code nth} (from 1) indicator of that name and unit in the sheet, its own year's figure. */
  private static BigDecimal indicator(Sheet s, IndicatorKey k, Function<IndicatorValue, BigDecimal> f) {
    return s.indicators().stream().filter(i -> i.name().equals(k.name()) && unit(i).equals(k.unit())).skip(k.nth() - 1L).findFirst()
        .flatMap(i -> ownValue(s, i)).map(f).orElse(null);
  }

  private static Optional<IndicatorValue> ownValue(Sheet s, Indicator i) {
    return i.values().stream().filter(v -> v.fiscalYear() == s.fiscalYear()).findFirst();
  }
}
