package kokai.site;

import java.util.Collection;
import kokai.model.CostYear;
import kokai.model.Sheet;

/**
 * Sums over the sheets of one fiscal year, each sheet counted with its own year's cost column, in
 * thousands of yen. A sum is null when no sheet gives the figure, so "unknown" never shows as 0.
 */
public record Totals(int fiscalYear, Long budget, Long settlement, Long personnel, int sheets) {

  /** The totals of the given sheets' own cost columns for {@code fiscalYear}. */
  public static Totals of(int fiscalYear, Collection<Sheet> sheets) {
    Long budget = null;
    Long settlement = null;
    Long personnel = null;
    int n = 0;
    for (Sheet s : sheets) {
      if (s.fiscalYear() != fiscalYear) {
        continue;
      }
      n++;
      CostYear c = s.findOwnCost().orElse(null);
      if (c != null) {
        budget = add(budget, c.budget());
        settlement = add(settlement, c.settlement());
        personnel = add(personnel, c.personnel() == null ? null : c.personnel().total());
      }
    }
    return new Totals(fiscalYear, budget, settlement, personnel, n);
  }

  private static Long add(Long sum, Long v) {
    if (v == null) {
      return sum;
    }
    return sum == null ? v : sum + v;
  }
}
