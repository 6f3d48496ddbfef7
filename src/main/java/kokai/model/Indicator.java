package kokai.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One indicator (指標) with its targets and actuals per fiscal year. */
public record Indicator(
    @Field(ja = "指標名", en = "Name", required = true, nonBlank = true) String name,
    @Field(ja = "単位", en = "Unit", doc = "例: 件、回、分以内。") String unit,
    @Field(ja = "指標の種類", en = "Kind", doc = "活動結果指標 または 成果指標。") IndicatorKind kind,
    @Field(ja = "指標の概要", en = "Description") String description,
    @Field(ja = "目標値・実績", en = "Values", doc = "年度ごとの目標値と実績。") List<IndicatorValue> values) {

  public Indicator {
    Objects.requireNonNull(name, "name");
    // Blanks around a name or unit (full-width ones too) are not part of it: the same indicator
    // written " 件" one year and "件" the next is one indicator in the comparison of years.
    name = name.strip();
    unit = unit == null || unit.isBlank() ? null : unit.strip();
    values = values == null ? List.of() : List.copyOf(values);
  }

  /**
   * The values in order of fiscal year, as the sheet page's table and its chart show them; a file
   * may list them in any order, and {@link #values} keeps that order for messages that name them.
   */
  public List<IndicatorValue> valuesByYear() {
    return values.stream().sorted(Comparator.comparingInt(IndicatorValue::fiscalYear)).toList();
  }

  /**
   * Whether this is one of the blocks the published form prints for indicators a project does not
   * have: a name of nothing but brackets ("()") and every figure 0 or blank. It is no indicator.
   */
  public boolean isPlaceholder() {
    return isBlankName(name) && values.stream().allMatch(v -> zeroOrNull(v.target()) && zeroOrNull(v.actual()));
  }

  /** Whether a name is nothing but brackets and spaces, as the form prints an unused block's ("()"). */
  public static boolean isBlankName(String name) {
    return name.replaceAll("[\\s()（）]", "").isEmpty();
  }

  private static boolean zeroOrNull(BigDecimal d) {
    return d == null || d.signum() == 0;
  }
}
