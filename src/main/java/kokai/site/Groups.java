package kokai.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import kokai.model.Sheet;

/** Shared helpers for the grouping records. */
final class Groups {
  private Groups() {}

  /** One {@link Totals} per fiscal year that any of the sheets belongs to, oldest first. */
  static List<Totals> totalsPerYear(Collection<Sheet> sheets) {
    TreeSet<Integer> years = new TreeSet<>();
    sheets.forEach(s -> years.add(s.fiscalYear()));
    List<Totals> out = new ArrayList<>();
    for (int y : years) {
      out.add(Totals.of(y, sheets));
    }
    return List.copyOf(out);
  }
}
