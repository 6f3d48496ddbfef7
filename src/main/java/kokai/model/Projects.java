package kokai.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same project across fiscal years: sheets linked by {@code related} (a renumbered project, in
 * either direction), and sheets with the same id. A link the city wrote comes first; the same id
 * joins two sheets only when their projects have no fiscal year in common, so a number given
 * to a new project while its old project goes on under another number makes two projects, each
 * with one sheet a year, and that refusal is {@linkplain #refused() told}.
 *
 * <pre>{@code
 * Projects p = Projects.of(sheets);
 * p.groups();    // [[2021/100, 2022/205, 2023/205], …], each oldest first; projects of one sheet too
 * p.refused();   // [Refusal(2023/091, 2022/091, 2023/120)]: 091 reused while 2023/120 continues 2022/091
 * }</pre>
 */
public final class Projects {
  /** Oldest first: fiscal year, then id. */
  public static final Comparator<Sheet> OLDEST_FIRST = Comparator.comparingInt(Sheet::fiscalYear).thenComparing(Sheet::id);

  /**
   * {@code sheet} has the id of {@code sameId} but is not its project's: that project has
   * {@code sameYear} in a fiscal year that the sheet's project has too.
   */
  public record Refusal(SheetRef sheet, SheetRef sameId, SheetRef sameYear) {}

  private final List<List<Sheet>> groups;
  private final List<Refusal> refused;

  private Projects(List<List<Sheet>> groups, List<Refusal> refused) {
    this.groups = groups;
    this.refused = refused;
  }

  /** Every sheet's project, in the order of each project's oldest sheet. */
  public List<List<Sheet>> groups() {
    return groups;
  }

  /** The sheets that share an id with another project's sheet, oldest first. */
  public List<Refusal> refused() {
    return refused;
  }

  public static Projects of(List<Sheet> sheets) {
    List<Sheet> ordered = sheets.stream().sorted(OLDEST_FIRST).toList();
    Map<SheetRef, Integer> at = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      at.put(ordered.get(i).ref(), i);
    }
    Joins joins = new Joins(ordered);
    for (int i = 0; i < ordered.size(); i++) {
      for (SheetRef r : ordered.get(i).related()) {
        Integer j = at.get(r);
        if (j != null) {
          joins.union(i, j);
        }
      }
    }
    // Each sheet joins the latest earlier sheet of its id that it can: a number reused for a new
    // project, then kept, makes one project of the new one's years.
    Map<String, List<Integer>> byId = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      byId.computeIfAbsent(ordered.get(i).id(), k -> new ArrayList<>(2)).add(i);
    }
    List<Refusal> refused = new ArrayList<>();
    for (List<Integer> same : byId.values()) {
      for (int k = 1; k < same.size(); k++) {
        int sheet = same.get(k);
        Refusal first = null;
        boolean joined = false;
        for (int e = k - 1; e >= 0 && !joined; e--) {
          int earlier = same.get(e);
          int clash = joins.clash(sheet, earlier);
          if (clash < 0) {
            joins.union(sheet, earlier);
            joined = true;
          } else if (first == null) {
            first = new Refusal(ordered.get(sheet).ref(), ordered.get(earlier).ref(), ordered.get(clash).ref());
          }
        }
        if (!joined) {
          refused.add(first);
        }
      }
    }
    refused.sort(Comparator.comparing(Refusal::sheet, Comparator.comparingInt(SheetRef::fiscalYear).thenComparing(SheetRef::id)));
    return new Projects(joins.groups(), List.copyOf(refused));
  }

  /** Union-find over positions in a list of sheets, with the fiscal years of each set. */
  private static final class Joins {
    private final List<Sheet> sheets;
    private final int[] parent;
    private final Map<Integer, BitSet> years = new HashMap<>();

    Joins(List<Sheet> sheets) {
      this.sheets = sheets;
      this.parent = new int[sheets.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    private BitSet years(int root) {
      return years.computeIfAbsent(root, r -> {
        BitSet b = new BitSet();
        b.set(sheets.get(r).fiscalYear() - FiscalYear.FIRST);
        return b;
      });
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        BitSet both = years(ra);
        both.or(years(rb));
        years.remove(rb);
        parent[rb] = ra;
      }
    }

    /** A sheet of {@code b}'s project in a fiscal year that {@code a}'s project has too; -1 when none (or one project). */
    int clash(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return -1;
      }
      BitSet common = (BitSet) years(ra).clone();
      common.and(years(rb));
      if (common.isEmpty()) {
        return -1;
      }
      int year = common.nextSetBit(0) + FiscalYear.FIRST;
      for (int i = 0; i < sheets.size(); i++) {
        if (sheets.get(i).fiscalYear() == year && find(i) == rb) {
          return i;
        }
      }
      return -1;
    }

    /** The sets, each in the list's order (oldest first), in the order of their first sheet. */
    List<List<Sheet>> groups() {
      Map<Integer, List<Sheet>> out = new LinkedHashMap<>();
      for (int i = 0; i < sheets.size(); i++) {
        out.computeIfAbsent(find(i), r -> new ArrayList<>(1)).add(sheets.get(i));
      }
      return out.values().stream().map(List::copyOf).toList();
    }
  }
}
