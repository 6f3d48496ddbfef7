package kokai.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * What a quick {@code check} renders when every template is kokai's own (which kokai's tests
 * render over every kind of content; a theme with templates of its own gets every page rendered).
 * The sheets' own pages are four fifths of a build's rendering, and what content can break on
 * them the loader finds already (a sheet's fields, its related sheets). So a quick check renders
 * every other page (the listings, the Markdown pages, the comparison, search, data and 404
 * pages), the first sheet's page (the site's first page in path order, where a build reports a
 * broken link that every page makes) and the sheet pages that a rendered page links into with a
 * {@code #fragment}, whose ids the link check needs. The other sheet pages and their data files
 * are only noted by name, so links to them count as good, as they are.
 */
final class CheckRendering {
  private CheckRendering() {}

  static RenderResult render(SiteRenderer renderer, SiteIndex index, OutputSink checked, SiteOutput files, LinkChecker links) {
    Sheet first = index.sheets().isEmpty() ? null : index.sheets().get(0);
    RenderResult most = renderer.render(index, checked, s -> s == first);
    Set<String> asked = links.askedForIds();
    Set<SheetRef> more = new HashSet<>();
    DataFiles data = new DataFiles(index.config());
    for (Sheet s : index.sheets()) {
      if (s == first) {
        continue;
      }
      String page = Links.file(index.sheetUrl(s));
      if (asked.contains(page)) {
        more.add(s.ref());
      } else {
        files.write(page, new byte[0]);
        data.pathsOfSheet(s).forEach(p -> files.write(p, new byte[0]));
      }
    }
    if (more.isEmpty()) {
      return most;
    }
    RenderResult rest = renderer.renderOnly(index, checked, s -> more.contains(s.ref()), s -> false, Set.of());
    List<Diagnostic> all = new ArrayList<>(most.diagnostics());
    all.addAll(rest.diagnostics());
    return new RenderResult(most.listedUrls(), most.pages() + rest.pages(), all);
  }
}
