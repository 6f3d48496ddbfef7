package kokai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build and init from the command line: exit codes, the summary line, and a new site that builds at once. */
class BuildCommandTest {
  @TempDir Path dir;

  @Test
  void initCreatesASiteThatBuildsAtOnce() throws Exception {
    Path site = dir.resolve("city");
    CliTest.Run init = CliTest.run("init", site.toString());
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(site.resolve("content/site.yaml")).exists();
    assertThat(site.resolve("content/pages/about.md")).exists();
    CliTest.Run build = CliTest.run("build", "--content", site.resolve("content").toString(), "--out", site.resolve("site").toString(),
        "--base-url", "https://city.example.jp/hyoka/");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.out()).containsPattern("built \\d+ pages \\(1 sheet\\), \\d+ files \\([\\d,]+ changed\\), [\\d,]+ bytes in [\\d.]+ s into ");
    // The new site names its city 〇〇市 until staff write theirs; the address was given with --base-url.
    // Its example sheet and the about page's example line are said too, as they would be published.
    assertThat(build.err()).contains("warning: city: the city is still the placeholder 〇〇市").doesNotContain("baseUrl")
        .contains("2025/001.yaml: warning: this is the example sheet kokai init wrote, with made-up figures")
        .contains("about.md:8:1: warning: this line is the example text kokai init wrote")
        .contains("0 errors, 3 warnings");
    assertThat(Files.readString(site.resolve("site/sitemap.xml"))).contains("<loc>https://city.example.jp/hyoka/pages/about/</loc>");
    assertThat(Files.readString(site.resolve("site/2025/001/index.html"))).contains("行政情報発信事業");
    CliTest.Run example = CliTest.run("build", "--content", site.resolve("content").toString(), "--out", site.resolve("site").toString());
    assertThat(example.code()).isZero();
    // At its line, like every other warning about site.yaml's values.
    int line = Files.readAllLines(site.resolve("content/site.yaml")).indexOf("baseUrl: https://www.city.example.lg.jp/hyoka/") + 1;
    assertThat(line).isPositive();
    assertThat(example.err()).contains("content/site.yaml:" + line + ":10: warning: baseUrl: the base URL is still the example "
        + "https://www.city.example.lg.jp/hyoka/");
    // The licence init writes is there for staff to see and change; without one the pages still
    // name PDL1.0, and the build says it does so on the city's behalf.
    assertThat(Files.readString(site.resolve("content/site.yaml"))).contains("license:");
    Files.writeString(site.resolve("content/site.yaml"),
        Files.readString(site.resolve("content/site.yaml")).replaceAll("(?m)^license:\\n(  .*\\n)+", ""));
    CliTest.Run unnamed = CliTest.run("build", "--content", site.resolve("content").toString(), "--out", site.resolve("site").toString());
    assertThat(unnamed.code()).isZero();
    assertThat(unnamed.err()).contains("content/site.yaml: warning: license: no licence is named, so every page and data file says "
        + "the data may be used under 公共データ利用規約 第1.0版 (PDL1.0)");
    // A comment taken out or a line added leaves the made-up figures: still said.
    Path sheet = site.resolve("content/sheets/2025/001.yaml");
    Files.writeString(sheet, Files.readString(sheet).replaceFirst("^#[^\n]*\n", "") + "\n");
    assertThat(CliTest.run("check", "--content", site.resolve("content").toString()).err()).contains("example sheet kokai init wrote");
    // Once staff write over the example, it is theirs.
    Files.writeString(sheet, Files.readString(sheet).replace("行政情報発信事業", "広報紙発行事業"));
    CliTest.Run edited = CliTest.run("check", "--content", site.resolve("content").toString());
    assertThat(edited.err()).doesNotContain("example sheet");
  }

  /**
   * A city template that calls itself without end overflows Java's stack, which says nothing of
   * where: it is the theme's error at the template, not a fault of kokai nor lack of memory, and
   * the site is left as it was.
   */
  @Test
  void aTemplateThatCallsItselfWithoutEndIsAnErrorAtTheTemplate() throws Exception {
    Path site = dir.resolve("city");
    assertThat(CliTest.run("init", site.toString()).code()).isZero();
    Path config = site.resolve("content/site.yaml");
    Files.writeString(config, Files.readString(config).replaceFirst("(?m)^theme: .*$", "theme: city"));
    Path template = Files.createDirectories(site.resolve("themes/city/templates")).resolve("sheet.ftlh");
    Files.writeString(template, "<#macro down n><@down n + 1/></#macro><@down 0/>\n");
    CliTest.Run build = CliTest.run("build", "--content", site.resolve("content").toString(), "--out", site.resolve("site").toString());
    assertThat(build.code()).isEqualTo(ExitCodes.DATA);
    assertThat(build.err()).contains(template + ": error: template error: the template, or a macro or template it calls, calls itself without end")
        .doesNotContain("memory", "StackOverflowError", "fault in kokai");
    assertThat(site.resolve("site")).doesNotExist();
  }

  /**
   * An output folder is made if missing, and so are the folders it goes in: staff give the web
   * server's folder as --out before it is made. The lock beside it had no folder to go in, and the
   * build ended with exit 4 and a NoSuchFileException.
   */
  @Test
  void anOutputFolderWhoseParentsAreNotMadeYetIsMade() throws Exception {
    Path site = dir.resolve("city");
    assertThat(CliTest.run("init", site.toString()).code()).isZero();
    Path out = dir.resolve("公開 用/hyoka/site");
    CliTest.Run build = CliTest.run("build", "--content", site.resolve("content").toString(), "--out", out.toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.err()).doesNotContain("NoSuchFile", "could not read or write");
    assertThat(out.resolve("index.html")).exists();
  }

  @Test
  void initPrintsACommandThatExists() throws Exception {
    CliTest.Run init = CliTest.run("init", dir.resolve("city").toString());
    // Tests run from classes, not a jar: the jar's usual name, and never the missing "kokai" launcher.
    assertThat(init.out()).contains("cd " + dir.resolve("city") + " && java -jar kokai.jar build").doesNotContain("&& kokai build");
    Path jar = Files.writeString(Files.createDirectories(dir.resolve("my tools")).resolve("kokai-1.0.jar"), "");
    assertThat(InitCommand.launcher(jar)).isEqualTo("java -jar \"" + jar.toAbsolutePath() + "\"");
    assertThat(InitCommand.launcher(dir)).isEqualTo("java -jar kokai.jar");
    // A folder with a space is quoted so the printed line can be pasted into a shell.
    CliTest.Run spaced = CliTest.run("init", dir.resolve("new city").toString());
    assertThat(spaced.out()).contains("cd \"" + dir.resolve("new city") + "\" && ");
  }

  @Test
  void summaryCountsAreSingularForOne() {
    assertThat(BuildCommand.count(1, "sheet")).isEqualTo("1 sheet");
    assertThat(BuildCommand.count(0, "sheet")).isEqualTo("0 sheets");
    assertThat(BuildCommand.count(6, "page")).isEqualTo("6 pages");
    assertThat(BuildCommand.count(12_186, "page")).isEqualTo("12,186 pages");
  }

  @Test
  void initRefusesAFolderThatIsNotEmpty() throws Exception {
    Files.writeString(dir.resolve("x.txt"), "x");
    assertThat(CliTest.run("init", dir.toString()).code()).isEqualTo(2);
  }

  /** --base-url meets the site config's rules as its own baseUrl does: an error at site.yaml, not a fault. */
  @Test
  void aBaseUrlThatTheConfigRefusesIsAnErrorOfTheConfig() throws Exception {
    Files.createDirectories(dir.resolve("content/sheets"));
    Files.writeString(dir.resolve("content/site.yaml"),
        "title: x\ncity: y\ntranslations:\n  - language: en\n    baseUrl: https://example.jp/hyoka/en/\n");
    CliTest.Run r = CliTest.run("build", "--content", dir.resolve("content").toString(), "--out", dir.resolve("site").toString(),
        "--base-url", "https://example.jp/hyoka/en/");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("site.yaml: error: translations[0].baseUrl: the other version's address is this site's own"
        + " (with --base-url https://example.jp/hyoka/en/)").doesNotContain("fault in kokai");
  }

  /**
   * A site config written as site.yml is the file that every message about its baseUrl names: the
   * feed's warning and an address --base-url gives that the config refuses too, not a site.yaml
   * that is not there.
   */
  @Test
  void aSiteYmlIsTheFileThatMessagesAboutItsBaseUrlName() throws Exception {
    Files.createDirectories(dir.resolve("content/sheets"));
    Files.writeString(dir.resolve("content/site.yml"), "title: x\ncity: y\n");
    CliTest.Run r = CliTest.run("build", "--content", dir.resolve("content").toString(), "--out", dir.resolve("site").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("site.yml: warning: baseUrl: no sitemap.xml was written", "site.yml: warning: baseUrl: no feed.xml")
        .doesNotContain("site.yaml:");
    CliTest.Run refused = CliTest.run("build", "--content", dir.resolve("content").toString(), "--out", dir.resolve("site").toString(),
        "--base-url", "https://staff:s3cret@example.jp/hyoka/");
    assertThat(refused.code()).as(refused.err()).isEqualTo(1);
    assertThat(refused.err()).contains("site.yml: error: baseUrl: ").doesNotContain("site.yaml:");
  }

  /** A password given with --base-url is refused without being printed back, in either part of the message. */
  @Test
  void aBaseUrlWithAPasswordIsRefusedWithoutSayingThePassword() throws Exception {
    Files.createDirectories(dir.resolve("content/sheets"));
    Files.writeString(dir.resolve("content/site.yaml"), "title: x\ncity: y\n");
    CliTest.Run r = CliTest.run("build", "--content", dir.resolve("content").toString(), "--out", dir.resolve("site").toString(),
        "--base-url", "https://staff:s3cret@example.jp/hyoka/");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("holds a user name or password", "(with --base-url https://…@example.jp/hyoka/)")
        .doesNotContain("s3cret");
  }

  @Test
  void badContentExitsOneAndLeavesNoOutput() throws Exception {
    Files.createDirectories(dir.resolve("content"));
    Files.writeString(dir.resolve("content/site.yaml"), "title: x\n");
    CliTest.Run r = CliTest.run("build", "--content", dir.resolve("content").toString(), "--out", dir.resolve("site").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("site.yaml", "error", "nothing was written to");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void aBaseUrlThatIsNotAUrlIsAUsageError() {
    assertThat(CliTest.run("build", "--base-url", "example.jp").code()).isEqualTo(2);
    CliTest.Run page = CliTest.run("build", "--base-url", "https://example.jp/hyoka/index.html");
    assertThat(page.code()).isEqualTo(2);
    assertThat(page.err()).contains("https://example.jp/hyoka/\"");
  }
}
