package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker, run in-process, over every page of the real site and of a site that holds
 * hostile content and Markdown: zero errors.
 */
class HtmlValidityTest {
  @TempDir static Path dir;
  static SimpleDocumentValidator validator;
  static final List<String> errors = new ArrayList<>();

  @BeforeAll
  static void setUp() throws Exception {
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // Warnings are advice (e.g. about the lang attribute); errors fail the gate.
      }

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
    validator.setUpValidatorAndParsers(collect, false, false);
  }

  static int validateAll(Path site) throws Exception {
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path p : pages) {
      validator.checkHtmlFile(p.toFile(), true);
    }
    return pages.size();
  }

  @Test
  void realSiteHasNoErrors() throws Exception {
    BuildResult r = new SiteBuild().run(new BuildConfig(Path.of("content"), dir.resolve("real"), null, Path.of("themes")));
    assertThat(r.published()).isTrue();
    int n = validateAll(dir.resolve("real"));
    assertThat(n).isGreaterThanOrEqualTo(15);
    assertThat(errors).isEmpty();
  }

  @Test
  void generatedCityWithVariedSheetsHasNoErrors() throws Exception {
    kokai.corpus.CorpusGenerator gen = new kokai.corpus.CorpusGenerator(new kokai.corpus.CorpusSpec(7, 60, 2022, 2023));
    new kokai.corpus.CorpusWriter().write(gen, dir.resolve("gen/content"));
    BuildResult r = new SiteBuild().run(new BuildConfig(dir.resolve("gen/content"), dir.resolve("gen/site"), null, null));
    assertThat(r.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
    assertThat(validateAll(dir.resolve("gen/site"))).isGreaterThan(60);
    assertThat(errors).isEmpty();
  }

  @Test
  void hostileContentStillGivesValidPages() throws Exception {
    MiniSite s = new MiniSite(dir.resolve("mini")).file("content/site.yaml", MiniSite.SITE_YAML.replace("language: ja", "language: en"))
        .sheet(2022, "001", MiniSite.sheet(2022, "001", "'<b>\"x\"</b> & <script>'", "総務部", "広報課", null, 1, null, 1))
        .file("content/pages/md.md", "# T <i>x</i>\n\n<div onclick=x>raw</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[x](javascript:x) [home](/)\n");
    s.buildOk();
    validateAll(s.out());
    assertThat(errors).isEmpty();
  }

  @Test
  void comparisonDataAndChartPagesAreValid() throws Exception {
    MiniSite s = new MiniSite(dir.resolve("years"));
    kokai.testutil.SampleContent.write(dir.resolve("years/content"));
    s.buildOk();
    assertThat(s.out().resolve("compare/2021/088/index.html")).isRegularFile();
    validateAll(s.out());
    assertThat(errors).isEmpty();
  }

}
