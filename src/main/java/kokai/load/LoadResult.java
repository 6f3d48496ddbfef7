package kokai.load;

import java.util.List;
import java.util.Optional;
import kokai.diag.Diagnostic;

/** The content, when it loaded without errors, and every diagnostic found on the way. */
public record LoadResult(Optional<Content> content, List<Diagnostic> diagnostics) {
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(kokai.diag.Diagnostic::isError);
  }
}
