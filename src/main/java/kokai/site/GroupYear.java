package kokai.site;

import java.util.List;
import java.util.Objects;
import kokai.model.FiscalYear;
import kokai.model.Sheet;

/**
 * The sheets of one fiscal year within a listing group (an SDG goal or a direction), sorted by id,
 * with their totals. Its page is the group's URL followed by the year: {@code directions/continue/2022/}.
 */
public record GroupYear(int fiscalYear, String url, List<Sheet> sheets, Totals totals) {
  public GroupYear {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(totals, "totals");
    sheets = List.copyOf(sheets);
    if (sheets.stream().anyMatch(s -> s.fiscalYear() != fiscalYear)) {
      throw new IllegalArgumentException("a sheet of another fiscal year in the group year " + url);
    }
  }

  public FiscalYear year() {
    return FiscalYear.of(fiscalYear);
  }
}
