package kokai.render.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One project side by side over its fiscal years: a column per sheet (oldest first) and a row per
 * value (the department and division, budget, settlement, personnel cost, total cost, each indicator's
 * target and actual, the four scores, the direction), each cell with its change from the column before.
 *
 * <pre>{@code
 * Comparison c = Comparisons.of(group, "compare/2021/088/", index::sheetUrl).orElseThrow();
 * c.rows().get(0).cells().get(1).change();   // "+10,000（+11.1%）"
 * c.missingYears();              // ["令和3年度"]: between the first and last column, no sheet
 * }</pre>
 */
public record Comparison(String url, String title, List<Column> columns, List<Row> rows, List<String> missingYears) {
  public Comparison {
    Objects.requireNonNull(url, "url");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    missingYears = List.copyOf(missingYears);
  }

  /** One sheet: its fiscal year, id, title and page. */
  public record Column(int fiscalYear, String year, String id, String title, String url) {}

  /**
   * One figure across the years; {@code section} groups rows (担当部課, コスト, 指標, 評価, 方向性); {@code words}
   * when the values are words (the department, a direction), which may wrap as text, rather than figures.
   */
  public record Row(String section, String label, String unit, boolean words, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** Whether any year differs from the one before. */
    public boolean anyChange() {
      return cells.stream().anyMatch(Cell::changed);
    }
  }

  /**
   * A value as shown ({@value Comparisons#UNKNOWN} when unknown) with its change from the sheet
   * of an earlier year it continues ({@link Comparisons#predecessors}): {@code delta} when both are
   * known numbers, {@code change} the text shown for it, {@code changed} whether the value differs
   * at all (for a direction, whether the decision changed); {@code since} that sheet's year when it
   * is not the fiscal year before (a year between has no sheet), else null.
   */
  public record Cell(String value, BigDecimal delta, String change, boolean changed, String since) {
    /** Whether the value is unknown (not yet settled or not given), for a page to explain the dash. */
    public boolean unknown() {
      return Comparisons.UNKNOWN.equals(value);
    }
  }
}
