package kokai.site;

import java.util.List;
import java.util.Objects;
import kokai.model.FiscalYear;
import kokai.model.Sheet;

/** The sheets of one fiscal year (sorted by id) and their totals. */
public record YearGroup(int fiscalYear, String url, List<Sheet> sheets, Totals totals) {
  public YearGroup {
    Objects.requireNonNull(url, "url");
    sheets = List.copyOf(sheets);
  }

  public FiscalYear year() {
    return FiscalYear.of(fiscalYear);
  }
}
