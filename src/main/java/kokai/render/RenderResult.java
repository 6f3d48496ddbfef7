package kokai.render;

import java.util.List;
import kokai.diag.Diagnostic;

/** What rendering produced: the URLs for the sitemap (sorted), the number of pages, and any template errors. */
public record RenderResult(List<String> listedUrls, int pages, List<Diagnostic> diagnostics) {
  public RenderResult {
    listedUrls = List.copyOf(listedUrls);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
