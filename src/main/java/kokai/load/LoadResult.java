package kokai.load;

import java.util.List;
import java.util.Optional;
import kokai.diag.Diagnostic;
import kokai.model.SiteConfig;

/**
 * The content, when it loaded without errors, and every diagnostic found on the way; the site
 * config whenever site.yaml loaded, even beside errors in the sheets, so that the problems of the
 * theme it names can be reported in the same run.
 */
public record LoadResult(Optional<Content> content, List<Diagnostic> diagnostics, Optional<SiteConfig> site) {
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public LoadResult(Optional<Content> content, List<Diagnostic> diagnostics) {
    this(content, diagnostics, content.map(Content::site));
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(kokai.diag.Diagnostic::isError);
  }
}
