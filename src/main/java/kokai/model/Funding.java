package kokai.model;

/**
 * How a year's settlement was paid for, in thousands of yen; null where not yet known. A part may
 * be negative: general funds are, when a project's own income exceeds its cost.
 */
public record Funding(
    @Field(ja = "一般財源", en = "General funds", doc = "千円。未確定は null。") Long general,
    @Field(ja = "国庫、県支出金、地方債", en = "National and prefectural funds and bonds", doc = "千円。未確定は null。") Long grantsAndBonds,
    @Field(ja = "その他", en = "Other", doc = "千円。未確定は null。") Long other) {

  /** The sum of the known parts, or null when none is known. */
  public Long total() {
    if (general == null && grantsAndBonds == null && other == null) {
      return null;
    }
    return orZero(general) + orZero(grantsAndBonds) + orZero(other);
  }

  /** Whether every part is known. */
  public boolean complete() {
    return general != null && grantsAndBonds != null && other != null;
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }
}
