package kokai.model;

/**
 * One column of the cost table (コストの推移): budget, settlement and its funding, and personnel cost
 * for one fiscal year, in thousands of yen. A value not yet known (a future year's settlement) is
 * null, never 0.
 */
public record CostYear(
    @Field(ja = "年度", en = "Fiscal year", doc = "西暦の年度開始年。令和4年度 = 2022。", required = true, min = FiscalYear.FIRST, max = FiscalYear.LAST) int fiscalYear,
    @Field(ja = "予算額", en = "Budget", doc = "千円。", min = 0, max = CostYear.MAX_AMOUNT) Long budget,
    @Field(ja = "決算額", en = "Settlement", doc = "千円。決算前の年度は null。", min = 0, max = CostYear.MAX_AMOUNT) Long settlement,
    @Field(ja = "内訳", en = "Funding", doc = "決算額の財源内訳。") Funding funding,
    @Field(ja = "人件費", en = "Personnel", doc = "人件費とその内訳。") Personnel personnel) {

  /**
   * The largest amount a sheet may give, in thousands of yen (1京円): far above any city's whole
   * budget, so a figure above it is a mistake, and low enough that the listings' sums over the
   * sheets of a year cannot overflow (922,337 sheets at this amount still fit in a long).
   */
  public static final long MAX_AMOUNT = 10_000_000_000_000L;

  public CostYear {
    FiscalYear.requireInRange(fiscalYear);
  }

  public FiscalYear year() {
    return FiscalYear.of(fiscalYear);
  }

  /**
   * Project cost plus personnel cost (総コスト): settlement where known, else budget. Null when
   * either part is unknown: counting an unknown part as 0 would print a smaller total as if known.
   */
  public Long totalCost() {
    Long base = settlement != null ? settlement : budget;
    Long staff = personnel == null ? null : personnel.total();
    if (base == null || staff == null) {
      return null;
    }
    return base + staff;
  }
}
