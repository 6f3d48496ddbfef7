package kokai.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import kokai.model.Direction;
import kokai.model.Sheet;

/**
 * The choices of the search page's filters, from the sheets: the values the index has keys for.
 * The search page template renders them as {@code <select>} options, so the form works before
 * any script runs.
 *
 * <pre>{@code
 * SearchFacets f = SearchFacets.of(content.sheets());
 * f.years();        // [2022, 2021]: newest first
 * }</pre>
 */
public record SearchFacets(List<Integer> years, List<String> departments, List<Integer> sdgs, List<String> directions) {
  public SearchFacets {
    years = List.copyOf(years);
    departments = List.copyOf(departments);
    sdgs = List.copyOf(sdgs);
    directions = List.copyOf(directions);
  }

  public static SearchFacets of(List<Sheet> sheets) {
    TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
    TreeSet<String> departments = new TreeSet<>();
    TreeSet<Integer> sdgs = new TreeSet<>();
    TreeSet<String> directions = new TreeSet<>();
    for (Sheet s : sheets) {
      years.add(s.fiscalYear());
      departments.add(s.organization().department());
      sdgs.addAll(s.sdgs());
      if (s.direction() != null && s.direction().decision() != null) {
        directions.add(s.direction().decision());
      }
    }
    return new SearchFacets(List.copyOf(years), List.copyOf(departments), List.copyOf(sdgs), ordered(directions));
  }

  /** The usual directions in their listing order, then any others. */
  private static List<String> ordered(TreeSet<String> found) {
    List<String> out = new ArrayList<>();
    Direction.KNOWN.stream().filter(found::contains).forEach(out::add);
    found.stream().filter(d -> !Direction.KNOWN.contains(d)).forEach(out::add);
    return out;
  }

  /** Whether there is nothing to filter: a site without sheets. */
  public boolean isEmpty() {
    return years.isEmpty();
  }
}
