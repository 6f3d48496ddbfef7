package kokai.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kokai.model.Sheet;
import kokai.model.SheetRef;

/**
 * Finds the same project across fiscal years: sheets with the same id, joined with sheets linked
 * by {@code related} in either direction (a renumbered project). Union-find over sheet refs.
 */
final class SameProject {
  private final List<Sheet> sheets;
  private final Map<SheetRef, Integer> slots;
  private final Map<SheetRef, SheetRef> parent = new HashMap<>();

  /** {@code slots}: where each sheet is in {@code sheets}. */
  SameProject(List<Sheet> sheets, Map<SheetRef, Integer> slots) {
    this.sheets = sheets;
    this.slots = slots;
  }

  /** For each sheet of a project with several, the slots of the others, oldest first. */
  Map<SheetRef, int[]> others() {
    Map<String, SheetRef> firstWithId = new HashMap<>();
    for (Sheet s : sheets) {
      parent.put(s.ref(), s.ref());
    }
    for (Sheet s : sheets) {
      SheetRef first = firstWithId.putIfAbsent(s.id(), s.ref());
      if (first != null) {
        union(first, s.ref());
      }
      for (SheetRef r : s.related()) {
        if (slots.containsKey(r)) {
          union(s.ref(), r);
        }
      }
    }
    Map<SheetRef, List<Sheet>> groups = new HashMap<>();
    for (Sheet s : sheets) {
      groups.computeIfAbsent(find(s.ref()), k -> new ArrayList<>()).add(s);
    }
    Map<SheetRef, int[]> out = new HashMap<>();
    Comparator<Sheet> order = Comparator.comparingInt(Sheet::fiscalYear).thenComparing(Sheet::id);
    for (List<Sheet> g : groups.values()) {
      if (g.size() < 2) {
        continue;
      }
      g.sort(order);
      for (Sheet s : g) {
        out.put(s.ref(), g.stream().filter(o -> !o.ref().equals(s.ref())).mapToInt(o -> slots.get(o.ref())).toArray());
      }
    }
    return out;
  }

  private SheetRef find(SheetRef r) {
    SheetRef p = parent.get(r);
    while (!p.equals(r)) {
      SheetRef gp = parent.get(p);
      parent.put(r, gp);
      r = p;
      p = gp;
    }
    return r;
  }

  private void union(SheetRef a, SheetRef b) {
    SheetRef ra = find(a);
    SheetRef rb = find(b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }
}
