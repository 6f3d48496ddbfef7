package kokai.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * search). The comparison pages to make again are those of the edited sheets' projects.
 *
 * @param sheets sheets whose pages are rendered again
 * @param listings URLs of the other pages rendered again
 */
record EditScope(Set<SheetRef> sheets, Set<String> listings) {
  EditScope {
    sheets = Set.copyOf(sheets);
    listings = Set.copyOf(listings);
  }

  static EditScope of(SiteIndex before, SiteIndex after, Collection<SheetRef> edited) {
    Set<SheetRef> sheets = new HashSet<>(edited);
    Set<String> listings = new TreeSet<>(List.of(SiteIndex.HOME, SiteIndex.DEPARTMENTS, SiteIndex.SEARCH));
    for (SheetRef ref : edited) {
      // The neighbours' pages show the sheet's number and title only (the link to it).
      boolean retitled = !java.util.Objects.equals(before.findSheet(ref).orElseThrow().title(),
          after.findSheet(ref).orElseThrow().title());
      for (SiteIndex ix : List.of(before, after)) {
        Sheet s = ix.findSheet(ref).orElseThrow();
        ix.otherYears(s).forEach(o -> sheets.add(o.ref()));
        if (retitled) {
          ix.previous(s).ifPresent(o -> sheets.add(o.ref()));
          ix.next(s).ifPresent(o -> sheets.add(o.ref()));
        }
        listings.add(ix.requireDepartment(s).url());
        listings.add(ix.requireYear(s.fiscalYear()).url());
        // A group's overview shows its totals per year; the page of the sheet's year lists its row.
        s.sdgs().forEach(g -> ix.findSdg(g).ifPresent(x -> {
          listings.add(x.url());
          x.findYear(s.fiscalYear()).ifPresent(y -> listings.add(y.url()));
        }));
        ix.findDirection(s.direction() == null ? null : s.direction().decision()).ifPresent(d -> {
          listings.add(d.url());
          d.findYear(s.fiscalYear()).ifPresent(y -> listings.add(y.url()));
        });
      }
    }
    return new EditScope(sheets, listings);
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
