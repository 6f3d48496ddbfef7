package kokai.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kokai.model.Direction;
import kokai.model.Organization;
import kokai.model.Page;
import kokai.model.Projects;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;

/**
 * Everything the pages need to know about each other, computed once from the loaded content and
 * never changed afterwards: page URLs, the groupings (部→課→係, fiscal year, SDG goal, direction),
 * totals, the same project in other fiscal years and previous/next navigation. Safe to share
 * between rendering threads.
 *
 * <pre>{@code
 * SiteIndex index = SiteIndex.build(config, sheets, pages);
 * String url = index.sheetUrl(sheet);               // "2022/088/"
 * Department d = index.requireDepartment(sheet);     // d.url() = "departments/policy-innovation/"
 * String link = Links.relative(url, d.url());        // "../../departments/policy-innovation/index.html"
 * }</pre>
 */
public final class SiteIndex {
  public static final String HOME = "";
  public static final String SEARCH = "search/";
  public static final String DEPARTMENTS = "departments/";
  public static final String NOT_FOUND = "404.html";
  /** Where the fiscal-year listings are: {@code years/2022/}. */
  private static final String YEARS = "years/";
  private static final Pattern SHEET_FOLDER = Pattern.compile("(\\d{4})/([^/]+)/");
  /** The folders of the listings, whose pages and anchors follow from which sheets there are. */
  public static final List<String> LISTING_FOLDERS = List.of(DEPARTMENTS, YEARS, "sdgs/", "directions/", "compare/");

  /**
   * Newest fiscal year first, then by id: the order of sheets in department lists, and of SDG and
   * direction groups (whose pages list one fiscal year each, see {@link YearGroup}).
   */
  static final Comparator<Sheet> NEWEST_FIRST = Projects.NEWEST_FIRST;

  private final SiteConfig config;
  /** Where this version of the site is in the output: "" for the site, {@code en/} for a language version the build makes beside it. */
  private final String folder;
  private final List<Sheet> sheets;
  private final List<Page> pages;
  /**
   * Where each sheet is in {@link #sheets}. An edit swaps sheets in place, so a patched index
   * shares it with the one it came from, as it does {@link #otherYears}.
   */
  private final Map<SheetRef, Integer> slots;
  private final List<YearGroup> years;
  private final Map<Integer, YearGroup> yearByNumber;
  private final List<Department> departments;
  private final Map<String, Department> departmentByName;
  private final List<SdgGroup> sdgs;
  private final Map<Integer, SdgGroup> sdgByGoal;
  private final List<DirectionGroup> directions;
  private final Map<String, DirectionGroup> directionByDecision;
  /** The slots of the same project's other sheets, oldest first, by sheet; none for a project of one sheet. */
  private final Map<SheetRef, int[]> otherYears;
  /** The ids of the sheets at either end of a related link. */
  private final Set<String> linkedIds;
  private final List<Totals> totals;
  /** Whether the build writes feed.xml ({@link #hasFeed}). */
  private final boolean feed;

  private SiteIndex(SiteConfig config, List<Sheet> sheets, List<Page> pages, String folder) {
    this.config = Objects.requireNonNull(config, "config");
    this.folder = Objects.requireNonNull(folder, "folder");
    this.sheets = sheets.stream()
        .sorted(Projects.OLDEST_FIRST).toList();
    this.pages = pages.stream().sorted(Comparator.comparing(Page::slug)).toList();
    Map<SheetRef, Integer> at = new HashMap<>();
    for (int i = 0; i < this.sheets.size(); i++) {
      at.put(this.sheets.get(i).ref(), i);
    }
    this.slots = Map.copyOf(at);
    this.years = Groups.byYear(YEARS, this.sheets);
    this.yearByNumber = byKey(years, YearGroup::fiscalYear);
    this.departments = new DepartmentGrouper(config.departmentSlugs()).group(this.sheets);
    this.departmentByName = byKey(departments, Department::name);
    this.sdgs = buildSdgs(this.sheets);
    this.sdgByGoal = byKey(sdgs, SdgGroup::goal);
    this.directions = buildDirections(this.sheets);
    this.directionByDecision = byKey(directions, DirectionGroup::decision);
    this.otherYears = new SameProject(this.sheets, slots).others;
    Set<String> linked = new HashSet<>();
    for (Sheet s : this.sheets) {
      if (!s.related().isEmpty()) {
        linked.add(s.id());
        s.related().forEach(r -> linked.add(r.id()));
      }
    }
    this.linkedIds = Set.copyOf(linked);
    this.totals = Groups.totalsPerYear(this.sheets);
    this.feed = feed(config, this.sheets);
  }

  /** The index after an edit, its parts taken from {@code patch} (see {@link SheetSwap}). */
  private SiteIndex(SiteIndex old, SheetSwap patch) {
    this.config = old.config;
    this.folder = old.folder;
    this.pages = old.pages;
    this.sheets = patch.list(old.sheets);
    this.slots = old.slots;
    this.years = patch.years(old.years);
    this.yearByNumber = byKey(years, YearGroup::fiscalYear);
    this.departments = patch.departments(old.departments);
    this.departmentByName = byKey(departments, Department::name);
    this.sdgs = patch.sdgs(old.sdgs);
    this.sdgByGoal = byKey(sdgs, SdgGroup::goal);
    this.directions = patch.directions(old.directions);
    this.directionByDecision = byKey(directions, DirectionGroup::decision);
    this.otherYears = old.otherYears;
    this.linkedIds = old.linkedIds;
    // A year's site-wide totals count that year's sheets only: its group's totals.
    Map<Integer, Totals> byYear = new HashMap<>();
    years.forEach(y -> byYear.put(y.fiscalYear(), y.totals()));
    this.totals = old.totals.stream().map(t -> byYear.getOrDefault(t.fiscalYear(), t)).toList();
    this.feed = feed(config, this.sheets);
  }

  /** Whether a sheet has a date for the feed: its update, or its publication ({@link Sheet#publishedOr}). */
  public static boolean dated(SiteConfig config, Sheet s) {
    return s.updated() != null || s.publishedOr(config.published()) != null;
  }

  /** The feed's rule: absolute addresses (a base URL) and at least one dated sheet. */
  private static boolean feed(SiteConfig config, List<Sheet> sheets) {
    return config.baseUrl() != null && sheets.stream().anyMatch(s -> dated(config, s));
  }

  /**
   * Whether the build writes {@code feed.xml}, for the pages' link to it: a base URL and a dated
   * sheet ({@link #dated}), a date that may come from the sheets alone.
   */
  public boolean hasFeed() {
    return feed;
  }

  /** The groups by their key, for lookups. */
  private static <K, V> Map<K, V> byKey(List<V> groups, Function<V, K> key) {
    Map<K, V> out = new HashMap<>();
    groups.forEach(g -> out.put(key.apply(g), g));
    return Map.copyOf(out);
  }

  /**
   * The index with existing sheets replaced by edited versions (same fiscal year and id). When no
   * edit changes what the sheet is grouped by (organisation, SDGs, direction, related sheets,
   * whether it starts a new project, and the name of a sheet whose number is at an end of a
   * related link) only
   * the groups that hold an edited sheet are made again, which at 10,000 sheets is a fraction of
   * {@link #build}; otherwise the index is built afresh.
   *
   * <pre>{@code
   * SiteIndex after = index.withSheets(List.of(editedSheet));
   * }</pre>
   */
  public SiteIndex withSheets(Collection<Sheet> edited) {
    SheetSwap patch = SheetSwap.of(r -> findSheet(r).orElse(null), edited, linkedIds::contains);
    if (!patch.keepsGroups()) {
      return new SiteIndex(config, patch.list(sheets), pages, folder);
    }
    return new SiteIndex(this, patch);
  }

  /** Builds the index; the lists are copied and sorted, the inputs are not changed. */
  public static SiteIndex build(SiteConfig config, List<Sheet> sheets, List<Page> pages) {
    return new SiteIndex(config, sheets, pages, "");
  }

  /**
   * The index of the version of a site that its build makes in the folder {@code folder}
   * ({@code en/}) of its output, in the language of {@code config}.
   */
  public static SiteIndex version(SiteConfig config, List<Sheet> sheets, List<Page> pages, String folder) {
    return new SiteIndex(config, sheets, pages, folder);
  }

  public SiteConfig config() {
    return config;
  }

  /** Where this version of the site is in the output: "" for the site itself, {@code en/} for a language version beside it. */
  public String folder() {
    return folder;
  }

  /** Every sheet, by fiscal year then id. */
  public List<Sheet> sheets() {
    return sheets;
  }

  public List<Page> pages() {
    return pages;
  }

  /** Fiscal years with sheets, newest first. */
  public List<YearGroup> years() {
    return years;
  }

  public List<Department> departments() {
    return departments;
  }

  /** SDG goals used by at least one sheet, in goal order. */
  public List<SdgGroup> sdgs() {
    return sdgs;
  }

  /** Directions used by at least one sheet: known ones in {@link Direction#KNOWN} order, then the others. */
  public List<DirectionGroup> directions() {
    return directions;
  }

  /** Site-wide totals per fiscal year, oldest first. */
  public List<Totals> totals() {
    return totals;
  }

  public Optional<Sheet> findSheet(SheetRef ref) {
    Integer at = slots.get(ref);
    return at == null ? Optional.empty() : Optional.of(sheets.get(at));
  }

  public String sheetUrl(Sheet s) {
    return sheetUrl(s.ref());
  }

  public String sheetUrl(SheetRef ref) {
    return ref.fiscalYear() + "/" + ref.id() + "/";
  }

  /** The sheet whose folder {@code path} is in ({@code 2022/088/index.html}, {@code 2022/088/sheet.json}), as {@link #sheetUrl} names it. */
  public static Optional<SheetRef> sheetAt(String path) {
    Matcher m = SHEET_FOLDER.matcher(path);
    return m.lookingAt() ? Optional.of(new SheetRef(Integer.parseInt(m.group(1)), m.group(2))) : Optional.empty();
  }

  public Department requireDepartment(Sheet s) {
    return requireDepartment(s.organization().department());
  }

  public Department requireDepartment(String name) {
    Department d = departmentByName.get(name);
    if (d == null) {
      throw new IllegalArgumentException("no sheet names the department " + name);
    }
    return d;
  }

  /** The department page with the division's anchor: {@code departments/x/#div-1a2b3c4d}. */
  public String divisionUrl(Organization o) {
    Department d = requireDepartment(o.department());
    Division v = d.findDivision(o.division()).orElseThrow();
    return d.url() + "#" + v.anchor();
  }

  /** The department page with the section's anchor. */
  public String sectionUrl(Organization o) {
    Department d = requireDepartment(o.department());
    Division v = d.findDivision(o.division()).orElseThrow();
    String section = o.section();
    Section s = v.sections().stream().filter(x -> Objects.equals(x.name(), section)).findFirst().orElseThrow();
    return d.url() + "#" + s.anchor();
  }

  public YearGroup requireYear(int fiscalYear) {
    YearGroup y = yearByNumber.get(fiscalYear);
    if (y == null) {
      throw new IllegalArgumentException("no sheet of fiscal year " + fiscalYear);
    }
    return y;
  }

  public String yearUrl(int fiscalYear) {
    return YEARS + fiscalYear + "/";
  }

  public String sdgUrl(int goal) {
    return "sdgs/" + goal + "/";
  }

  /** The page of an SDG goal some sheet serves. */
  public Optional<SdgGroup> findSdg(int goal) {
    return Optional.ofNullable(sdgByGoal.get(goal));
  }

  /** The direction page of a decision used by some sheet. */
  public Optional<DirectionGroup> findDirection(String decision) {
    return decision == null ? Optional.empty() : Optional.ofNullable(directionByDecision.get(decision.strip()));
  }

  public String pageUrl(Page p) {
    return "pages/" + p.slug() + "/";
  }

  /** The same project in other fiscal years (same id, unless a sheet says {@code newProject}, or linked by {@code related}), oldest first. */
  public List<Sheet> otherYears(Sheet s) {
    int[] at = otherYears.get(s.ref());
    if (at == null) {
      return List.of();
    }
    Sheet[] out = new Sheet[at.length];
    for (int i = 0; i < at.length; i++) {
      out[i] = sheets.get(at[i]);
    }
    return List.of(out);
  }

  /**
   * The page comparing the sheet's project across fiscal years, {@code compare/<fiscal year>/<id>/}
   * after its oldest sheet, as that sheet's own page is {@code <fiscal year>/<id>/}; empty for a
   * project of one sheet. Named by a sheet, not a number alone, the address never passes to another
   * project: when a number goes to a new project, or the site drops its oldest years, the address
   * of a comparison changes (a link to the old one finds nothing) rather than shows another project.
   */
  public Optional<String> compareUrl(Sheet s) {
    int[] at = otherYears.get(s.ref());
    if (at == null) {
      return Optional.empty();
    }
    Sheet first = sheets.get(at[0]);
    Sheet oldest = Projects.OLDEST_FIRST.compare(first, s) < 0 ? first : s;
    return Optional.of("compare/" + oldest.fiscalYear() + "/" + oldest.id() + "/");
  }

  /** The sheet before this one in its fiscal year's list. */
  public Optional<Sheet> previous(Sheet s) {
    return neighbour(s, -1);
  }

  /** The sheet after this one in its fiscal year's list. */
  public Optional<Sheet> next(Sheet s) {
    return neighbour(s, 1);
  }

  private Optional<Sheet> neighbour(Sheet s, int step) {
    List<Sheet> list = requireYear(s.fiscalYear()).sheets();
    int i = Collections.binarySearch(list, s, Comparator.comparing(Sheet::id, SheetRef.NUMBER_ORDER));
    int j = i + step;
    return i < 0 || j < 0 || j >= list.size() ? Optional.empty() : Optional.of(list.get(j));
  }

  private List<SdgGroup> buildSdgs(List<Sheet> sorted) {
    Map<Integer, List<Sheet>> by = new TreeMap<>();
    for (Sheet s : sorted) {
      s.sdgs().stream().distinct().forEach(g -> by.computeIfAbsent(g, k -> new ArrayList<>()).add(s));
    }
    List<SdgGroup> out = new ArrayList<>();
    by.forEach((g, list) -> out.add(new SdgGroup(g, sdgUrl(g), list.stream().sorted(NEWEST_FIRST).toList())));
    return List.copyOf(out);
  }

  private List<DirectionGroup> buildDirections(List<Sheet> sorted) {
    Map<String, List<Sheet>> by = new LinkedHashMap<>();
    Direction.KNOWN.forEach(k -> by.put(k, new ArrayList<>()));
    Map<String, List<Sheet>> unknown = new TreeMap<>();
    for (Sheet s : sorted) {
      String key = s.direction() == null ? null : s.direction().decision();
      if (key == null) {
        continue;
      }
      (by.containsKey(key) ? by : unknown).computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    by.putAll(unknown);
    List<DirectionGroup> out = new ArrayList<>();
    by.forEach((decision, list) -> {
      if (!list.isEmpty()) {
        String slug = SiteSlugs.direction(decision);
        out.add(new DirectionGroup(decision, slug, "directions/" + slug + "/", list.stream().sorted(NEWEST_FIRST).toList()));
      }
    });
    return List.copyOf(out);
  }
}
