package kokai.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kokai.diag.Diagnostic;
import kokai.diag.SourceLocation;
import kokai.model.Page;
import kokai.site.SiteIndex;

/**
 * Puts a link problem found on a Markdown page at the page's source, {@code content/pages/<slug>.md}:
 * the link was written there, not in a template, and the staff who wrote it know that file, not
 * the built page.
 *
 * <pre>{@code
 * diags.addAll(LinkSources.atSources(links.finish(root), index, cfg));
 * }</pre>
 */
final class LinkSources {
  private LinkSources() {}

  static List<Diagnostic> atSources(List<Diagnostic> found, SiteIndex index, BuildConfig cfg) {
    Map<Path, Path> sources = new HashMap<>();
    for (Page p : index.pages()) {
      Path source = cfg.content().resolve("pages").resolve(p.slug() + ".md");
      if (Files.isRegularFile(source)) {
        sources.put(cfg.out().resolve(index.pageUrl(p)).resolve("index.html").normalize(), source);
      }
    }
    return found.stream().map(d -> {
      Path source = sources.get(d.location().file().normalize());
      return source == null ? d : new Diagnostic(d.severity(), SourceLocation.of(source), d.field(),
          "on " + d.location().file() + ", " + d.message(),
          "fix the link in this Markdown page: write a link to the site's own pages from its root, e.g. [シート](/2022/088/)");
    }).toList();
  }
}
