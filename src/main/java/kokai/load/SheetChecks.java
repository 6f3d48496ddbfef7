package kokai.load;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.TreeSet;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.diag.Suggestions;
import kokai.model.CostYear;
import kokai.model.Direction;
import kokai.model.Indicator;
import kokai.model.IndicatorValue;
import kokai.model.Projects;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;

/**
 * Checks that need a whole sheet, or all of them: duplicated years are errors; figures that do
 * not agree are warnings, for staff to look at before publishing.
 */
final class SheetChecks {

  /** The most indicators a sheet form has room for. */
  static final int MAX_INDICATORS = 5;

  void checkSheet(Sheet s, Path file, Node tree, Diagnostics d) {
    if (s.published() != null && s.updated() != null && s.updated().isBefore(s.published())) {
      d.warning(at(file, tree, "updated"), "updated",
          "the sheet is updated " + s.updated() + ", before it is published " + s.published()
              + " (the citation would say so)",
          "check both dates: published is the day the sheet first came out, updated a later day");
    }
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < s.costs().size(); i++) {
      CostYear c = s.costs().get(i);
      String field = "costs[" + i + "]";
      if (!years.add(c.fiscalYear())) {
        d.error(at(file, tree, "costs", i, "fiscalYear"), field + ".fiscalYear",
            "fiscal year " + c.fiscalYear() + " appears twice in the cost table", "keep one column per fiscal year");
      }
      if (c.settlement() != null && c.fiscalYear() > s.fiscalYear()) {
        d.warning(at(file, tree, "costs", i, "settlement"), field + ".settlement",
            "a settlement for " + c.fiscalYear() + ", after the sheet's fiscal year " + s.fiscalYear(),
            "a future year's settlement is not known yet: write null (the printed sheet shows 0)");
      }
      if (c.funding() != null && c.settlement() != null && c.funding().complete()
          && !c.funding().total().equals(c.settlement())) {
        d.warning(at(file, tree, "costs", i, "funding"), field + ".funding",
            "the funding breakdown adds up to " + c.funding().total() + " but the settlement is " + c.settlement(),
            "check the three funding figures against the settlement");
      }
      if (c.personnel() != null) {
        // Kept as written (an imported ▲ is a minus), and said: staff or hours below nothing are most likely a slip.
        belowNothing(c.personnel().regularStaff(), "regularStaff", "staff", file, tree, i, d);
        belowNothing(c.personnel().overtimeHours(), "overtimeHours", "overtime hours", file, tree, i, d);
      }
    }
    for (int i = 0; i < s.indicators().size(); i++) {
      checkIndicator(s, s.indicators().get(i), i, file, tree, d);
    }
    if (s.indicators().size() > MAX_INDICATORS) {
      d.warning(at(file, tree, "indicators", MAX_INDICATORS), "indicators[" + MAX_INDICATORS + "]",
          s.indicators().size() + " indicators; the sheet form has room for " + MAX_INDICATORS,
          "check that no indicator is given twice");
    }
    // As written: the sheet lists each goal once.
    List<Node> written = FieldPath.of("sdgs").reached(tree) instanceof Node.ListNode l && l != tree ? l.items() : List.of();
    Set<BigDecimal> goals = new HashSet<>();
    for (int i = 0; i < written.size(); i++) {
      BigDecimal goal = written.get(i) instanceof Node.ScalarNode g ? figure(g.text()) : null;
      if (goal != null && !goals.add(goal)) {
        d.warning(at(file, tree, "sdgs", i), "sdgs[" + i + "]", "SDG goal " + goal.toPlainString() + " is listed twice",
            "remove the repeated goal");
      }
    }
    if (s.direction() != null && s.direction().decision() != null && !Direction.KNOWN.contains(s.direction().decision())) {
      d.warning(at(file, tree, "direction", "decision"), "direction.decision",
          "unusual direction \"" + s.direction().decision() + "\"",
          Suggestions.closest(s.direction().decision(), Direction.KNOWN).map(k -> "did you mean " + k + "? ").orElse("")
              + "the usual ones are " + String.join("、", Direction.KNOWN) + "; listings group sheets by this text");
    }
  }

  private void checkIndicator(Sheet s, Indicator ind, int i, Path file, Node tree, Diagnostics d) {
    String field = "indicators[" + i + "]";
    if (ind.isPlaceholder()) {
      d.error(at(file, tree, "indicators", i, "name"), field + ".name",
          "indicator \"" + ind.name() + "\" is one of the printed form's empty indicator blocks (no name, every figure 0)",
          "remove it from indicators: the page, the search and the data files would count it as an indicator");
      return;
    }
    Set<Integer> years = new HashSet<>();
    boolean anyKnown = false;
    for (int j = 0; j < ind.values().size(); j++) {
      IndicatorValue v = ind.values().get(j);
      if (!years.add(v.fiscalYear())) {
        d.error(at(file, tree, "indicators", i, "values", j, "fiscalYear"), field + ".values[" + j + "].fiscalYear",
            "fiscal year " + v.fiscalYear() + " appears twice in indicator \"" + ind.name() + "\"",
            "keep one entry per fiscal year");
      }
      anyKnown |= v.target() != null || v.actual() != null;
      if (v.actual() != null && v.fiscalYear() > s.fiscalYear()) {
        d.warning(at(file, tree, "indicators", i, "values", j, "actual"), field + ".values[" + j + "].actual",
            "an actual for " + v.fiscalYear() + ", after the sheet's fiscal year " + s.fiscalYear(),
            "a future year's actual is not known yet: write null");
      }
      if (v.target() != null && v.actual() == null && v.fiscalYear() <= s.fiscalYear()) {
        d.warning(at(file, tree, "indicators", i, "values", j), field + ".values[" + j + "]",
            "indicator \"" + ind.name() + "\" has a target but no actual for " + v.fiscalYear(),
            "add the actual for that past year");
      }
    }
    if (!anyKnown) {
      d.warning(at(file, tree, "indicators", i), field,
          "indicator \"" + ind.name() + "\" has no targets or actuals", "add its figures or remove the indicator");
    }
  }

  /** Said once per department, at its first sheet's organization.department. */
  static void warnNoSlug(String dept, SourceLocation firstSheet, Diagnostics d) {
    d.warning(firstSheet, "organization.department",
        "the department \"" + dept + "\" has no slug in the site config, so its URL uses a generated name",
        "add it under departmentSlugs in site.yaml, as \"" + dept + ": \" and a name of lower-case letters, digits "
            + "and hyphens (e.g. general-affairs), before the site is published: its pages' addresses change with it");
  }

  /** Warns, at its place in the sheet's file, about each of its related sheets that {@code sources} does not hold. */
  static void warnRelatedMissing(Sheet s, Map<SheetRef, Path> sources, Diagnostics d) {
    Path file = sources.get(s.ref());
    IntFunction<SourceLocation> relatedAt = relatedPlaces(file);
    for (int i = 0; i < s.related().size(); i++) {
      SheetRef r = s.related().get(i);
      String field = "related[" + i + "]";
      if (r.equals(s.ref())) {
        d.warning(relatedAt.apply(i), field, "the sheet names itself as related",
            "name the sheet of another fiscal year that it continues, or take this one out");
      } else if (r.fiscalYear() == s.fiscalYear()) {
        d.warning(relatedAt.apply(i), field, "the related sheet " + r + " is of the same fiscal year,"
            + " and a related sheet is one of another year that this one continues or is continued by", "take it out of related");
      } else if (!sources.containsKey(r) && !PageChecks.hasFile(file.getParent().getParent(), r)) {
        // A file with errors is not loaded, and said at itself: it is there once mended.
        d.warning(relatedAt.apply(i), field, "the related sheet " + r + " does not exist", "check its fiscal year and id");
      }
    }
  }

  /** A figure as written ({@code 3}, {@code 03}, {@code 3.0} are one), or null when the text is none. */
  private static BigDecimal figure(String text) {
    try {
      return new BigDecimal(text.strip()).stripTrailingZeros();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Where the sheet's file writes its related sheet number {@code i} (the file when it cannot be
   * read): the file is read again once, at the first warning about it.
   */
  private static IntFunction<SourceLocation> relatedPlaces(Path file) {
    return new IntFunction<>() {
      private Optional<Node> tree;

      @Override
      public SourceLocation apply(int i) {
        if (tree == null) {
          tree = TreeReader.readAgain(file);
        }
        return tree.map(t -> at(file, t, "related", i)).orElse(SourceLocation.of(file));
      }
    };
  }

  /**
   * Warns, at the sheet's id, about each number shared where the join may be wrong: a sheet that
   * has the number of a sheet of an earlier year which another sheet of its year continues by a
   * related link (a number given to a new project while the old one goes on under another, or a
   * wrong {@code related}), and a sheet that continues a sheet of its number whose name and
   * department both differ (a number given to a new project, not said); {@code only}: about these
   * sheets and those they share a number with alone, or about all when null.
   */
  static void warnSharedNumbers(List<Projects.SharedNumber> shared, Map<SheetRef, Path> sources, Set<SheetRef> only, Diagnostics d) {
    for (Projects.SharedNumber n : shared) {
      if (only != null && !n.names(only)) {
        continue;
      }
      Path file = sources.get(n.sheet());
      Optional<Node> tree = TreeReader.readAgain(file);
      SourceLocation idAt = tree.map(t -> at(file, t, "id")).orElse(SourceLocation.of(file));
      // Written as the file's own format writes it, for staff to copy.
      boolean yaml = TreeReader.isYaml(file);
      String startsNew = "write " + TreeReader.asWritten(yaml, "newProject: true") + " in this sheet";
      if (n instanceof Projects.NeedlessStart || n instanceof Projects.OverruledStart) {
        warnStart(n, tree.map(t -> at(file, t, "newProject")).orElse(SourceLocation.of(file)), yaml, sources, d);
      } else if (n instanceof Projects.Refusal r) {
        d.warning(idAt, "id", "this sheet has the number of " + r.sameId() + ", which " + r.sameYear()
                + " of the same fiscal year continues (related), so it is shown and compared as another project",
            "if the number was given to a new project, this is right: " + startsNew + " to say so; if this sheet continues "
                + r.sameId() + ", correct the related sheets of " + r.sameYear());
      } else if (n instanceof Projects.Unlike u) {
        SheetRef same = u.sameId();
        String related = TreeReader.asWritten(yaml, "related: [" + TreeReader.relatedEntry(same.fiscalYear(), same.id()) + "]");
        d.warning(idAt, "id", "this sheet has the number of " + same + " (" + u.sameIdTitle() + ", " + u.sameIdDepartment()
                + ") and is shown and compared as the same project, though its name and its department both differ",
            "if the number was given to a new project, " + startsNew + "; if it is one project renamed and moved, name "
                + same + " in its related sheets: " + related);
      }
    }
  }

  /**
   * Warns, at the sheet's newProject ({@code at}), that it says nothing (no earlier sheet has the
   * number) or that a related link overrules it, with the fixes as the files' own formats write them.
   */
  private static void warnStart(Projects.SharedNumber n, SourceLocation at, boolean yaml, Map<SheetRef, Path> sources, Diagnostics d) {
    String field = TreeReader.asWritten(yaml, "newProject: true");
    if (n instanceof Projects.OverruledStart o) {
      SheetRef linked = o.linkHere() ? o.sameId() : o.sheet();
      // The link as the file that holds it writes it.
      Path holder = o.linkHere() ? sources.get(o.sheet()) : sources.get(o.sameId());
      String link = TreeReader.asWritten(holder == null || TreeReader.isYaml(holder),
          TreeReader.relatedEntry(linked.fiscalYear(), linked.id()));
      d.warning(at, "newProject", "this sheet says it starts a new project, but "
              + (o.linkHere() ? "names " + o.sameId() + ", the earlier sheet of its number, in related"
                  : o.sameId() + ", the earlier sheet of its number, names it in related")
              + ": the link wins, and the two are shown and compared as one project",
          "if it starts a new project, take " + link + " out of " + (o.linkHere() ? "related" : "the related sheets of " + o.sameId())
              + "; if it continues " + o.sameId() + ", take " + field + " out");
    } else {
      d.warning(at, "newProject", "no earlier sheet has the number " + n.sheet().id()
          + ", so this sheet starts a project of its own without saying so", "take " + field + " out");
    }
  }

  /**
   * Warns about departments with no slug (when {@code slugsRead}: not when site.yaml could not be
   * read) at the first sheet's organization.department ({@code departmentAt}, by the sheet's place
   * in {@code sheets}), missing related sheets and numbers shared where the join may be wrong.
   */
  void checkAcrossSheets(SiteConfig site, boolean slugsRead, List<Sheet> sheets, Map<SheetRef, Path> sources,
      IntFunction<SourceLocation> departmentAt, List<Projects.SharedNumber> shared, Diagnostics d) {
    Set<String> warned = new HashSet<>();
    for (int i = 0; i < sheets.size(); i++) {
      Sheet s = sheets.get(i);
      String dept = s.organization().department();
      if (slugsRead && !site.departmentSlugs().containsKey(dept) && warned.add(dept)) {
        warnNoSlug(dept, departmentAt.apply(i), d);
      }
      warnRelatedMissing(s, sources, d);
    }
    warnSharedNumbers(shared, sources, null, d);
  }

  /**
   * A slug for a department no sheet names, while a department of the sheets has none, is most
   * likely that department's name misspelt: its pages would get a generated name instead.
   */
  void checkSlugsUsed(Path siteFile, Node siteTree, SiteConfig site, List<Sheet> sheets, Diagnostics d) {
    Set<String> named = new TreeSet<>();
    sheets.forEach(s -> named.add(s.organization().department()));
    List<String> without = named.stream().filter(n -> !site.departmentSlugs().containsKey(n)).toList();
    if (without.isEmpty()) {
      return;
    }
    for (String key : site.departmentSlugs().keySet()) {
      if (!named.contains(key)) {
        d.warning(slugAt(siteFile, siteTree, key), "departmentSlugs." + key, "no sheet has the department \"" + key + "\"",
            "check the name: " + String.join(", ", without) + (without.size() == 1 ? " has" : " have")
                + " no slug; the name must be written as in the sheets' organization.department");
      }
    }
  }

  /** Says, at its place, a staff count or hours figure below zero, which is kept as written. */
  private static void belowNothing(BigDecimal figure, String name, String what, Path file, Node tree, int year, Diagnostics d) {
    if (figure != null && figure.signum() < 0) {
      d.warning(at(file, tree, "costs", year, "personnel", name), "costs[" + year + "].personnel." + name,
          figure.toPlainString() + " " + what + " is below nothing, and is published so",
          "check the figure: " + what + " are counted from 0");
    }
  }

  /**
   * Two departments given one slug: the site keeps them apart by numbering the second
   * ({@code citizens-2}), but which one is second follows the sheets, so an address could move
   * from one department to the other in a later year. Checked on the config alone.
   */
  void checkSlugsDistinct(Path siteFile, Node siteTree, SiteConfig site, Diagnostics d) {
    // Blanks around a department's name are not part of it: '総務部 ' and 総務部 are one department.
    Set<String> named = new HashSet<>();
    slugEntries(siteTree).forEach((written, at) -> {
      if (!named.add(written.strip())) {
        d.error(new SourceLocation(siteFile, at.line(), at.column()), "departmentSlugs." + written.strip(),
            "the department " + written.strip() + " is given a slug twice (blanks around a name are not part of it)",
            "keep one of the two");
      }
    });
    // The slugs come in the order the file gives them, so the first of a group is the one that keeps its slug.
    // Apart only in capitals they are one folder on a Windows or macOS server too.
    Map<String, List<String>> bySlug = new HashMap<>();
    site.departmentSlugs().forEach((dept, slug) -> bySlug.computeIfAbsent(slug.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(dept));
    for (Map.Entry<String, List<String>> e : bySlug.entrySet()) {
      List<String> depts = e.getValue();
      String first = site.departmentSlugs().get(depts.get(0));
      for (String dept : depts.subList(1, depts.size())) {
        String slug = site.departmentSlugs().get(dept);
        d.error(slugAt(siteFile, siteTree, dept), "departmentSlugs." + dept, (slug.equals(first)
            ? "the slug \"" + slug + "\" is also given to " + depts.get(0)
            : "the slug \"" + slug + "\" differs only in capitals from \"" + first + "\", given to " + depts.get(0)),
            "give each department its own slug: two departments cannot share the address departments/" + first + "/");
      }
    }
  }

  /**
   * Where a department's name is written under departmentSlugs in the site config, blanks around it
   * or not; the map (or the file) when it is not.
   */
  private static SourceLocation slugAt(Path file, Node tree, String dept) {
    Optional<Node.Entry> slugs = slugsEntry(tree);
    return slugEntries(tree).values().stream().filter(e -> e.key().strip().equals(dept)).findFirst().or(() -> slugs)
        .map(e -> new SourceLocation(file, e.line(), e.column())).orElse(SourceLocation.of(file));
  }

  /** The departmentSlugs of the site config as written, each name with the entry it is written at. */
  private static Map<String, Node.Entry> slugEntries(Node tree) {
    return slugsEntry(tree).map(Node.Entry::value).filter(Node.MapNode.class::isInstance)
        .map(m -> ((Node.MapNode) m).entries()).orElse(Map.of());
  }

  /** Where the site config writes departmentSlugs, if it does. */
  private static Optional<Node.Entry> slugsEntry(Node tree) {
    return Optional.ofNullable(tree instanceof Node.MapNode root ? root.entries().get("departmentSlugs") : null);
  }

  /** Where the value at {@code path} (keys and list indexes) is written; the nearest existing parent when it is not. */
  static SourceLocation at(Path file, Node tree, Object... path) {
    Node n = FieldPath.of(path).reached(tree);
    return new SourceLocation(file, n.line(), n.column());
  }
}
