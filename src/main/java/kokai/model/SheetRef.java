package kokai.model;

import java.util.Objects;

/** A reference to another sheet by fiscal year and id: the same project renumbered, for example. */
public record SheetRef(
    @Field(ja = "年度", en = "Fiscal year", required = true, min = FiscalYear.FIRST, max = FiscalYear.LAST) int fiscalYear,
    @Field(ja = "事業番号", en = "Project number", required = true) String id) {

  public SheetRef {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return fiscalYear + "/" + id;
  }
}
