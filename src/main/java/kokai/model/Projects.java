package kokai.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The same project across fiscal years: sheets linked by {@code related} (a renumbered project, in
 * either direction, or a project split in two), and sheets with the same id. A link the city wrote
 * comes first (a link within one fiscal year joins nothing); the same id joins a sheet to the
 * latest earlier sheet of its id unless the sheet says it starts a new project ({@code newProject}),
 * or that sheet already has a successor of the same fiscal year
 * through a link of its own and the two names differ. So a number given to a new project while the
 * old project goes on under another number makes two projects, and that refusal is
 * {@linkplain #shared() told}; the halves of a split project keep their numbers. A join by the
 * number alone of two sheets whose names and departments both differ is made, and told too: it
 * looks like a number given to a new project that the sheet does not say is one.
 *
 * <pre>{@code
 * Projects p = Projects.of(sheets);
 * p.groups();    // [[2021/100, 2022/205, 2023/205], …], each oldest first; projects of one sheet too
 * p.shared();    // [Refusal(2023/091, 2022/091, 2023/120)]: 091 reused while 2023/120 continues 2022/091,
 *                // Unlike(2023/010, 2022/010, 広報事業, 総務部): 010 joins 広報事業 of 総務部 to 道路補修 of 建設部
 *                // NeedlessStart(2023/300): newProject on a number no earlier sheet has
 *                // OverruledStart(2023/005, 2022/005, true): newProject, but related names 2022/005
 * }</pre>
 */
public final class Projects {
  /** Oldest first: fiscal year, then number ({@link SheetRef#NUMBER_ORDER}); the content's order. */
  public static final Comparator<Sheet> OLDEST_FIRST = Comparator.comparingInt(Sheet::fiscalYear).thenComparing(Sheet::id, SheetRef.NUMBER_ORDER);

  /** Newest fiscal year first, then number: the order of the listings and of the search's documents. */
  public static final Comparator<Sheet> NEWEST_FIRST =
      Comparator.comparingInt(Sheet::fiscalYear).reversed().thenComparing(Sheet::id, SheetRef.NUMBER_ORDER);

  /**
   * What {@code sheet}'s number, or its newProject, makes of its project where that may not be
   * what the city meant: staff are told.
   */
  public sealed interface SharedNumber permits Refusal, Unlike, NeedlessStart, OverruledStart {
    SheetRef sheet();

    /** Whether any of the sheets it names is in {@code refs}. */
    boolean names(Set<SheetRef> refs);
  }

  /** {@code sheet} says it starts a new project, though no earlier sheet has its number: the field says nothing. */
  public record NeedlessStart(SheetRef sheet) implements SharedNumber {
    @Override
    public boolean names(Set<SheetRef> refs) {
      return refs.contains(sheet);
    }
  }

  /**
   * {@code sheet} says it starts a new project, but a related link joins it to {@code sameId}, an
   * earlier sheet of its number, and the link wins; {@code linkHere}: the sheet names
   * {@code sameId}, else {@code sameId} names the sheet.
   */
  public record OverruledStart(SheetRef sheet, SheetRef sameId, boolean linkHere) implements SharedNumber {
    @Override
    public boolean names(Set<SheetRef> refs) {
      return refs.contains(sheet) || refs.contains(sameId);
    }
  }

  /**
   * {@code sheet} has the id of {@code sameId} but is not its project's: {@code sameYear}, of the
   * sheet's own fiscal year, continues {@code sameId} by a related link.
   */
  public record Refusal(SheetRef sheet, SheetRef sameId, SheetRef sameYear) implements SharedNumber {
    @Override
    public boolean names(Set<SheetRef> refs) {
      return refs.contains(sheet) || refs.contains(sameId) || refs.contains(sameYear);
    }
  }

  /**
   * {@code sheet} continues {@code sameId} by the number alone (no related link, no newProject),
   * though the two sheets' names and departments both differ; {@code sameIdTitle} and
   * {@code sameIdDepartment} are those of {@code sameId}, for the warning to name.
   */
  public record Unlike(SheetRef sheet, SheetRef sameId, String sameIdTitle, String sameIdDepartment) implements SharedNumber {
    @Override
    public boolean names(Set<SheetRef> refs) {
      return refs.contains(sheet) || refs.contains(sameId);
    }
  }

  private final List<List<Sheet>> groups;
  private final List<SharedNumber> shared;

  private Projects(List<List<Sheet>> groups, List<SharedNumber> shared) {
    this.groups = groups;
    this.shared = shared;
  }

  /** Every sheet's project, in the order of each project's oldest sheet. */
  public List<List<Sheet>> groups() {
    return groups;
  }

  /**
   * The numbers shared where the join may be wrong, by the sheet that shares it, oldest first: a
   * sheet that shares an id with another project's sheet ({@link Refusal}), one joined by its
   * id alone to a sheet of another name and department ({@link Unlike}), and a newProject that
   * says nothing ({@link NeedlessStart}) or that a related link overrules ({@link OverruledStart}).
   */
  public List<SharedNumber> shared() {
    return shared;
  }

  /** Whether two sheets are linked by a related link written in either of them. */
  public static boolean related(Sheet a, Sheet b) {
    return a.related().contains(b.ref()) || b.related().contains(a.ref());
  }

  public static Projects of(List<Sheet> sheets) {
    List<Sheet> ordered = sheets.stream().sorted(OLDEST_FIRST).toList();
    Map<SheetRef, Integer> at = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      at.put(ordered.get(i).ref(), i);
    }
    int[] parent = new int[ordered.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    // The sheets each sheet is linked to by related, in either direction.
    Map<Integer, List<Integer>> links = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      for (SheetRef r : ordered.get(i).related()) {
        Integer j = at.get(r);
        // A link within one fiscal year joins no years (SheetChecks warns about it).
        if (j != null && ordered.get(j).fiscalYear() != ordered.get(i).fiscalYear()) {
          links.computeIfAbsent(i, k -> new ArrayList<>(2)).add(j);
          links.computeIfAbsent(j, k -> new ArrayList<>(2)).add(i);
          union(parent, i, j);
        }
      }
    }
    Map<String, Integer> latest = new HashMap<>();
    List<SharedNumber> shared = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      Sheet s = ordered.get(i);
      Integer earlier = latest.put(s.id(), i);
      // A sheet that says it starts a new project joins its related sheets alone; later sheets of its number continue it.
      if (s.startsNewProject()) {
        startTold(ordered, i, earlier, links.getOrDefault(i, List.of())).ifPresent(shared::add);
        continue;
      }
      if (earlier == null || find(parent, earlier) == find(parent, i)) {
        continue;
      }
      // A sheet of its year that continues the earlier one by a link makes this one another
      // project, unless this one keeps the earlier one's name too (a project split in two whose
      // first half kept the number): a number given to a new project comes with a new name.
      Integer successor = null;
      if (!sameName(ordered.get(earlier), s)) {
        for (int t : links.getOrDefault(earlier, List.of())) {
          if (t != i && ordered.get(t).fiscalYear() == s.fiscalYear()) {
            successor = t;
            break;
          }
        }
      }
      if (successor == null) {
        union(parent, i, earlier);
        Sheet e = ordered.get(earlier);
        if (!sameName(e, s) && !sameDepartment(e, s)) {
          shared.add(new Unlike(s.ref(), e.ref(), e.title(), e.organization().department()));
        }
      } else {
        shared.add(new Refusal(s.ref(), ordered.get(earlier).ref(), ordered.get(successor).ref()));
      }
    }
    Map<Integer, List<Sheet>> groups = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>(1)).add(ordered.get(i));
    }
    return new Projects(groups.values().stream().map(List::copyOf).toList(), List.copyOf(shared));
  }

  /**
   * What is told of sheet {@code i} of {@code ordered}, which says it starts a new project:
   * nothing when {@code earlier}, the latest earlier sheet of its number, is another project's;
   * that the field says nothing when there is none; that a link wins when one of {@code linked}
   * (the sheets related to it) is an earlier sheet of its number, the latest such.
   */
  private static Optional<SharedNumber> startTold(List<Sheet> ordered, int i, Integer earlier, List<Integer> linked) {
    Sheet s = ordered.get(i);
    if (earlier == null) {
      return Optional.of(new NeedlessStart(s.ref()));
    }
    return linked.stream().map(ordered::get).filter(o -> o.id().equals(s.id()) && o.fiscalYear() < s.fiscalYear())
        .max(OLDEST_FIRST).map(o -> new OverruledStart(s.ref(), o.ref(), s.related().contains(o.ref())));
  }

  /**
   * Whether two sheets have one project name, whatever their spaces and full- or half-width forms:
   * where a number is shared across a related link, the name tells a project split in two from a
   * number given to a new project.
   */
  public static boolean sameName(Sheet a, Sheet b) {
    return key(a.title()).equals(key(b.title()));
  }

  /** Whether two sheets name one department, whatever their spaces and full- or half-width forms. */
  public static boolean sameDepartment(Sheet a, Sheet b) {
    return key(a.organization().department()).equals(key(b.organization().department()));
  }

  private static String key(String title) {
    return Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
