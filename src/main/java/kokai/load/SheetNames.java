package kokai.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kokai.diag.Diagnostics;
import kokai.model.Projects;
import kokai.model.Sheet;
import kokai.model.SheetRef;

/**
 * The organisation names of every loaded sheet and where each is written, kept with the content so
 * that the preview's reload of a few edited sheets warns about names spelt two ways, and about
 * related sheets that do not exist, as a full load would, without reading the other sheets again.
 *
 * <pre>{@code
 * SheetNames.Edit edit = content.names().edit();
 * Optional<Sheet> s = loader.loadSheet(file, diags, edit);
 * SheetNames after = edit.warn(content, diags);   // the warnings about the edited sheets
 * }</pre>
 */
public final class SheetNames {
  /** None: content made without a load, which the preview never edits. */
  public static final SheetNames NONE = new SheetNames(new NameSpellings.Named[0], Map.of(), new ConcurrentHashMap<>());

  /** Every sheet's names, in the order of the sheet files (the order a full load warns in). */
  private final NameSpellings.Named[] named;
  /** Each sheet's place in {@link #named}: an edit never moves a sheet (that is a full build), so every edit's names share it. */
  private final Map<SheetRef, Integer> position;
  /** The names compared so far, as {@link NameSpellings#comparable} makes them: shared by every edit's names. */
  private final Map<String, String> compared;
  /** The places of the sheets in each group of names alike, in order; made for the first edit. */
  private volatile Map<NameSpellings.Key, int[]> groups;
  /** The numbers shared where the join may be wrong ({@link Projects#shared}) in the content of these names; made for the first edit. */
  private volatile List<Projects.SharedNumber> shared;

  private SheetNames(NameSpellings.Named[] named, Map<SheetRef, Integer> position, Map<String, String> compared) {
    this.named = named;
    this.position = position;
    this.compared = compared;
  }

  /** The names of a load, in the order of its sheet files, and the numbers shared where the join may be wrong ({@link Projects#shared}). */
  static SheetNames of(List<Map.Entry<SheetRef, NameSpellings.Named>> named, List<Projects.SharedNumber> shared) {
    NameSpellings.Named[] all = new NameSpellings.Named[named.size()];
    Map<SheetRef, Integer> position = new HashMap<>();
    for (int i = 0; i < all.length; i++) {
      all[i] = named.get(i).getValue();
      position.put(named.get(i).getKey(), i);
    }
    SheetNames names = new SheetNames(all, Collections.unmodifiableMap(position), new ConcurrentHashMap<>());
    names.shared = List.copyOf(shared);
    return names;
  }

  /**
   * The numbers shared where the join may be wrong among {@code sheets}, the content's whose names
   * these are: given by the load, made only for names without one, and kept by the names after an
   * edit that changes nothing they depend on.
   */
  private List<Projects.SharedNumber> shared(List<Sheet> sheets) {
    List<Projects.SharedNumber> r = shared;
    if (r == null) {
      r = Projects.of(sheets).shared();
      shared = r;
    }
    return r;
  }

  /** Starts an edit: the sheets loaded into it replace theirs. The first edit groups the names (the preview's warm-up makes one). */
  public Edit edit() {
    return new Edit(groups());
  }

  private Map<NameSpellings.Key, int[]> groups() {
    Map<NameSpellings.Key, int[]> g = groups;
    if (g == null) {
      Map<NameSpellings.Key, List<Integer>> lists = new HashMap<>();
      for (int i = 0; i < named.length; i++) {
        for (NameSpellings.Key k : NameSpellings.keys(named[i], compared)) {
          lists.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
      }
      g = new HashMap<>();
      for (Map.Entry<NameSpellings.Key, List<Integer>> e : lists.entrySet()) {
        g.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
      }
      groups = g;
    }
    return g;
  }

  /** The edited sheets, as the loader reads them ({@link ContentLoader#loadSheet(Path, Diagnostics, Edit)}). */
  public final class Edit {
    private final Map<NameSpellings.Key, int[]> before;
    private final Map<Integer, NameSpellings.Named> edited = new TreeMap<>();
    private final List<Sheet> sheets = new ArrayList<>();

    private Edit(Map<NameSpellings.Key, int[]> before) {
      this.before = before;
    }

    /**
     * Whether an edited sheet changed what the numbers shared depend on ({@code before}: the
     * content's sheets, oldest first): the sheets it links, whether it starts a new project, its
     * name or its department, as written (a warning quotes the earlier sheet's name and department).
     */
    private boolean regroups(List<Sheet> before) {
      for (Sheet s : sheets) {
        int at = Collections.binarySearch(before, s, Projects.OLDEST_FIRST);
        if (at < 0) {
          return true;
        }
        Sheet old = before.get(at);
        if (!old.related().equals(s.related()) || old.startsNewProject() != s.startsNewProject()
            || !old.title().equals(s.title()) || !old.organization().department().equals(s.organization().department())) {
          return true;
        }
      }
      return false;
    }

    /**
     * The numbers shared where the join may be wrong after the edit, worked out without every
     * sheet's projects where that is sure to give the same ({@code all}: the content's sheets
     * before the edit, oldest first); empty where only all the projects tell. An edit keeps every
     * sheet's id and year, so what a shared number says changes only with the links, newProject,
     * a name or a department; and while no related link names or leaves a sheet of the edited
     * sheets' numbers, before or after the edit, only links join numbers, so only those numbers'
     * findings change, and their sheets alone tell them. At 10,000 sheets an edit of a title
     * took 15–50 ms before its page for the projects of all.
     */
    private Optional<List<Projects.SharedNumber>> sharedAfter(List<Sheet> all) {
      if (!regroups(all)) {
        return Optional.of(shared(all));
      }
      Map<SheetRef, Sheet> edits = sheets.stream().collect(Collectors.toMap(Sheet::ref, s -> s, (a, b) -> b));
      Set<String> ids = edits.keySet().stream().map(SheetRef::id).collect(Collectors.toSet());
      List<Sheet> ofIds = new ArrayList<>();
      for (Sheet s : all) {
        Sheet now = edits.getOrDefault(s.ref(), s);
        boolean mine = ids.contains(s.id());
        if (mine && (!s.related().isEmpty() || !now.related().isEmpty())
            || !mine && s.related().stream().anyMatch(r -> ids.contains(r.id()))) {
          return Optional.empty();
        }
        if (mine) {
          ofIds.add(now);
        }
      }
      if (!ofIds.containsAll(edits.values())) {
        // A sheet the content does not have yet: every project may change.
        return Optional.empty();
      }
      List<Projects.SharedNumber> after = new ArrayList<>(shared(all));
      after.removeIf(n -> ids.contains(n.sheet().id()));
      after.addAll(Projects.of(ofIds).shared());
      // As Projects lists them: by the sheet that shares the number, oldest first.
      after.sort(Comparator.comparing(Projects.SharedNumber::sheet, SheetRef.OLDEST_FIRST));
      return Optional.of(List.copyOf(after));
    }

    void add(Sheet s, NameSpellings.Named n) {
      Integer at = position.get(s.ref());
      // A sheet that is new, or moved to another id, is rebuilt in full, which warns itself.
      if (at != null) {
        edited.put(at, n);
      }
      sheets.add(s);
    }

    /**
     * Warns what a full load of {@code content} with the edit would about the edited sheets
     * across sheets: every name spelt two ways in a group that one of them is in, their related
     * sheets that do not exist, and their departments without a slug in the site config (at the
     * department's first sheet, as a full load says it), and a number shared where the join may
     * be wrong where an edited sheet is one of the sheets named; returns the names after the edit.
     * Costs a look at the groups of the edited sheets, and at the projects of every sheet only when
     * an edit may change more than its own numbers' ({@link #sharedAfter}).
     */
    public SheetNames warn(Content content, Diagnostics d) {
      Map<SheetRef, Path> sources = content.sources();
      NameSpellings.Named[] after = named.clone();
      Map<NameSpellings.Key, int[]> groupsAfter = new HashMap<>(before);
      Set<NameSpellings.Key> touched = new LinkedHashSet<>();
      edited.forEach((at, n) -> {
        NameSpellings.keys(named[at], compared).forEach(k -> groupsAfter.computeIfPresent(k, (x, in) -> without(in, at)));
        after[at] = n;
        for (NameSpellings.Key k : NameSpellings.keys(n, compared)) {
          groupsAfter.merge(k, new int[] {at}, SheetNames::with);
          touched.add(k);
        }
      });
      for (NameSpellings.Key k : touched) {
        int[] in = groupsAfter.get(k);
        List<NameSpellings.Named> members = new ArrayList<>(in.length);
        for (int i : in) {
          members.add(after[i]);
        }
        NameSpellings.checkGroup(k, members, d);
      }
      sheets.forEach(s -> SheetChecks.warnRelatedMissing(s, sources, d));
      List<Projects.SharedNumber> sharedAfter = sharedAfter(content.sheets())
          .orElseGet(() -> Projects.of(content.withSheets(sheets.stream().collect(Collectors.toMap(Sheet::ref, s -> s))).sheets()).shared());
      SheetChecks.warnSharedNumbers(sharedAfter, sources, sheets.stream().map(Sheet::ref).collect(Collectors.toSet()), d);
      edited.values().stream().map(n -> n.org().department()).distinct()
          .filter(dept -> !content.site().departmentSlugs().containsKey(dept))
          .forEach(dept -> firstOf(dept, after, groupsAfter).ifPresent(n -> SheetChecks.warnNoSlug(dept, n.at().department(), d)));
      SheetNames next = new SheetNames(after, position, compared);
      groupsAfter.values().removeIf(in -> in.length == 0);
      next.groups = groupsAfter;
      next.shared = sharedAfter;
      return next;
    }
  }

  /** The department's first sheet, in the order of the files. */
  private Optional<NameSpellings.Named> firstOf(String dept, NameSpellings.Named[] all, Map<NameSpellings.Key, int[]> groups) {
    int[] alike = groups.get(new NameSpellings.Key(NameSpellings.Level.DEPARTMENT, compared.get(dept), null, null));
    return alike == null ? Optional.empty()
        : IntStream.of(alike).mapToObj(i -> all[i]).filter(n -> n.org().department().equals(dept)).findFirst();
  }

  private static int[] without(int[] in, int at) {
    return IntStream.of(in).filter(i -> i != at).toArray();
  }

  /** {@code in} with the places of {@code more} added, in order. */
  private static int[] with(int[] in, int[] more) {
    return IntStream.concat(IntStream.of(in), IntStream.of(more)).sorted().distinct().toArray();
  }
}
