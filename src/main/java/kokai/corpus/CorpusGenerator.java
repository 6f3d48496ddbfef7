package kokai.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import kokai.model.SiteConfig;
import kokai.model.Sheet;

/**
 * A synthetic city's evaluation sheets, for benchmarks and scale tests: about twenty-five
 * departments (部) with their divisions (課) and sections (係), projects that run over several
 * fiscal years with figures and texts shaped like the published sheets. Sheet {@code i} depends on
 * the spec and {@code i} alone, so sheets can be made in parallel and in any order.
 *
 * <pre>{@code
 * CorpusGenerator g = new CorpusGenerator(new CorpusSpec(42, 1_000, 2020, 2024));
 * Sheet first = g.sheet(0);
 * SiteConfig site = g.site();
 * }</pre>
 */
public final class CorpusGenerator {
  private final CorpusSpec spec;
  private final Vocabulary vocabulary;
  private final SheetFactory factory;
  private final String idFormat;

  public CorpusGenerator(CorpusSpec spec) {
    this.spec = spec;
    this.vocabulary = Vocabulary.load();
    this.factory = new SheetFactory(vocabulary, spec.seed());
    int width = Math.max(3, Integer.toString(spec.projects()).length());
    this.idFormat = "%0" + width + "d";
  }

  public CorpusSpec spec() {
    return spec;
  }

  /** How many sheets the corpus has. */
  public int size() {
    return spec.sheets();
  }

  /**
   * Sheet {@code index} (0 ≤ index < size()): project {@code index / years}, in fiscal year
   * {@code firstYear + index % years}, so every project has a sheet in each year.
   */
  public Sheet sheet(int index) {
    if (index < 0 || index >= spec.sheets()) {
      throw new IndexOutOfBoundsException("sheet " + index + " of " + spec.sheets());
    }
    int number = index / spec.years();
    int year = spec.firstYear() + index % spec.years();
    Project p = Project.draw(vocabulary, spec.seed(), number, spec.firstYear());
    return factory.sheet(p, String.format(idFormat, number + 1), year);
  }

  /** The site config of the synthetic city, with a URL slug for every department in the order of its chart. */
  public SiteConfig site() {
    Map<String, String> slugs = new LinkedHashMap<>();
    vocabulary.departments().forEach(d -> slugs.put(d.name(), d.slug()));
    return new SiteConfig("みどり野市 事務事業評価", "みどり野市", "https://example.jp/hyoka/", "ja",
        "みどり野市の事務事業マネジメントシートを検索・比較できる形で公開しています（架空の市の合成データ）。",
        SiteConfig.License.PDL1, SiteConfig.DEFAULT_THEME, slugs, null);
  }
}
