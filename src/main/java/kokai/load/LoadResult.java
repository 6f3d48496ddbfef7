package kokai.load;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kokai.diag.Diagnostic;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;

/**
 * The content, when it loaded without errors, and every diagnostic found on the way; the site
 * config whenever site.yaml loaded, even beside errors in the sheets, so that the problems of the
 * theme it names can be reported in the same run; and what was read even so: every sheet file,
 * and the sheets that loaded with the files they came from (a report lists the good beside the bad).
 * With errors, and site.yaml loaded, {@code partial} is the content without the files that did not
 * load: the theme and the links can be checked on it in the same run.
 */
public record LoadResult(Optional<Content> content, List<Diagnostic> diagnostics, Optional<SiteConfig> site,
    List<Path> sheetFiles, List<Sheet> sheets, Map<SheetRef, Path> sources, Optional<Content> partial) {
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
    // Held as the loader made them, not copied: at 100,000 sheets a copy costs time and memory,
    // and the content holds its own.
    sheetFiles = Collections.unmodifiableList(sheetFiles);
    sheets = Collections.unmodifiableList(sheets);
    sources = Collections.unmodifiableMap(sources);
  }

  public LoadResult(Optional<Content> content, List<Diagnostic> diagnostics) {
    this(content, diagnostics, content.map(Content::site), List.of(),
        content.map(Content::sheets).orElse(List.of()), content.map(Content::sources).orElse(Map.of()), Optional.empty());
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(kokai.diag.Diagnostic::isError);
  }
}
