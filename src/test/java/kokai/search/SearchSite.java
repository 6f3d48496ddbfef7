package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kokai.build.BuildConfig;
import kokai.build.BuildResult;
import kokai.build.SiteBuild;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.model.Sheet;

/** Builds whole sites for the search tests and benchmark, and the generated sheets they use. */
final class SearchSite {
  private SearchSite() {}

  /** Builds the site of a content folder with the project's themes; fails the test if it does not publish. */
  static void build(Path content, Path out) {
    BuildResult r = new SiteBuild().run(new BuildConfig(content, out, null, Path.of("themes")));
    assertThat(r.published()).as("build of %s: %s", content, r.diagnostics()).isTrue();
  }

  /** The relative address of a sheet's page, as the site links it. */
  static String sheetUrl(Sheet s) {
    return s.fiscalYear() + "/" + s.id() + "/index.html";
  }

  /** Generated sheets shaped like the real ones (the project's corpus generator). */
  static List<Sheet> generated(int count, long seed) {
    CorpusGenerator g = new CorpusGenerator(new CorpusSpec(seed, count, 2020, 2024));
    return java.util.stream.IntStream.range(0, g.size()).mapToObj(g::sheet).toList();
  }
}
