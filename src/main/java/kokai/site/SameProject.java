package kokai.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kokai.model.Projects;
import kokai.model.Sheet;
import kokai.model.SheetRef;

/**
 * Each sheet's project across fiscal years ({@link Projects}) as the site index keeps it: the
 * slots of the project's other sheets, and the name of its comparison page.
 */
final class SameProject {
  /** For each sheet of a project with several, the slots of the others, oldest first. */
  final Map<SheetRef, int[]> others = new HashMap<>();
  /**
   * The comparison's name where it is not the oldest sheet's id, by that sheet: a project whose
   * oldest id an older project has too (a reused number) is named {@code <id>-<fiscal year>}.
   */
  final Map<SheetRef, String> names = new HashMap<>();

  /** {@code slots}: where each sheet is in the index's list. */
  SameProject(List<Sheet> sheets, Map<SheetRef, Integer> slots) {
    Set<String> named = new HashSet<>();
    List<Sheet> renamed = new ArrayList<>();
    for (List<Sheet> g : Projects.of(sheets).groups()) {
      if (g.size() < 2) {
        continue;
      }
      Sheet oldest = g.get(0);
      // Names apart only in capitals are one folder on a Windows or macOS server: compare/A01/ is compare/a01/.
      if (!named.add(oldest.id().toLowerCase(Locale.ROOT))) {
        renamed.add(oldest);
      }
      for (Sheet s : g) {
        others.put(s.ref(), g.stream().filter(o -> o != s).mapToInt(o -> slots.get(o.ref())).toArray());
      }
    }
    // After every name an id gives: an id may itself be "091-2022".
    for (Sheet oldest : renamed) {
      String base = oldest.id() + "-" + oldest.fiscalYear();
      String name = base;
      for (int n = 2; !named.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n;
      }
      names.put(oldest.ref(), name);
    }
  }
}
