package kokai.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import kokai.model.FiscalYear;

/**
 * Places the cells of a line of figures under the fiscal years of its heading line. As many figures
 * as years are read in order. Otherwise an empty cell is a blank year only when the line keeps the
 * heading's cells — as many as the heading has from its first year on, one per year with the last
 * one filled, or as many cells in all as the heading line (a table exported with every line at its
 * full width, even where its labels take a column more) — so that its place says which year it
 * is. A line with no figure at all is blank in every year. A line short of figures with nothing to
 * place them by cannot be read: the caller reports it.
 *
 * <pre>{@code
 * // heading: R02 R03 R04 R05 R06, width 5; line: "", 123, 130, 129, 129
 * YearCells.byYear(cells, 5, 5, false)   // [null, 123, 130, 129, 129]
 * }</pre>
 */
final class YearCells {
  private YearCells() {}

  /**
   * @param positions the cells after the line's label (and unit), empty ones included
   * @param years how many fiscal years the heading line has
   * @param headingWidth how many cells the heading line has from its first year to its end
   * @param fullWidth whether the line has as many cells in all as the heading line
   * @return one cell per year, null for a blank one; null when the cells cannot be placed
   */
  static List<Cell> byYear(List<Cell> positions, int years, int headingWidth, boolean fullWidth) {
    List<Cell> filled = positions.stream().filter(c -> !c.isEmpty()).toList();
    if (filled.size() == years) {
      return filled;
    }
    if (filled.isEmpty()) {
      // A label with no figure after it (an export leaves out a line's empty cells at its end):
      // every year is blank, wherever its cells were.
      return new ArrayList<>(Collections.nCopies(years, (Cell) null));
    }
    boolean aligned = positions.size() == headingWidth || fullWidth
        || (positions.size() == years && !positions.get(years - 1).isEmpty());
    if (!aligned || positions.size() < years
        || positions.subList(years, positions.size()).stream().anyMatch(c -> !c.isEmpty())) {
      return null;
    }
    List<Cell> out = new ArrayList<>();
    for (Cell c : positions.subList(0, years)) {
      out.add(c.isEmpty() ? null : c);
    }
    return out;
  }

  /** How many cells a heading line has from its first non-empty cell to its end. */
  static int width(Row heading) {
    List<Cell> cells = heading.cells();
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        return cells.size() - i;
      }
    }
    return 0;
  }

  /** What is wrong with the order of a line's fiscal years (a year printed twice, a year going back), if anything. */
  static Optional<String> orderProblem(List<Integer> years) {
    for (int i = 1; i < years.size(); i++) {
      int y = years.get(i);
      int before = years.get(i - 1);
      if (y <= before) {
        return Optional.of("fiscal years are not in order: " + FiscalYear.of(y).japanese() + " (" + y + ") comes after "
            + FiscalYear.of(before).japanese() + (y == before ? ", the same year twice" : ""));
      }
    }
    return Optional.empty();
  }
}
