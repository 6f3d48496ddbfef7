package kokai.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kokai.model.Page;
import kokai.model.Projects;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;

/**
 * Everything loaded from a content folder: the site config, every sheet (sorted by fiscal year,
 * then id) with the file it came from, the Markdown pages (sorted by slug), the sheets'
 * organisation names with where they are written ({@link SheetNames}, for the preview's edits),
 * and the pages written for a language version the build makes ({@code pages/en/}), by language.
 */
public record Content(Path root, SiteConfig site, List<Sheet> sheets, List<Page> pages, Map<SheetRef, Path> sources,
    SheetNames names, Map<String, List<Page>> translatedPages) {
  private static final Comparator<Sheet> SHEET_ORDER = Projects.OLDEST_FIRST;

  public Content {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(site, "site");
    // A preview's edit swaps sheets in place: the order is checked in one pass, not sorted again.
    sheets = inOrder(sheets, SHEET_ORDER) ? List.copyOf(sheets) : sheets.stream().sorted(SHEET_ORDER).toList();
    pages = pages.stream().sorted(Comparator.comparing(Page::slug)).toList();
    sources = Map.copyOf(sources);
    Objects.requireNonNull(names, "names");
    translatedPages = Map.copyOf(translatedPages);
  }

  /** Content without pages of its own for a language version. */
  public Content(Path root, SiteConfig site, List<Sheet> sheets, List<Page> pages, Map<SheetRef, Path> sources, SheetNames names) {
    this(root, site, sheets, pages, sources, names, Map.of());
  }

  /** Content without the names' places: the preview cannot warn about names its edits spell two ways. */
  public Content(Path root, SiteConfig site, List<Sheet> sheets, List<Page> pages, Map<SheetRef, Path> sources) {
    this(root, site, sheets, pages, sources, SheetNames.NONE);
  }

  /**
   * The pages of the version in {@code language}: those written for it ({@code pages/en/about.md})
   * in place of the site's of the same name, the site's others as they are; sorted by slug.
   */
  public List<Page> pagesIn(String language) {
    List<Page> own = translatedPages.getOrDefault(language, List.of());
    if (own.isEmpty()) {
      return pages;
    }
    Map<String, Page> bySlug = new TreeMap<>();
    pages.forEach(p -> bySlug.put(p.slug(), p));
    own.forEach(p -> bySlug.put(p.slug(), p));
    return List.copyOf(bySlug.values());
  }

  private static <T> boolean inOrder(List<T> list, Comparator<T> order) {
    for (int i = 1; i < list.size(); i++) {
      if (order.compare(list.get(i - 1), list.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** This content with the given sheets in place of those with the same fiscal year and id. */
  public Content withSheets(Map<SheetRef, Sheet> edited) {
    return withSheets(edited, names);
  }

  /** This content with the given sheets in place of those with the same fiscal year and id, and their names. */
  public Content withSheets(Map<SheetRef, Sheet> edited, SheetNames names) {
    List<Sheet> swapped = new ArrayList<>(sheets.size());
    for (Sheet s : sheets) {
      Sheet e = edited.isEmpty() ? null : edited.get(s.ref());
      swapped.add(e == null ? s : e);
    }
    return new Content(root, site, swapped, pages, sources, names, translatedPages);
  }
}
