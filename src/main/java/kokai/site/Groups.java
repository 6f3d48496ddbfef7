package kokai.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

  /**
   * The sheets split by fiscal year, newest year first, each year's sheets in the order given; the
   * page of a year is {@code groupUrl} followed by the year ({@code years/2022/}, {@code sdgs/3/2022/}).
   */
  static List<YearGroup> byYear(String groupUrl, List<Sheet> sheets) {
    Map<Integer, List<Sheet>> by = new TreeMap<>(java.util.Comparator.reverseOrder());
    sheets.forEach(s -> by.computeIfAbsent(s.fiscalYear(), k -> new ArrayList<>()).add(s));
    List<YearGroup> out = new ArrayList<>(by.size());
    by.forEach((y, list) -> out.add(new YearGroup(y, groupUrl + y + "/", list, Totals.of(y, list))));
    return List.copyOf(out);
  }

  /** The year of the list, if it has one. */
  static Optional<YearGroup> findYear(List<YearGroup> years, int fiscalYear) {
    return years.stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst();
  }
}
