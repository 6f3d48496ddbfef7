package kokai.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import kokai.model.RecordShape;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.site.DirectionGroup;
import kokai.site.SdgGroup;
import kokai.site.SiteIndex;

/**
 * The pages an edit of existing sheets shows on, worked out from the site index before and after
 * it: the edited sheets, the sheets whose pages name them (the same project's other years, and the
 * neighbours in the fiscal year's list when the title changed), the listings that hold them before or after (department,
 * fiscal year, the SDG goals' and the direction's overviews and their pages of the sheet's year) and the pages that summarise every group (home, departments,
 * search). The comparison pages to make again are those of the edited sheets' projects. With
 * kokai's own templates a listing or another year's page shows a sheet's {@link #ON_LISTINGS} fields
 * only, and another year's page links it by its title: an edit of what only the sheet's own page
 * shows (its purpose, an indicator) renders neither. The overviews and the pages that summarise
 * every group show its {@link #ON_SUMMARIES} fields only: an edit of its title alone renders the
 * listings that show its row, not those.
 *
 * @param sheets sheets whose pages are rendered again
 * @param listings URLs of the other pages rendered again
 */
record EditScope(Set<SheetRef> sheets, Set<String> listings) {
  EditScope {
    sheets = Set.copyOf(sheets);
    listings = Set.copyOf(listings);
  }

  /**
   * The fields of a sheet that kokai's listings (department, fiscal year, SDG and direction pages,
   * home, departments, search) show or group and sum it by: every other field is shown on the
   * sheet's own page and its project's comparison page only. {@code EditScopeTest} renders every
   * listing with the other fields taken away and finds them unchanged.
   */
  static final Set<String> ON_LISTINGS = Set.of("fiscalYear", "id", "title", "organization", "sdgs", "costs",
      "evaluation", "direction", "related");

  /**
   * The fields of a sheet that kokai's summaries (home, departments, search, the SDG goals' and the
   * directions' overviews) show or group and sum it by: those of the listings but its title, as a
   * summary counts and sums sheets and lists none. A title edit so renders the listings that show
   * its row, not the summaries. {@code EditScopeTest} renders every summary with other titles
   * and finds it unchanged.
   */
  static final Set<String> ON_SUMMARIES = ON_LISTINGS.stream().filter(f -> !f.equals("title"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The pages an edit shows on, as a theme with templates of its own may show them: every listing of the edited sheets. */
  static EditScope of(SiteIndex before, SiteIndex after, Collection<SheetRef> edited) {
    return of(before, after, edited, true);
  }

  /**
   * The pages an edit shows on; {@code ownTemplates}: the theme has templates of its own, which may
   * show any field of a sheet on its listings and on its project's other years' pages.
   */
  static EditScope of(SiteIndex before, SiteIndex after, Collection<SheetRef> edited, boolean ownTemplates) {
    Set<SheetRef> sheets = new HashSet<>(edited);
    Set<String> listings = new TreeSet<>();
    for (SheetRef ref : edited) {
      Sheet was = before.findSheet(ref).orElseThrow();
      Sheet is = after.findSheet(ref).orElseThrow();
      // The neighbours' pages, and those of the project's other years, show the sheet's number and title only (the link to it).
      boolean retitled = !Objects.equals(was.title(), is.title());
      boolean listed = ownTemplates || !alike(was, is, ON_LISTINGS);
      boolean summed = ownTemplates || !alike(was, is, ON_SUMMARIES);
      if (summed) {
        listings.addAll(List.of(SiteIndex.HOME, SiteIndex.DEPARTMENTS, SiteIndex.SEARCH));
      }
      for (SiteIndex ix : List.of(before, after)) {
        Sheet s = ix.findSheet(ref).orElseThrow();
        if (retitled || ownTemplates) {
          ix.otherYears(s).forEach(o -> sheets.add(o.ref()));
        }
        if (retitled) {
          ix.previous(s).ifPresent(o -> sheets.add(o.ref()));
          ix.next(s).ifPresent(o -> sheets.add(o.ref()));
        }
        if (!listed) {
          continue;
        }
        listings.add(ix.requireDepartment(s).url());
        listings.add(ix.requireYear(s.fiscalYear()).url());
        // A group's overview shows its totals per year; the page of the sheet's year lists its row.
        s.sdgs().forEach(g -> ix.findSdg(g).ifPresent(x -> {
          if (summed) {
            listings.add(x.url());
          }
          x.findYear(s.fiscalYear()).ifPresent(y -> listings.add(y.url()));
        }));
        ix.findDirection(s.direction() == null ? null : s.direction().decision()).ifPresent(d -> {
          if (summed) {
            listings.add(d.url());
          }
          d.findYear(s.fiscalYear()).ifPresent(y -> listings.add(y.url()));
        });
      }
    }
    return new EditScope(sheets, listings);
  }

  /** Whether the two versions of a sheet have the same {@code fields}. */
  private static boolean alike(Sheet a, Sheet b, Set<String> fields) {
    for (RecordShape.Component c : RecordShape.of(Sheet.class).components()) {
      if (fields.contains(c.name()) && !Objects.equals(c.read(a), c.read(b))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every page of the site keeps its URL: the same departments under the same slugs, the
   * same fiscal years, SDG goals and directions each with the same fiscal years, and the same
   * projects. Otherwise pages appear, vanish or move, and only a full build gets the site right.
   */
  static boolean samePages(SiteIndex before, SiteIndex after, Collection<SheetRef> edited) {
    // Every page's head links feed.xml while there is one: a first date given, or the last taken away.
    return before.hasFeed() == after.hasFeed()
        && before.departments().stream().map(d -> d.name() + "\u0000" + d.url()).toList()
            .equals(after.departments().stream().map(d -> d.name() + "\u0000" + d.url()).toList())
        && before.years().stream().map(y -> y.url()).toList().equals(after.years().stream().map(y -> y.url()).toList())
        && groupPages(before).equals(groupPages(after))
        && edited.stream().allMatch(r -> refs(before, r).equals(refs(after, r)));
  }

  /** The URLs of the SDG and direction pages: each group's overview followed by its year pages. */
  private static List<String> groupPages(SiteIndex ix) {
    List<String> out = new ArrayList<>();
    for (SdgGroup g : ix.sdgs()) {
      out.add(g.url());
      g.years().forEach(y -> out.add(y.url()));
    }
    for (DirectionGroup d : ix.directions()) {
      out.add(d.url());
      d.years().forEach(y -> out.add(y.url()));
    }
    return out;
  }

  private static Set<SheetRef> refs(SiteIndex ix, SheetRef ref) {
    Set<SheetRef> out = new HashSet<>();
    ix.otherYears(ix.findSheet(ref).orElseThrow()).forEach(s -> out.add(s.ref()));
    return out;
  }
}
