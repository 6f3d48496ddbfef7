package kokai.build;

import java.time.Duration;
import java.util.List;
import kokai.diag.Diagnostic;

/**
 * The outcome of a build: whether the site was published, every diagnostic (sorted), and figures
 * for the summary line; {@code unchanged} counts the files whose bytes were already published.
 */
public record BuildResult(boolean published, List<Diagnostic> diagnostics, int pages, int sheets, long files,
    long bytes, Duration elapsed, long unchanged) {
  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
