package kokai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kokai.testutil.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} reports every problem {@code build} refuses or warns about, at the same place and
 * in the same words: staff run check before they publish, and a build that fails after a check
 * that passed is the worst outcome. Each case builds a small site both ways and compares.
 */
class CheckLikeBuildTest {
  @TempDir Path dir;

  private static final String SITE = """
      title: テスト市 事務事業評価
      city: テスト市
      baseUrl: https://example.jp/hyoka/
      published: 2023-06-01
      license: {name: テスト市データ利用規約, url: "https://example.jp/terms/"}
      departmentSlugs:
        総務部: general
      """;

  private static final String SHEET = """
      fiscalYear: 2022
      id: "010"
      title: 広報事業
      organization: {department: 総務部, division: 広報課, section: 広報係}
      sdgs: [11]
      costs:
        - {fiscalYear: 2022, budget: 1000, settlement: 900, personnel: {total: 500}}
      direction: {decision: 継続}
      """;

  @Test
  void aMarkdownLinkToAPageThatIsNoSheetIsFoundAtItsLineAndColumn() {
    write("content/pages/about.md", "# このサイトについて\n\n[部](/departments/nope/) と [年度](/years/1999/)\n\n"
        + "[他](../guide/) ![図](/assets/img/none.png) [節](/2022/020/#nosuch) [費用](/2022/020/#costs)\n");
    Path md = dir.resolve("content/pages/about.md");
    List<String> found = sameAsBuild();
    assertThat(found).hasSize(5).allSatisfy(l -> assertThat(l).contains(": error: on the page pages/about/, the link"));
    assertThat(found).anySatisfy(l -> assertThat(l).startsWith(md + ":3:1: error:").contains("\"/departments/nope/\""))
        .anySatisfy(l -> assertThat(l).startsWith(md + ":3:27: error:").contains("\"/years/1999/\""))
        .anySatisfy(l -> assertThat(l).startsWith(md + ":5:1: error:").contains("\"../guide/\""))
        .anySatisfy(l -> assertThat(l).startsWith(md + ":5:16: error:").contains("\"/assets/img/none.png\""))
        .anySatisfy(l -> assertThat(l).startsWith(md + ":5:43: error:")
            .contains("the link \"/2022/020/#nosuch\" points to no element with id \"nosuch\""));
  }

  @Test
  void aThemeTemplateThatFailsToRenderIsFoundAtItsLineAndColumn() {
    write("content/site.yaml", SITE + "theme: city\n");
    write("themes/city/templates/sheet.ftlh",
        "<#import \"layouts/base.ftlh\" as base>\n<@base.layout>\n<h1>${page.sheet.nosuch}</h1>\n</@base.layout>\n");
    List<String> found = sameAsBuild();
    assertThat(found).anySatisfy(l -> assertThat(l).startsWith(dir.resolve("themes/city/templates/sheet.ftlh") + ":3:"));
  }

  /** A city's own template may fail on one sheet's page only: check then renders every page, as build does. */
  @Test
  void aCitysSheetTemplateThatFailsOnOneSheetOnlyIsFound() {
    write("content/site.yaml", SITE + "theme: city\n");
    write("themes/city/templates/sheet.ftlh", "<#import \"layouts/base.ftlh\" as base>\n<@base.layout>\n"
        + "<#if page.sheet.id == \"020\">${page.sheet.nosuch}</#if>\n</@base.layout>\n");
    List<String> found = sameAsBuild();
    assertThat(found).singleElement().satisfies(l -> assertThat(l).startsWith(dir.resolve("themes/city/templates/sheet.ftlh") + ":3:"));
  }

  @Test
  void aThemeLinkToAMissingAssetIsFound() {
    write("content/site.yaml", SITE + "theme: city\n");
    write("themes/city/templates/partials/head-extra.ftlh", "<link rel=\"icon\" href=\"${link.asset(\"missing.png\")}\">\n");
    write("themes/city/assets/css/theme.css", "body {\n  background: url(../img/nothing.png);\n}\n");
    List<String> found = sameAsBuild();
    assertThat(found).anySatisfy(l -> assertThat(l).contains("site/2022/010/index.html: error: the link \"../../assets/missing.png\""))
        // The stylesheet's problem is at its place in the theme's file, which is the one to fix.
        .anySatisfy(l -> assertThat(l).startsWith(dir.resolve("themes/city/assets/css/theme.css") + ":2:15: error: \"../img/nothing.png\""));
  }

  @Test
  void aMissingThemeIsFound() {
    write("content/site.yaml", SITE + "theme: nowhere\n");
    // Said at its line in site.yaml, where it is mended.
    assertThat(sameAsBuild()).anySatisfy(l -> assertThat(l).startsWith(themeLine() + ": error: theme: the theme \"nowhere\" does not exist"));
  }

  /** Windows does not mind the case of a folder's name; the web server does. */
  @Test
  void aThemeNamedInOtherCapitalsIsNamedAsItsFolderIs() {
    write("themes/city/templates/partials/footer.ftlh", "<footer></footer>\n");
    write("content/site.yaml", SITE + "theme: City\n");
    assertThat(sameAsBuild()).anySatisfy(l -> assertThat(l).startsWith(themeLine()
        + ": error: theme: the theme \"City\" does not exist (did you mean \"city\"?) (write theme: city in site.yaml"));
  }

  /** Where a site.yaml of {@link #SITE} and a last line {@code theme: …} names the theme's folder. */
  private String themeLine() {
    return dir.resolve("content/site.yaml") + ":" + (SITE.lines().count() + 1) + ":8";
  }

  /** Errors in the sheets stop the build before its theme is opened; a theme that does not exist is reported with them. */
  @Test
  void aMissingThemeIsFoundBesideErrorsInTheSheets() {
    write("content/site.yaml", SITE + "theme: nowhere\n");
    write("content/sheets/2022/030.yaml", SHEET.replace("\"010\"", "\"030\"").replace("title: 広報事業", "title:"));
    assertThat(sameAsBuild())
        .anySatisfy(l -> assertThat(l).startsWith(themeLine() + ": error: theme: the theme \"nowhere\" does not exist"))
        .anySatisfy(l -> assertThat(l).startsWith(dir.resolve("content/sheets/2022/030.yaml") + ":3:7: error: title:"));
  }

  /**
   * One run says every problem: errors in a sheet do not hide a template's or a page's links
   * (before, they came out in three rounds: content, theme, links). A link to the broken sheet's
   * page is no error of its own: the page is there once the sheet is mended.
   */
  @Test
  void errorsInASheetDoNotHideTheThemesNorThePagesLinks() {
    write("content/site.yaml", SITE + "theme: city\n");
    write("themes/city/templates/year.ftlh",
        "<#import \"layouts/base.ftlh\" as base>\n<@base.layout>\n<h1>${page.nosuch}</h1>\n</@base.layout>\n");
    write("content/sheets/2022/030.yaml", SHEET.replace("\"010\"", "\"030\"").replace("sdgs: [11]", "sdgs: [19]"));
    // The listings of goal 19, which only the broken sheet has, and of its year, are there once it is mended.
    write("content/pages/about.md", "# このサイトについて\n\n[頁](/pages/nope/) [壊れたシート](/2022/030/) [節](/2022/030/#costs)"
        + " [費用](/2022/020/#nosuch) [目標](/sdgs/19/) [年度](/sdgs/11/2022/#main)\n");
    List<String> found = sameAsBuild();
    Path md = dir.resolve("content/pages/about.md");
    assertThat(found).anySatisfy(l -> assertThat(l).startsWith(dir.resolve("content/sheets/2022/030.yaml") + ":5:8: error: sdgs[0]"))
        .anySatisfy(l -> assertThat(l).startsWith(dir.resolve("themes/city/templates/year.ftlh") + ":3:"))
        .anySatisfy(l -> assertThat(l).startsWith(md + ":3:1: error:").contains("\"/pages/nope/\""))
        .anySatisfy(l -> assertThat(l).startsWith(md + ":3:").contains("#nosuch"))
        .noneSatisfy(l -> assertThat(l).contains("2022/030/"))
        // A link into the listings is said, as a warning: its page may come with the broken sheet.
        .anySatisfy(l -> assertThat(l).startsWith(md + ":3:").contains(": warning: ").contains("\"/sdgs/19/\"")
            .contains("the page may come with a sheet that has errors"))
        .noneSatisfy(l -> assertThat(l).contains(": error: ").contains("sdgs/19/"));
  }

  /**
   * An error in site.yaml (a field misspelt, a language kokai does not speak) does not hide a page's
   * broken link either: the check goes on with the fields that bound, and nothing is published.
   */
  @Test
  void anErrorInTheSiteConfigDoesNotHideThePagesLinks() {
    write("content/site.yaml", SITE + "foo: 1\nlanguage: fr\n");
    write("content/pages/about.md", "# このサイトについて\n\n[頁](/pages/nope/)\n");
    List<String> found = sameAsBuild();
    Path md = dir.resolve("content/pages/about.md");
    Path site = dir.resolve("content/site.yaml");
    assertThat(found).anySatisfy(l -> assertThat(l).startsWith(site + ":8:1: error: foo: unknown field 'foo'"))
        .anySatisfy(l -> assertThat(l).startsWith(site + ":9:11: error: language: \"fr\" is not a language kokai speaks"))
        .anySatisfy(l -> assertThat(l).startsWith(md + ":3:1: error:").contains("\"/pages/nope/\""));
    assertThat(dir.resolve("site")).doesNotExist();
  }

  /**
   * Nor does a syntax error, which leaves none of site.yaml's fields: the check goes on with
   * stand-ins, without warning that the departments have no slugs (they were not read).
   */
  @Test
  void aSyntaxErrorInTheSiteConfigDoesNotHideThePagesLinks() {
    write("content/site.yaml", SITE.replaceFirst("(?m)^city: (.*)$", "city: [$1"));
    write("content/pages/about.md", "# このサイトについて\n\n[頁](/pages/nope/)\n\n[部](/departments/general/) [資料](/pdf/a.pdf)\n");
    List<String> found = sameAsBuild();
    Path md = dir.resolve("content/pages/about.md");
    assertThat(found).anySatisfy(l -> assertThat(l).startsWith(dir.resolve("content/site.yaml") + ":").contains(": error: syntax error:"))
        .anySatisfy(l -> assertThat(l).startsWith(md + ":3:1: error:").contains("\"/pages/nope/\""))
        .noneSatisfy(l -> assertThat(l).contains("has no slug"))
        // The department's page has the slug site.yaml gives, once it can be read: not said to be missing.
        .noneSatisfy(l -> assertThat(l).contains(": error: ").contains("/departments/general/"))
        // A document's address is not said under the stand-in for the base URL that was not read.
        .anySatisfy(l -> assertThat(l).startsWith(md + ":5:").contains("put the file in content/static/pdf/a.pdf, which publishes it at /pdf/a.pdf"));
    assertThat(dir.resolve("site")).doesNotExist();
  }

  /** A base URL in error is said once, as an error: not also as missing, with the files it would have given. */
  @Test
  void aBaseUrlInErrorIsNotAlsoWarnedAboutAsMissing() {
    write("content/site.yaml", SITE.replace("baseUrl: https://example.jp/hyoka/", "baseUrl: ftp//example.jp"));
    write("content/pages/about.md", "# このサイトについて\n\n[頁](/pages/nope/)\n");
    List<String> found = sameAsBuild();
    assertThat(found).anySatisfy(l -> assertThat(l).contains("error: baseUrl: \"ftp//example.jp\" is not a whole web address"))
        .anySatisfy(l -> assertThat(l).contains("about.md:3:1: error:"))
        .noneSatisfy(l -> assertThat(l).contains("warning: baseUrl"));
  }

  @Test
  void theWarningsOfASiteWithoutBaseUrlAreGivenToo() {
    write("content/site.yaml", SITE.replace("baseUrl: https://example.jp/hyoka/\n", ""));
    List<String> warnings = sameAsBuild();
    assertThat(warnings).anySatisfy(l -> assertThat(l).contains("site.yaml: warning: baseUrl: no sitemap.xml was written"));
  }

  /**
   * Runs check, then build, on the content written so far, and returns check's diagnostics, which
   * must be build's, and must not be none. Check writes no site, with or without --every-page.
   */
  private List<String> sameAsBuild() {
    if (!Files.exists(dir.resolve("content/site.yaml"))) {
      write("content/site.yaml", SITE);
    }
    write("content/sheets/2022/010.yaml", SHEET);
    write("content/sheets/2022/020.yaml", SHEET.replace("\"010\"", "\"020\"").replace("広報事業", "広聴事業"));
    String content = dir.resolve("content").toString();
    CliTest.Run check = CliTest.run("check", "--content", content);
    CliTest.Run everyPage = CliTest.run("check", "--every-page", "--content", content);
    assertThat(dir.resolve("site")).as("check writes no site").doesNotExist();
    CliTest.Run build = CliTest.run("build", "--content", content, "--out", dir.resolve("site").toString());
    List<String> fromCheck = diagnostics(check.err());
    // Check writes no site, so it names a built page as the default output folder would hold it.
    List<String> fromBuild = diagnostics(build.err().replace(dir.resolve("site") + "/", "site/"));
    // In any order: the output folder is relative for check and absolute for build, which sorts differently.
    assertThat(fromCheck).as(check.err()).isNotEmpty().containsExactlyInAnyOrderElementsOf(fromBuild);
    assertThat(check.code()).as(check.err()).isEqualTo(build.code() == 0 ? 0 : ExitCodes.DATA);
    // Every page rendered, as build does, says the same.
    assertThat(diagnostics(everyPage.err())).isEqualTo(fromCheck);
    return fromCheck;
  }

  private static List<String> diagnostics(String err) {
    return err.lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList();
  }

  private void write(String relative, String text) {
    SampleContent.file(dir, relative, text);
  }
}
