package kokai.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import kokai.model.CostYear;
import kokai.model.Indicator;
import kokai.model.Page;
import kokai.model.Sheet;
import kokai.render.text.JapaneseRuns;
import kokai.site.DirectionGroup;
import kokai.site.OutputSink;
import kokai.site.SdgGroup;
import kokai.site.SiteIndex;
import kokai.site.YearGroup;

/** Makes the page records of a site: one per sheet, and the listings, home and free pages. */
final class PageFactory {
  private final SiteIndex index;
  private final Messages msg;
  private final Formats fmt;
  private final Markdown markdown;
  private final OpenData open;

  PageFactory(SiteIndex index, Messages msg, Formats fmt, OutputSink sink) {
    this.index = index;
    this.msg = msg;
    this.fmt = fmt;
    this.open = new OpenData(index, sink, msg);
    this.markdown = new Markdown(index.config().baseUrl());
  }

  Pages.SheetPage sheet(Sheet s) {
    List<Pages.CostColumn> costs = new ArrayList<>();
    for (CostYear c : s.costs().stream().sorted(Comparator.comparingInt(CostYear::fiscalYear)).toList()) {
      // A settled year's total against a next year's budget would read as growth that is only the
      // difference between a plan and an outcome: the change is shown only between totals of one kind.
      Long previous = s.findCost(c.fiscalYear() - 1)
          .filter(p -> (p.settlement() != null) == (c.settlement() != null))
          .map(CostYear::totalCost).orElse(null);
      costs.add(new Pages.CostColumn(c, c.totalCost(), previous));
    }
    // The loader refuses the form's empty indicator blocks; kept off the page should one come another way.
    List<Indicator> shown = s.indicators().stream().filter(i -> !i.isPlaceholder()).toList();
    TreeSet<Integer> years = new TreeSet<>();
    shown.forEach(i -> i.values().forEach(v -> years.add(v.fiscalYear())));
    return new Pages.SheetPage(s, index.sheetUrl(s), index.requireDepartment(s), costs, shown, List.copyOf(years),
        index.otherYears(s), index.previous(s).orElse(null), index.next(s).orElse(null), open.sheet(s, shown),
        s.publishedOr(index.config().published()));
  }

  /**
   * A page to render whose URL, and whether the sitemap lists it, are known before its model is
   * made; the model is made by the thread that renders it and dropped with the page.
   */
  record Planned(String url, boolean listed, Supplier<PageModel> model) {
    static Planned of(PageModel page) {
      return new Planned(page.url(), page.listed(), () -> page);
    }
  }

  /** Every page other than the sheets, in a fixed order. */
  List<Planned> others() {
    return others(url -> true, index.sheets());
  }

  /**
   * The pages other than the sheets whose URL {@code wanted} accepts, and the comparison pages of
   * the projects of the {@code compared} sheets; only those are made, as making a comparison or a
   * chart is not free.
   */
  List<Planned> others(Predicate<String> wanted, List<Sheet> compared) {
    List<Planned> out = new ArrayList<>();
    add(out, wanted, SiteIndex.HOME, () -> new Pages.HomePage(SiteIndex.HOME, index.config().title()));
    add(out, wanted, SiteIndex.DEPARTMENTS,
        () -> new Pages.DepartmentsPage(index.departments(), SiteIndex.DEPARTMENTS, msg.get("departments.title")));
    index.departments().forEach(d -> add(out, wanted, d.url(),
        () -> new Pages.DepartmentPage(d, d.url(), open.department(d).orElse(null))));
    for (YearGroup y : index.years()) {
      add(out, wanted, y.url(), () -> new Pages.YearPage(y, y.url(), msg.get("year.title", fmt.yearShort(y.fiscalYear()))));
    }
    for (SdgGroup g : index.sdgs()) {
      String title = msg.get("sdg.title", g.goal(), fmt.sdg(g.goal()));
      add(out, wanted, g.url(), () -> new Pages.SdgPage(g, g.url(), title));
      g.years().forEach(y -> add(out, wanted, y.url(), () -> new Pages.SdgYearPage(g, y, y.url(),
          msg.get("sdg.yearTitle", g.goal(), fmt.sdg(g.goal()), fmt.yearShort(y.fiscalYear())), title)));
    }
    for (DirectionGroup d : index.directions()) {
      String title = msg.get("direction.title", fmt.directionText(d.decision()));
      add(out, wanted, d.url(), () -> new Pages.DirectionPage(d, d.url(), title));
      d.years().forEach(y -> add(out, wanted, y.url(), () -> new Pages.DirectionYearPage(d, y, y.url(),
          msg.get("direction.yearTitle", fmt.directionText(d.decision()), fmt.yearShort(y.fiscalYear())), title)));
    }
    for (Page p : index.pages()) {
      String url = index.pageUrl(p);
      add(out, wanted, url, () -> {
        boolean japanese = JapaneseRuns.mostlyJapanese(p.markdown());
        // The § links' words for screen readers are the interface's, inside Japanese prose.
        String labelLang = japanese && !index.config().language().equals("ja") ? index.config().language() : null;
        return new Pages.MarkdownPage(p, url, markdown.toHtml(Markdown.withoutTitle(p.markdown()), url,
            title -> msg.get("common.linkTo", title), labelLang), japanese);
      });
    }
    out.addAll(open.comparePages(compared));
    add(out, wanted, DataPage.URL, () -> open.dataPage(msg.get("data.title")));
    add(out, wanted, SiteIndex.SEARCH, () -> new Pages.SearchPage(SiteIndex.SEARCH, msg.get("search.title")));
    add(out, wanted, SiteIndex.NOT_FOUND, () -> new Pages.NotFoundPage(SiteIndex.NOT_FOUND, msg.get("notfound.title")));
    return out;
  }

  private static void add(List<Planned> out, Predicate<String> wanted, String url, Supplier<PageModel> page) {
    if (wanted.test(url)) {
      out.add(Planned.of(page.get()));
    }
  }

}
