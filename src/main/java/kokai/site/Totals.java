package kokai.site;

import java.util.Collection;
import kokai.model.CostYear;
import kokai.model.Sheet;

/**
 * Sums over the sheets of one fiscal year, each sheet counted with its own year's cost column, in
 * thousands of yen. A sum is null when no sheet gives the figure, so "unknown" never shows as 0;
 * {@code budgetSheets}, {@code settlementSheets} and {@code personnelSheets} say how many of the
 * {@code sheets} a sum covers, so that a page can say when a sum leaves some out.
 */
public record Totals(int fiscalYear, Long budget, Long settlement, Long personnel, int sheets,
    int budgetSheets, int settlementSheets, int personnelSheets) {

  /** The totals of the given sheets' own cost columns for {@code fiscalYear}. */
  public static Totals of(int fiscalYear, Collection<Sheet> sheets) {
    Sum budget = new Sum();
    Sum settlement = new Sum();
    Sum personnel = new Sum();
    int n = 0;
    for (Sheet s : sheets) {
      if (s.fiscalYear() != fiscalYear) {
        continue;
      }
      n++;
      CostYear c = s.findOwnCost().orElse(null);
      if (c != null) {
        budget.add(c.budget());
        settlement.add(c.settlement());
        personnel.add(c.personnel() == null ? null : c.personnel().total());
      }
    }
    return new Totals(fiscalYear, budget.sum, settlement.sum, personnel.sum, n, budget.count, settlement.count,
        personnel.count);
  }

  /** How many sheets the budget sum leaves out (their budget is unknown). */
  public int budgetMissing() {
    return sheets - budgetSheets;
  }

  public int settlementMissing() {
    return sheets - settlementSheets;
  }

  public int personnelMissing() {
    return sheets - personnelSheets;
  }

  /** A running sum of the known values and how many there were. */
  private static final class Sum {
    Long sum;
    int count;

    void add(Long v) {
      if (v != null) {
        // The loader keeps each amount small enough for this never to overflow; were it to, a
        // failed build is better than a wrapped, negative total published as the city's figure.
        sum = sum == null ? v : Math.addExact(sum, v);
        count++;
      }
    }
  }
}
