package kokai.model;

import java.math.BigDecimal;

/** An indicator's target and actual for one fiscal year; an actual not yet known is null. */
public record IndicatorValue(
    @Field(ja = "年度", en = "Fiscal year", doc = "西暦の年度開始年。", required = true, min = FiscalYear.FIRST, max = FiscalYear.LAST) int fiscalYear,
    @Field(ja = "目標値", en = "Target") BigDecimal target,
    @Field(ja = "実績", en = "Actual", doc = "未確定の年度は null。") BigDecimal actual) {

  public IndicatorValue {
    FiscalYear.requireInRange(fiscalYear);
  }

  public FiscalYear year() {
    return FiscalYear.of(fiscalYear);
  }
}
