package kokai.model;

import java.util.Objects;

/** A reference to another sheet by fiscal year and id: the same project renumbered, for example. */
public record SheetRef(
    @Field(ja = "年度", en = "Fiscal year", required = true, min = FiscalYear.FIRST, max = FiscalYear.LAST) int fiscalYear,
    @Field(ja = "事業番号", en = "Project number", required = true) String id) {

  public SheetRef {
    Objects.requireNonNull(id, "id");
  }

  /**
   * Spread over the whole range. The hash a record gets by default (on this JDK
   * {@code 31 * year + hash(id)}) gives a city's sheets few distinct values: one year more adds 31,
   * as does the id ten further on, so ids 0001–2000 over five years make 2,804 values for 10,000
   * sheets, and the maps keyed by sheet fill up with collisions.
   * Multiplying the id's hash by a large odd constant before the year is added leaves such
   * neighbours apart: 10,000 sheets, 10,000 values.
   */
  @Override
  public int hashCode() {
    return id.hashCode() * 0x9E3779B1 + fiscalYear;
  }

  @Override
  public String toString() {
    return fiscalYear + "/" + id;
  }
}
