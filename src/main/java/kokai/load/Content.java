package kokai.load;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kokai.model.Page;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;

/**
 * Everything loaded from a content folder: the site config, every sheet (sorted by fiscal year,
 * then id) with the file it came from, and the Markdown pages (sorted by slug).
 */
public record Content(Path root, SiteConfig site, List<Sheet> sheets, List<Page> pages, Map<SheetRef, Path> sources) {
  public Content {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(site, "site");
    sheets = sheets.stream()
        .sorted(Comparator.comparingInt(Sheet::fiscalYear).thenComparing(Sheet::id))
        .toList();
    pages = pages.stream().sorted(Comparator.comparing(Page::slug)).toList();
    sources = Map.copyOf(sources);
  }
}
