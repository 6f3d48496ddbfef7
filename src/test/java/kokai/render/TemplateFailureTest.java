package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.load.Content;
import kokai.load.ContentLoader;
import kokai.site.SiteIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A city template that fails on every sheet's page (a value no sheet has, a misspelt name, a macro
 * its library lacks) is said once, in the same words as a failure on one page, and what to say of
 * it is worked out once, not once a page: a large city has 10,000 such pages.
 */
class TemplateFailureTest {
  private static final int SHEETS = 30;

  @TempDir Path dir;
  private SiteIndex index;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      ${page.sheet().organization().section()} | template error: ${page.sheet().organization().section()} has no value here (no such name, or a value this page does not have); on 30 pages, the first 2022/001/index.html | fix the name, or allow a missing value with a default, e.g. ${(x)!"—"}
      ${config.titel}                          | template error: ${config.titel} has no value here (no such name, or a value this page does not have); on 30 pages, the first 2022/001/index.html | config has no titel: did you mean config.title()? (docs/templates.md lists what each value has)
      <@lib.sectoin/>                          | `template error: no macro named lib.sectoin: THEME/partials/lib.ftlh, imported as lib, has no macro sectoin` | `use one of its macros: badge, section (did you mean lib.section?); a template copied from an earlier kokai may call a macro that kokai's default has renamed or removed since`
      """)
  void aFailureOnEverySheetsPageIsSaidOnceAndWorkedOutOnce(String line, String message, String hint) throws IOException {
    SiteRenderer renderer = renderer(line, SHEETS);
    RenderResult r = renderer.render(index, (path, bytes) -> { }, s -> true, url -> false);
    assertThat(r.failedPages()).hasSize(SHEETS);
    List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertThat(errors).singleElement().satisfies(d -> {
      assertThat(d.location()).isEqualTo(new SourceLocation(dir.resolve("themes/city/templates/sheet.ftlh"), 3, 3));
      assertThat(d.message()).isEqualTo(message.replace("THEME/partials/lib.ftlh", dir.resolve("themes/city/templates/partials/lib.ftlh").toString()));
      assertThat(d.hint()).isEqualTo(hint);
    });
    assertThat(renderer.failuresDescribed()).isEqualTo(1);
  }

  /**
   * A method of kokai's given a value of another kind (a page's address where it takes the page) is
   * said in the reference's words, with what it takes, instead of Freemarker's Java class names.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `${link.page("about")}` | `template error: link.page(…) cannot take a text as its 1st value: it is link.page(Page); on 30 pages, the first 2022/001/index.html` | `link.page(Page): a Markdown page, one of site.pages(); for a page by its address, link.to("pages/about/"); docs/templates.md lists what each value takes`
      `${link.sheet("001")}`  | `template error: link.sheet(…) cannot take a text as its 1st value: it is link.sheet(Sheet) or link.sheet(Sheet, text); on 30 pages, the first 2022/001/index.html` | `link.sheet(Sheet) or link.sheet(Sheet, text): a sheet's page, or a section of it: link.sheet(s, "costs"); docs/templates.md lists what each value takes`
      `${link.year("2022")}`  | `template error: link.year(…) cannot take a text as its 1st value: it is link.year(integer); on 30 pages, the first 2022/001/index.html` | `link.year(integer): a fiscal year's listing; docs/templates.md lists what each value takes`
      """)
  void aMethodGivenAValueOfAnotherKindSaysWhatItTakes(String line, String message, String hint) throws IOException {
    SiteRenderer renderer = renderer(line, SHEETS);
    RenderResult r = renderer.render(index, (path, bytes) -> { }, s -> true, url -> false);
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
      assertThat(d.location()).isEqualTo(new SourceLocation(dir.resolve("themes/city/templates/sheet.ftlh"), 3, 1));
      assertThat(d.message()).isEqualTo(message);
      assertThat(d.hint()).isEqualTo(hint);
    });
  }

  /**
   * A failure whose words quote each page's own value is a failure of its own on every page: what
   * is said of such failures is kept for a few only, and let go of with the rows after a build.
   */
  @Test
  void failuresThatQuoteEachPagesValueAreKeptForAFewOnly() throws IOException {
    SiteRenderer renderer = renderer("${page.sheet().title()?number}", TemplateEngine.FAILURES_KEPT + 20);
    RenderResult r = renderer.render(index, (path, bytes) -> { }, s -> true, url -> false);
    assertThat(r.failedPages()).hasSize(TemplateEngine.FAILURES_KEPT + 20);
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).first().satisfies(d -> assertThat(d.message()).contains("事業"));
    // Pages render on several threads, each of which may add one as the limit is reached.
    assertThat(renderer.failuresKept()).isBetween(TemplateEngine.FAILURES_KEPT,
        TemplateEngine.FAILURES_KEPT + Runtime.getRuntime().availableProcessors());
    renderer.forgetRows();
    assertThat(renderer.failuresKept()).isZero();
  }

  /**
   * A site of {@code sheets} sheets (titles 事業1, 事業2 …) whose city theme's sheet page has
   * {@code line} on its third line, its index in {@link #index}, and a renderer for it.
   */
  private SiteRenderer renderer(String line, int sheets) throws IOException {
    Path content = write("content/site.yaml", "title: テスト市 事務事業評価\ncity: テスト市\nlanguage: ja\ntheme: city\n").getParent();
    for (int i = 1; i <= sheets; i++) {
      write("content/sheets/2022/%03d.yaml".formatted(i), """
          fiscalYear: 2022
          id: "%03d"
          title: 事業%d
          organization: {department: 総務部, division: 総務課}
          """.formatted(i, i));
    }
    write("themes/city/templates/partials/lib.ftlh", "<#macro section>§</#macro>\n<#macro badge>!</#macro>\n<#function f>1</#function>\n");
    write("themes/city/templates/sheet.ftlh", "<#import \"partials/lib.ftlh\" as lib>\n<p>\n" + line + "\n</p>\n");
    Content loaded = new ContentLoader().load(content).content().orElseThrow();
    index = SiteIndex.build(loaded.site(), loaded.sheets(), loaded.pages());
    return SiteRenderer.open(dir.resolve("themes"), loaded.site(), () -> SourceLocation.of(content), new Diagnostics()).orElseThrow();
  }

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }
}
