package kokai.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.publish.LinkChecker;
import kokai.render.RenderResult;
import kokai.render.SiteRenderer;
import kokai.render.data.DataFiles;
import kokai.site.Links;
import kokai.site.OutputSink;
import kokai.site.SiteIndex;

/**
 * What a quick {@code check} renders when every template is kokai's own. Those templates are
 * rendered over every kind of content by kokai's tests, and every link they make comes from the
 * site index, so the content can break a page only through what staff write into it as it is:
 * the Markdown pages. A quick check renders those, the pages they link into with a
 * {@code #fragment} (whose ids the link check needs) and the first sheet's page (the site's
 * first page in path order, with the sheet's template), and copies the theme's assets, whose
 * stylesheets the link check reads; every other page, and every sheet's data files, is only noted
 * by name, so that links to it count as good, as they are. A theme with templates of its own has
 * every page rendered instead.
 */
final class CheckRendering {
  private CheckRendering() {}

  /**
   * Renders into {@code checked} and writes the names of the rest into {@code names}; for a
   * language version ({@code index.folder()}, {@code en/}) both take paths inside its folder.
   */
  static RenderResult render(SiteRenderer renderer, SiteIndex index, OutputSink checked, OutputSink names, LinkChecker links) {
    Sheet first = index.sheets().isEmpty() ? null : index.sheets().get(0);
    Set<String> markdown = new HashSet<>();
    index.pages().forEach(p -> markdown.add(index.pageUrl(p)));
    RenderResult most = renderer.render(index, checked, s -> s == first, markdown::contains);
    // The pages asked for by path in the output, as the link check has them.
    Set<String> asked = new HashSet<>();
    links.askedForIds().stream().filter(p -> p.startsWith(index.folder()))
        .forEach(p -> asked.add(p.substring(index.folder().length())));
    List<String> others = renderer.otherPages(index).stream().filter(u -> !markdown.contains(u)).toList();
    // A comparison page is made from its project's sheets: when one is asked for, all are made (rare).
    boolean comparisons = others.stream().anyMatch(u -> u.startsWith(COMPARE) && asked.contains(Links.file(u)));
    Set<String> askedOthers = new HashSet<>();
    for (String url : others) {
      if (asked.contains(Links.file(url)) && !url.startsWith(COMPARE)) {
        askedOthers.add(url);
      } else if (!(comparisons && url.startsWith(COMPARE))) {
        names.write(Links.file(url), new byte[0]);
      }
    }
    Set<SheetRef> askedSheets = new HashSet<>();
    DataFiles data = new DataFiles(index.config());
    for (Sheet s : index.sheets()) {
      String page = Links.file(index.sheetUrl(s));
      if (s == first) {
        continue;
      } else if (asked.contains(page)) {
        askedSheets.add(s.ref());
      } else {
        names.write(page, new byte[0]);
        data.pathsOfSheet(s).forEach(p -> names.write(p, new byte[0]));
      }
    }
    if (askedSheets.isEmpty() && askedOthers.isEmpty() && !comparisons) {
      return most;
    }
    RenderResult rest = renderer.renderOnly(index, checked, s -> askedSheets.contains(s.ref()), s -> comparisons, askedOthers);
    List<Diagnostic> all = new ArrayList<>(most.diagnostics());
    all.addAll(rest.diagnostics());
    return new RenderResult(most.listedUrls(), most.pages() + rest.pages(), all,
        Stream.concat(most.failedPages().stream(), rest.failedPages().stream()).sorted().toList());
  }

  /** Where the comparison pages are ({@code compare/2021/088/}). */
  private static final String COMPARE = "compare/";
}
