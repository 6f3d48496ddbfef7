package kokai.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kokai.diag.Diagnostic;
import kokai.diag.HtmlReport;
import kokai.load.ContentLoader;
import kokai.load.LoadResult;
import kokai.model.Sheet;
import kokai.model.SiteConfig;

/** {@code check --report}: the check's findings as an HTML page, each file named by its sheet. */
final class QualityReport {
  private QualityReport() {}

  static void write(Path file, Optional<LoadResult> read, List<Diagnostic> diagnostics) {
    Map<Path, String> titles = new HashMap<>();
    List<Path> checked = List.of();
    String site = null;
    if (read.isPresent()) {
      // With errors too: the sheets that loaded are listed beside the others, by their titles.
      LoadResult r = read.get();
      // A title that stands in for one site.yaml does not give (an error there) names no site.
      site = r.site().map(SiteConfig::title).filter(t -> !t.equals(ContentLoader.STAND_IN_TEXT)).orElse(null);
      for (Sheet s : r.sheets()) {
        titles.put(r.sources().get(s.ref()), s.fiscalYear() + "/" + s.id() + " " + s.title());
      }
      checked = r.sheetFiles().stream().sorted(Comparator.comparing(Path::toString)).toList();
      // A sheet whose errors kept it from loading, by the year, id and title it writes: staff look for the project.
      for (Path f : checked) {
        if (!titles.containsKey(f)) {
          ContentLoader.writtenName(f).ifPresent(name -> titles.put(f, name));
        }
      }
    }
    try {
      new HtmlReport(site, titles).write(file, diagnostics, checked);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
    }
  }
}
