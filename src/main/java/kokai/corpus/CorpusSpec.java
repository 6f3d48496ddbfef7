package kokai.corpus;

import kokai.model.FiscalYear;

/**
 * What to generate: how many sheets, over which fiscal years, from which seed. The same spec always
 * gives the same corpus, byte for byte.
 *
 * <pre>{@code
 * CorpusSpec spec = new CorpusSpec(42, 10_000, 2020, 2024);
 * }</pre>
 *
 * @param seed any number; different seeds give different cities
 * @param sheets how many sheet files, spread evenly over the years
 * @param firstYear the first fiscal year (Western, 令和2年度 = 2020)
 * @param lastYear the last fiscal year, inclusive
 */
public record CorpusSpec(long seed, int sheets, int firstYear, int lastYear) {
  public CorpusSpec {
    if (sheets < 1) {
      throw new IllegalArgumentException("the number of sheets must be at least 1, not " + sheets);
    }
    if (firstYear > lastYear) {
      throw new IllegalArgumentException("the years " + firstYear + "-" + lastYear + " are in the wrong order");
    }
    // Cost tables reach two years ahead and indicators three years back.
    if (!FiscalYear.inRange(firstYear - 3) || !FiscalYear.inRange(lastYear + 2)) {
      throw new IllegalArgumentException("the years " + firstYear + "-" + lastYear + " are outside the era table");
    }
  }

  /** How many fiscal years the corpus covers. */
  public int years() {
    return lastYear - firstYear + 1;
  }

  /** How many projects each year has: every project has one sheet per year. */
  public int projects() {
    return (sheets + years() - 1) / years();
  }
}
