package kokai.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import kokai.model.Direction;
import kokai.model.Organization;
import kokai.model.Projects;
import kokai.model.Sheet;
import kokai.model.SheetRef;

/**
 * Edited versions of existing sheets and how they enter an index's groups: every list that holds
 * an old version gets the new one in the same place, and the totals over such a list are summed
 * again. Groups without an edited sheet are kept as they are, so an edit costs a pass over the
 * lists rather than a new grouping of every sheet.
 */
record SheetSwap(Map<SheetRef, Sheet> edited, boolean keepsGroups, Map<Sheet, Sheet> byOld) {

  /**
   * {@code byOld}: each replaced sheet, the very object the index's lists hold, to its new version.
   * Looked up by identity: the lists are looked through without making a key for each sheet.
   */
  SheetSwap {
    byOld = Collections.unmodifiableMap(new IdentityHashMap<>(byOld));
  }

  /**
   * {@code current}: the index's sheet of a ref, or null; {@code linked}: whether sheets of an id
   * are at either end of a related link, where a changed name may move a sheet to another project
   * ({@link Projects#sameName}).
   */
  static SheetSwap of(Function<SheetRef, Sheet> current, Collection<Sheet> edited, Predicate<String> linked) {
    Map<SheetRef, Sheet> byRef = new HashMap<>();
    Map<Sheet, Sheet> byOld = new IdentityHashMap<>();
    boolean keeps = true;
    for (Sheet s : edited) {
      Sheet old = current.apply(s.ref());
      if (old == null) {
        throw new IllegalArgumentException("the index has no sheet " + s.ref() + " to replace");
      }
      byRef.put(s.ref(), s);
      byOld.put(old, s);
      keeps &= sameGroups(old, s) && (Projects.sameName(old, s) || !linked.test(s.id()));
    }
    return new SheetSwap(Map.copyOf(byRef), keeps, byOld);
  }

  /** Whether the two versions of a sheet belong to the same groups and project. */
  static boolean sameGroups(Sheet a, Sheet b) {
    return sameOrganization(a.organization(), b.organization())
        && a.sdgs().stream().distinct().toList().equals(b.sdgs().stream().distinct().toList())
        && Objects.equals(decision(a.direction()), decision(b.direction()))
        && a.related().equals(b.related()) && a.startsNewProject() == b.startsNewProject();
  }

  private static boolean sameOrganization(Organization a, Organization b) {
    return Objects.equals(a.department(), b.department()) && Objects.equals(a.division(), b.division())
        && Objects.equals(a.section() == null ? "" : a.section(), b.section() == null ? "" : b.section());
  }

  private static String decision(Direction d) {
    return d == null ? null : d.decision();
  }

  private boolean touches(List<Sheet> list) {
    for (Sheet s : list) {
      if (byOld.containsKey(s)) {
        return true;
      }
    }
    return false;
  }

  private boolean touches(Department d) {
    for (Division v : d.divisions()) {
      if (touches(v)) {
        return true;
      }
    }
    return false;
  }

  private boolean touches(Division v) {
    for (Section s : v.sections()) {
      if (touches(s.sheets())) {
        return true;
      }
    }
    return false;
  }

  /** The list with each edited sheet in its old version's place. */
  List<Sheet> list(List<Sheet> sheets) {
    List<Sheet> out = new ArrayList<>(sheets.size());
    for (Sheet s : sheets) {
      Sheet swapped = byOld.get(s);
      out.add(swapped == null ? s : swapped);
    }
    return List.copyOf(out);
  }

  /**
   * Fiscal-year lists (the site's, or a group's) with the edited sheets swapped in: a sheet keeps
   * its fiscal year, so it stays in the list it was in.
   */
  List<YearGroup> years(List<YearGroup> years) {
    return years.stream().map(y -> {
      if (!editedYear(y.fiscalYear()) || !touches(y.sheets())) {
        return y;
      }
      List<Sheet> sheets = list(y.sheets());
      return new YearGroup(y.fiscalYear(), y.url(), sheets, Totals.of(y.fiscalYear(), sheets));
    }).toList();
  }

  List<Department> departments(List<Department> departments) {
    return departments.stream().map(this::department).toList();
  }

  private Department department(Department d) {
    if (!touches(d)) {
      return d;
    }
    List<Division> divisions = d.divisions().stream().map(this::division).toList();
    List<Sheet> all = divisions.stream().flatMap(v -> v.sheets().stream()).toList();
    return new Department(d.name(), d.slug(), d.url(), divisions, Groups.totalsPerYear(all));
  }

  private Division division(Division v) {
    if (!touches(v)) {
      return v;
    }
    List<Section> sections = v.sections().stream()
        .map(s -> touches(s.sheets()) ? new Section(s.name(), s.anchor(), list(s.sheets())) : s).toList();
    List<Sheet> all = sections.stream().flatMap(s -> s.sheets().stream()).toList();
    return new Division(v.name(), v.anchor(), sections, Groups.totalsPerYear(all));
  }

  List<SdgGroup> sdgs(List<SdgGroup> sdgs) {
    return sdgs.stream()
        .map(g -> touches(g.sheets()) ? new SdgGroup(g.goal(), g.url(), list(g.sheets()), years(g.years())) : g)
        .toList();
  }

  List<DirectionGroup> directions(List<DirectionGroup> directions) {
    return directions.stream()
        .map(d -> touches(d.sheets())
            ? new DirectionGroup(d.decision(), d.slug(), d.url(), list(d.sheets()), years(d.years()))
            : d)
        .toList();
  }

  /** Whether an edited sheet belongs to the fiscal year: only then need its lists be looked through. */
  private boolean editedYear(int fiscalYear) {
    for (SheetRef r : edited.keySet()) {
      if (r.fiscalYear() == fiscalYear) {
        return true;
      }
    }
    return false;
  }
}
