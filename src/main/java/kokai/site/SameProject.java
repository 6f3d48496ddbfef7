package kokai.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kokai.model.Projects;
import kokai.model.Sheet;
import kokai.model.SheetRef;

/**
 * Each sheet's project across fiscal years ({@link Projects}) as the site index keeps it: the
 * slots of the project's other sheets.
 */
final class SameProject {
  /** For each sheet of a project with several, the slots of the others, oldest first. */
  final Map<SheetRef, int[]> others = new HashMap<>();

  /** {@code slots}: where each sheet is in the index's list. */
  SameProject(List<Sheet> sheets, Map<SheetRef, Integer> slots) {
    for (List<Sheet> g : Projects.of(sheets).groups()) {
      if (g.size() < 2) {
        continue;
      }
      for (Sheet s : g) {
        others.put(s.ref(), g.stream().filter(o -> o != s).mapToInt(o -> slots.get(o.ref())).toArray());
      }
    }
  }
}
