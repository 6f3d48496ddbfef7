package kokai.site;

import java.util.List;
import java.util.Objects;
import kokai.model.FiscalYear;
import kokai.model.Sheet;

/**
 * The sheets of one fiscal year (sorted by id) and their totals: the site's listing of the year
 * ({@code years/2022/}) or a listing group's page of the year ({@code directions/continue/2022/}).
 */
public record YearGroup(int fiscalYear, String url, List<Sheet> sheets, Totals totals) {
  public YearGroup {
    Objects.requireNonNull(url, "url");
    sheets = List.copyOf(sheets);
    if (sheets.stream().anyMatch(s -> s.fiscalYear() != fiscalYear)) {
      throw new IllegalArgumentException("a sheet of another fiscal year in " + url);
    }
  }

  public FiscalYear year() {
    return FiscalYear.of(fiscalYear);
  }
}
