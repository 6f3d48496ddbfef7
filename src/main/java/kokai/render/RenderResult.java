package kokai.render;

import java.util.List;
import kokai.diag.Diagnostic;

/**
 * What rendering produced: the URLs for the sitemap (sorted), the number of pages, any template
 * errors, and the pages a template failed on, which were not written ({@code years/2022/index.html}).
 */
public record RenderResult(List<String> listedUrls, int pages, List<Diagnostic> diagnostics, List<String> failedPages) {
  public RenderResult {
    listedUrls = List.copyOf(listedUrls);
    diagnostics = List.copyOf(diagnostics);
    failedPages = List.copyOf(failedPages);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
