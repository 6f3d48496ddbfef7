package kokai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kokai.build.BuildConfig;
import kokai.build.BuildResult;
import kokai.build.IncrementalBuild;
import kokai.build.SiteBuild;
import kokai.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's rebuild after an edit gives the same site as a fresh build, touching only what changed. */
class RebuildTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

  @TempDir Path dir;

  /** The generated city most tests here edit: 60 sheets over three fiscal years. */
  private Path city() throws Exception {
    return Previews.content(dir.resolve("content"), 11, 60, 2021, 2023);
  }

  @Test
  void rebuildAfterAnEditEqualsAFullBuildAndKeepsUnchangedFilesTimes() throws Exception {
    Path content = city();
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      Map<String, byte[]> before = files(preview);
      assertThat(before).containsKey("index.html");
      for (String f : before.keySet()) {
        Files.setLastModifiedTime(preview.resolve(f), LONG_AGO);
      }
      Path sheet = content.resolve("sheets/2022/010.yaml");
      Files.writeString(sheet, Files.readString(sheet).replaceFirst("(?m)^title: .*$", "title: 図書館サービス改善事業"));

      BuildResult r = session.rebuild(Set.of(sheet));
      assertThat(r.published()).as(log.toString()).isTrue();

      Path fresh = dir.resolve("fresh");
      BuildResult full = new SiteBuild().run(BuildConfig.of(content, fresh));
      assertThat(full.published()).isTrue();
      assertThat(r.pages()).as("pages rendered again after the edit").isLessThan(full.pages());
      Map<String, byte[]> expected = files(fresh);
      Map<String, byte[]> after = files(preview);
      assertThat(after.keySet()).isEqualTo(expected.keySet());
      int changed = 0;
      for (String f : expected.keySet()) {
        assertThat(text(after.get(f))).as(f).isEqualTo(text(expected.get(f)));
        boolean same = before.containsKey(f) && Arrays.equals(before.get(f), after.get(f));
        FileTime t = Files.getLastModifiedTime(preview.resolve(f));
        if (same) {
          assertThat(t).as("time of unchanged " + f).isEqualTo(LONG_AGO);
        } else {
          changed++;
          assertThat(t).as("time of changed " + f).isNotEqualTo(LONG_AGO);
        }
      }
      assertThat(changed).as("pages showing the new title").isGreaterThan(0).isLessThan(expected.size() / 2);
      assertThat(new String(after.get("2022/010/index.html"), StandardCharsets.UTF_8))
          .contains("図書館サービス改善事業").doesNotContain("EventSource");
    }
  }

  /**
   * A sheet's purpose is on its own page only (and its project's comparison page, made with it):
   * the edit renders those two pages, no listing and none of the project's other years, tells the
   * sheet's page alone, and leaves the preview as a fresh build makes it.
   */
  @Test
  void anEditOfWhatOnlyTheSheetsPageShowsRendersThatPageAndItsComparisonOnly() throws Exception {
    Path content = city();
    Path preview = dir.resolve("preview");
    try (IncrementalBuild build = new IncrementalBuild(BuildConfig.of(content, preview))) {
      assertThat(build.full().published()).isTrue();
      Path sheet = content.resolve("sheets/2022/007.yaml");
      assertThat(preview.resolve("2021/007/index.html")).as("the project's other year").exists();
      Files.writeString(sheet, Files.readString(sheet).replaceFirst("(?m)^  purpose: ", "  purpose: 改めて"));
      List<List<String>> told = new ArrayList<>();
      BuildResult r = build.update(Set.of(sheet), told::add);
      assertThat(r.published()).isTrue();
      assertThat(r.pages()).as("the sheet's page and its project's comparison").isEqualTo(2);
      assertThat(told).containsExactly(List.of("2022/007/index.html"));
      build.finish();
      assertLikeAFreshBuild("purpose", content, preview);
    }
  }

  /**
   * Edits of every kind, one after another in one preview: text, a direction and SDGs that move the
   * sheet between listings (incremental), another department, a direction that only other fiscal
   * years had (its overview gains a year page: the full build) and a direction no sheet had (a new
   * page: the full build). After each the preview equals a fresh build, search shards and data
   * files included.
   */
  @Test
  void everyKindOfEditEqualsAFullBuild() throws Exception {
    everyKindOfEdit(city());
  }

  /**
   * The same edits of a site whose build makes its English version in en/ too: the preview patches
   * both versions' pages and data files and the one search index they share, and equals a fresh
   * build after each edit.
   */
  @Test
  void everyKindOfEditOfASiteWithAnEnglishVersionEqualsAFullBuild() throws Exception {
    Path content = city();
    Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
        + "translations:\n  - language: en\n    title: Test City Project Evaluations\n");
    everyKindOfEdit(content);
    assertThat(dir.resolve("preview/en/data/sheets.csv")).isRegularFile();
    assertThat(dir.resolve("preview/search/index/manifest.js")).isRegularFile();
    assertThat(dir.resolve("preview/en/search/index")).doesNotExist();
  }

  private void everyKindOfEdit(Path content) throws Exception {
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      Path sheet = content.resolve("sheets/2022/007.yaml");
      String other = Files.readString(content.resolve("sheets/2023/016.yaml"));
      // A direction another sheet of 2022 has: the sheet moves between two existing direction pages of 2022.
      String own = decision(Files.readString(sheet));
      Map<String, Set<Integer>> yearsOf = new TreeMap<>();
      try (Stream<Path> all = Files.walk(content.resolve("sheets"))) {
        all.filter(Files::isRegularFile).forEach(f -> yearsOf.computeIfAbsent(decision(read(f)), k -> new TreeSet<>())
            .add(Integer.parseInt(f.getParent().getFileName().toString())));
      }
      String decision = yearsOf.entrySet().stream().filter(d -> !d.getKey().equals(own) && d.getValue().contains(2022))
          .findFirst().orElseThrow().getKey();
      // A direction only other years have: its overview gains a page for 2022.
      String elsewhere = yearsOf.entrySet().stream().filter(d -> !d.getValue().contains(2022))
          .findFirst().orElseThrow().getKey();
      List<Edit> edits = List.of(
          new Edit("text", true, y -> y.replaceFirst("(?m)^  purpose: ", "  purpose: 改めて")),
          // Shown on the listings' rows, which the edit puts in as bytes kept from the first build.
          new Edit("title, with characters outside the BMP", true, y -> y.replaceFirst("(?m)^title: ", "title: 🌸𠮷 ")),
          new Edit("direction", true, y -> y.replaceFirst("(?m)^  decision: .*$", "  decision: " + decision)),
          new Edit("SDGs", true, y -> y.replaceFirst("(?m)^sdgs:\n(  - \\d+\n)+", group(other, "(?m)^sdgs:\n(  - \\d+\n)+"))),
          new Edit("department", null, y -> y.replaceFirst("(?m)^  department: .*$", group(other, "(?m)^  department: .*$"))),
          new Edit("direction of other years", false, y -> y.replaceFirst("(?m)^  decision: .*$", "  decision: " + elsewhere)),
          new Edit("new direction", false, y -> y.replaceFirst("(?m)^  decision: .*$", "  decision: 他事業へ統合し再編")));
      for (Edit e : edits) {
        String before = Files.readString(sheet);
        String after = e.change().apply(before);
        assertThat(after).as(e.name()).isNotEqualTo(before);
        Files.writeString(sheet, after);
        BuildResult r = session.rebuild(Set.of(sheet));
        assertThat(r.published()).as(e.name() + ": " + log).isTrue();
        if (e.incremental() != null) {
          assertThat(!r.stageTimes().containsKey("staging")).as(e.name() + " rebuilt incrementally").isEqualTo(e.incremental());
        }
        Path fresh = dir.resolve("fresh-" + edits.indexOf(e));
        assertThat(new SiteBuild().run(BuildConfig.of(content, fresh)).published()).isTrue();
        assertSameFiles(e.name(), files(fresh), files(preview));
      }
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decision(String yaml) {
    return group(yaml, "(?m)^  decision: .*$").substring("  decision: ".length());
  }

  private record Edit(String name, Boolean incremental, UnaryOperator<String> change) {}

  private static String group(String yaml, String regex) {
    Matcher m = Pattern.compile(regex).matcher(yaml);
    assertThat(m.find()).as(regex).isTrue();
    return m.group();
  }

  /**
   * Every page's head links feed.xml while the site has one: the first date given to a sheet of a
   * site without any (none in site.yaml either) brings the feed and that link to every page, and
   * taking it away takes both, as a full build does.
   */
  @Test
  void theFirstDateOfASiteWithoutAnyBringsTheFeedToEveryPageAsAFullBuildDoes() throws Exception {
    Path content = city();
    Path site = content.resolve("site.yaml");
    Files.writeString(site, Files.readString(site).replaceAll("(?m)^published: .*\n", ""));
    try (Stream<Path> all = Files.walk(content.resolve("sheets"))) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        Files.writeString(f, read(f).replaceAll("(?m)^(published|updated): .*\n", ""));
      }
    }
    Path sheet = content.resolve("sheets/2022/007.yaml");
    String undated = Files.readString(sheet);
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      assertThat(preview.resolve("feed.xml")).doesNotExist();
      for (String yaml : List.of("published: 2023-07-01\n" + undated, undated)) {
        Files.writeString(sheet, yaml);
        rebuildsLikeAFreshBuild(session, sheet, yaml.substring(0, 20), log, content, preview);
      }
    }
  }

  /**
   * Where a sheet continues another number by a related link, the name decides whether a sheet
   * that keeps the old number is the same project (a project split in two) or a new one (the
   * number given again): an edit of that name regroups the projects as a full build does.
   */
  @Test
  void aNewNameForANumberAtARelatedLinkRegroupsItsProjectAsAFullBuildDoes() throws Exception {
    Path content = city();
    Path preview = dir.resolve("preview");
    List<String> ids;
    try (Stream<Path> files = Files.list(content.resolve("sheets/2023"))) {
      ids = files.map(f -> f.getFileName().toString().replace(".yaml", ""))
          .filter(id -> Files.exists(content.resolve("sheets/2022/" + id + ".yaml"))).sorted().limit(2).toList();
    }
    Path continuing = content.resolve("sheets/2023/" + ids.get(0) + ".yaml");
    Files.writeString(continuing, Files.readString(continuing) + "related:\n  - {fiscalYear: 2022, id: \"" + ids.get(1) + "\"}\n");
    Path kept = content.resolve("sheets/2023/" + ids.get(1) + ".yaml");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      String title = group(Files.readString(kept), "(?m)^title: .*$");
      for (String edit : List.of("title: 新しい事業", title)) {
        Files.writeString(kept, Files.readString(kept).replaceFirst("(?m)^title: .*$", edit));
        rebuildsLikeAFreshBuild(session, kept, edit, log, content, preview);
      }
    }
  }

  /**
   * A sheet that comes to say it starts a new project (newProject: true) leaves the project of its
   * number's earlier sheet, and joins it again when it no longer says so: each edit regroups the
   * projects (the sheet pages' other years, the comparison pages) as a full build does.
   */
  @Test
  void aSheetSaidToStartANewProjectLeavesItsNumbersProjectAsAFullBuildDoes() throws Exception {
    Path content = city();
    Path preview = dir.resolve("preview");
    String id;
    try (Stream<Path> files = Files.list(content.resolve("sheets/2023"))) {
      id = files.map(f -> f.getFileName().toString().replace(".yaml", ""))
          .filter(i -> Files.exists(content.resolve("sheets/2022/" + i + ".yaml"))).sorted().findFirst().orElseThrow();
    }
    Path later = content.resolve("sheets/2023/" + id + ".yaml");
    String written = Files.readString(later);
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      for (String text : List.of(written + "newProject: true\n", written)) {
        Files.writeString(later, text);
        rebuildsLikeAFreshBuild(session, later, "newProject " + (text.equals(written) ? "taken out" : "true"), log, content, preview);
      }
    }
  }

  /**
   * A Markdown page's link to an element of a sheet's page that an edit takes away is an error, as
   * in a build, and the last good pages stay; putting the element back publishes the edit.
   */
  @Test
  void anEditThatBreaksAMarkdownPagesLinkIsAnErrorAtTheLinkAndTheLastGoodPagesStay() throws Exception {
    Path content = city();
    Files.createDirectories(content.resolve("pages"));
    anEditBreaksTheLinkOf(content, content.resolve("pages/about.md"));
  }

  /** The same of a page written for the English version the build makes in en/. */
  @Test
  void anEditThatBreaksAnEnglishPagesLinkIsAnErrorAtTheLinkAndTheLastGoodPagesStay() throws Exception {
    Path content = city();
    Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "translations:\n  - language: en\n");
    Files.createDirectories(content.resolve("pages/en"));
    Files.writeString(content.resolve("pages/about.md"), "# このサイトについて\n\n市の事業です。\n");
    anEditBreaksTheLinkOf(content, content.resolve("pages/en/about.md"));
  }

  private void anEditBreaksTheLinkOf(Path content, Path about) throws Exception {
    Files.writeString(about, "# このサイトについて\n\n[第1指標](/2022/001/#indicator-1)\n");
    Path preview = dir.resolve("preview");
    Path sheet = content.resolve("sheets/2022/001.yaml");
    String before = Files.readString(sheet);
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      byte[] good = Files.readAllBytes(preview.resolve("2022/001/index.html"));
      Files.writeString(sheet, before.replaceFirst("(?ms)^indicators:\n.*?(?=^results:)", "indicators: []\n"));
      BuildResult r = session.rebuild(Set.of(sheet));
      assertThat(r.published()).isFalse();
      assertThat(r.diagnostics()).anySatisfy(d -> {
        assertThat(d.isError()).isTrue();
        assertThat(d.location().file()).isEqualTo(about);
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.message()).contains("indicator-1");
      });
      assertThat(Files.readAllBytes(preview.resolve("2022/001/index.html"))).isEqualTo(good);
      Files.writeString(sheet, before.replaceFirst("(?m)^  purpose: ", "  purpose: 改めて"));
      rebuildsLikeAFreshBuild(session, sheet, "the sheet mended", log, content, preview);
    }
  }

  /**
   * A city's template may link to an element that depends on the content (each sheet's first
   * indicator): an edit that takes it away is an error at the page, as in a build.
   */
  @Test
  void anEditThatBreaksACityTemplatesLinkIsAnErrorAndTheLastGoodPagesStay() throws Exception {
    Path content = cityThemedContent();
    cityTemplate("year.ftlh", kokaisTemplate("year.ftlh").replace("</@base.layout>",
        "<#list y.sheets() as s><a href=\"${link.sheet(s)}#indicator-1\">指標1</a></#list>\n</@base.layout>"));
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      assertThat(log.toString()).doesNotContain("error");
      Map<String, byte[]> good = files(preview);
      Path sheet = content.resolve("sheets/2022/005.yaml");
      String before = Files.readString(sheet);
      Files.writeString(sheet, before.replaceFirst("(?ms)^indicators:\n.*?(?=^results:)", "indicators: []\n"));
      BuildResult r = session.rebuild(Set.of(sheet));
      assertThat(r.published()).isFalse();
      assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("#indicator-1"));
      assertSameFiles("after the error", good, files(preview));
    }
  }

  /**
   * A city's footer that shows the site's totals is on every page, so an edit of one budget changes
   * every page: the preview then rebuilds the whole site for each edit, and says why once. A city's
   * copy of a listing that shows only what kokai's does stays quick.
   */
  @Test
  void aThemeThatShowsSiteWideFiguresOnEveryPageIsRebuiltWholeForEachEdit() throws Exception {
    Path content = cityThemedContent();
    Path footer = cityTemplate("partials/footer.ftlh", "<footer><p>予算合計 ${(site.totals()?last.budget())!0}</p></footer>\n");
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      assertThat(log.toString()).contains(footer + ": warning: this template reads what kokai's does not");
      Path sheet = content.resolve("sheets/2022/005.yaml");
      Files.writeString(sheet, Files.readString(sheet).replaceFirst("(?m)^    budget: \\d+", "    budget: 987654"));
      BuildResult r = session.rebuild(Set.of(sheet));
      assertThat(r.published()).as(log.toString()).isTrue();
      assertThat(r.stageTimes()).as("a full build").containsKey("staging");
      assertThat(log.toString().split("this template reads what kokai's does not", -1)).as("said once").hasSize(2);
      assertLikeAFreshBuild("the budget edited", content, preview);
    }
    // kokai's department listing with a line of its own: its figures are those kokai's shows.
    Files.delete(footer);
    cityTemplate("department.ftlh", kokaisTemplate("department.ftlh") + "<p>市の独自の一文</p>\n");
    try (PreviewSession session = Previews.start(content, dir.resolve("preview-2"), log)) {
      Path sheet = content.resolve("sheets/2022/006.yaml");
      Files.writeString(sheet, Files.readString(sheet).replaceFirst("(?m)^    budget: \\d+", "    budget: 123456"));
      BuildResult r = session.rebuild(Set.of(sheet));
      assertThat(r.published()).as(log.toString()).isTrue();
      assertThat(r.stageTimes()).as("an edit of its pages only").doesNotContainKey("staging");
      assertLikeAFreshBuild("the budget edited", content, dir.resolve("preview-2"));
    }
  }

  @Test
  void aFullBuildKeepsTheFilesWhoseBytesDidNotChange() throws Exception {
    Path content = dir.resolve("content");
    Previews.content(content, 13, 30, 2022, 2023);
    Path site = dir.resolve("site");
    assertThat(new SiteBuild().run(BuildConfig.of(content, site)).published()).isTrue();
    Map<String, byte[]> before = files(site);
    for (String f : before.keySet()) {
      Files.setLastModifiedTime(site.resolve(f), LONG_AGO);
    }
    Path sheet = content.resolve("sheets/2023/004.yaml");
    Files.writeString(sheet, Files.readString(sheet).replaceFirst("(?m)^  purpose: ", "  purpose: 改めて"));
    BuildResult r = new SiteBuild().run(BuildConfig.of(content, site));
    assertThat(r.published()).isTrue();
    Map<String, byte[]> after = files(site);
    long kept = 0;
    for (String f : after.keySet()) {
      boolean same = before.containsKey(f) && Arrays.equals(before.get(f), after.get(f));
      assertThat(Files.getLastModifiedTime(site.resolve(f)).equals(LONG_AGO)).as(f).isEqualTo(same);
      kept += same ? 1 : 0;
    }
    assertThat(r.unchanged()).isEqualTo(kept).isGreaterThan(after.size() / 2);
  }

  @Test
  void aBrokenEditKeepsTheLastGoodSite() throws Exception {
    // Named as staff name it (serve --content content), while the watcher names files by their full path.
    Path content = Path.of("").toAbsolutePath().relativize(dir.resolve("content"));
    Previews.content(content, 12, 20, 2022, 2022);
    Path preview = dir.resolve("preview");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (PreviewSession session = PreviewSession.start(BuildConfig.of(content, preview),
        InetAddress.getLoopbackAddress(), 0, new PrintWriter(out), new PrintWriter(err))) {
      Map<String, byte[]> good = files(preview);
      Path sheet = content.resolve("sheets/2022/005.yaml");
      prefixTitle(sheet, "[unclosed ");
      assertThat(session.rebuild(Set.of(sheet.toAbsolutePath())).published()).isFalse();
      // The file is named as a build names it.
      assertThat(err.toString()).startsWith(sheet + ":").contains("error").contains("still serving the last good pages");
      assertThat(files(preview).keySet()).isEqualTo(good.keySet());
    }
  }

  /**
   * An edit says its own warnings, and how many of other files stand: a department without a slug
   * is still without one after an edit of another department's sheet, though the edit does not say it.
   */
  @Test
  void anEditSaysHowManyWarningsOfOtherFilesStand() throws Exception {
    Path content = Previews.content(dir.resolve("content"), 12, 20, 2022, 2022);
    Path siteYaml = content.resolve("site.yaml");
    List<String> lines = new ArrayList<>(Files.readAllLines(siteYaml));
    String removed = lines.remove(lines.indexOf("departmentSlugs:") + 1).strip();
    String department = removed.substring(0, removed.indexOf(':'));
    Files.write(siteYaml, lines);
    Path other;
    try (Stream<Path> sheets = Files.list(content.resolve("sheets/2022"))) {
      other = sheets.sorted().filter(f -> !read(f).contains("department: " + department + "\n")).findFirst().orElseThrow();
    }
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      assertThat(log.toString()).contains("the department \"" + department + "\" has no slug");
      Matcher first = Pattern.compile("0 errors, (\\d+) warnings?").matcher(log.toString());
      assertThat(first.find()).as(log.toString()).isTrue();
      prefixTitle(other, "改 ");
      int before = log.toString().length();
      BuildResult r = session.rebuild(Set.of(other));
      assertThat(r.published()).as(log.toString()).isTrue();
      assertThat(r.diagnostics()).noneMatch(d -> d.message().contains("has no slug"));
      // All the full build's warnings stand: the edit changed a title only.
      int standing = Integer.parseInt(first.group(1)) - r.diagnostics().size();
      assertThat(standing).isPositive();
      assertThat(log.toString().substring(before)).contains(standing == 1 ? "1 warning of other files stands, as the last full build said it"
          : standing + " warnings of other files stand, as the last full build said them");
    }
  }

  /**
   * A sheet left broken while another is edited: the error stays on show (a build would fail on
   * it), and once it is mended the preview holds both edits, as a fresh build does.
   */
  @Test
  void aSheetLeftBrokenStaysReportedWhileOthersAreEdited() throws Exception {
    Path content = Previews.content(dir.resolve("content"), 12, 20, 2022, 2022);
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      Path broken = content.resolve("sheets/2022/005.yaml");
      String good = Files.readString(broken);
      Files.writeString(broken, good.replaceFirst("(?m)^title: ", "title: [unclosed "));
      assertThat(session.rebuild(Set.of(broken)).published()).isFalse();
      Path other = content.resolve("sheets/2022/006.yaml");
      prefixTitle(other, "改 ");
      BuildResult r = session.rebuild(Set.of(other));
      assertThat(r.published()).as(log.toString()).isFalse();
      assertThat(r.diagnostics().toString()).contains("005.yaml");
      assertThat(session.server().hasProblem()).isTrue();
      Files.writeString(broken, good.replaceFirst("(?m)^title: ", "title: 直した "));
      rebuildsLikeAFreshBuild(session, broken, "both edits", log, content, preview);
    }
  }

  @Test
  void anEditWhoseListingFailsToRenderPutsBackThePagesItHadWritten() throws Exception {
    // A city theme whose fiscal-year listing fails on a title with "BOOM": the edited sheet's own
    // page renders (and is written first), then its listing fails.
    Path content = cityThemedContent();
    yearListingFailsOnBoom();
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      Map<String, byte[]> good = files(preview);
      Path sheet = content.resolve("sheets/2022/005.yaml");
      String before = Files.readString(sheet);
      Files.writeString(sheet, before.replaceFirst("(?m)^title: ", "title: BOOM "));
      BuildResult r = session.rebuild(Set.of(sheet));
      assertThat(r.published()).as(log.toString()).isFalse();
      assertThat(r.diagnostics().toString()).contains("year.ftlh");
      assertSameFiles("after the fix", good, files(preview));
      // The next good edit is rebuilt as usual.
      Files.writeString(sheet, before.replaceFirst("(?m)^title: ", "title: 改 "));
      assertThat(session.rebuild(Set.of(sheet)).published()).as(log.toString()).isTrue();
      assertThat(Files.readString(preview.resolve("2022/005/index.html"))).contains("改 ");
      // A failed edit leaves the search index as it was: after another failed edit, an edit of
      // another sheet rewrites the shards it touches without the failed edit's words.
      Files.writeString(sheet, before.replaceFirst("(?m)^title: ", "title: BOOM 爆発的な語 "));
      assertThat(session.rebuild(Set.of(sheet)).published()).as(log.toString()).isFalse();
      Files.writeString(sheet, before.replaceFirst("(?m)^title: ", "title: 改 "));
      Path other = content.resolve("sheets/2022/006.yaml");
      prefixTitle(other, "別の語 爆発 ");
      rebuildsLikeAFreshBuild(session, other, "preview", log, content, preview);
    }
  }

  /**
   * With an English version, the edited sheet's page of each language is written and told before
   * any listing: when the site's listing then fails, both are put back.
   */
  @Test
  void anEditWhoseListingFailsToRenderPutsBackItsSheetPageInEachLanguage() throws Exception {
    Path content = cityThemedContent();
    Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "translations:\n  - language: en\n");
    yearListingFailsOnBoom();
    Path preview = dir.resolve("preview");
    try (IncrementalBuild build = new IncrementalBuild(BuildConfig.of(content, preview))) {
      assertThat(build.full().published()).isTrue();
      Map<String, byte[]> good = files(preview);
      Path sheet = content.resolve("sheets/2022/005.yaml");
      Files.writeString(sheet, Files.readString(sheet).replaceFirst("(?m)^title: ", "title: BOOM "));
      List<String> told = new ArrayList<>();
      BuildResult r = build.update(Set.of(sheet), told::addAll);
      assertThat(r.published()).isFalse();
      assertThat(r.diagnostics().toString()).contains("year.ftlh");
      assertThat(told).containsExactly("2022/005/index.html", "en/2022/005/index.html");
      build.finish();
      assertSameFiles("after the failed edit", good, files(preview));
    }
  }

  /** A city theme whose fiscal-year listing fails on a title with "BOOM", as a page's value the template lacks. */
  private void yearListingFailsOnBoom() throws IOException {
    cityTemplate("year.ftlh", kokaisTemplate("year.ftlh")
        + "<#list page.year().sheets() as s><#if s.title()?contains(\"BOOM\")>${s.noSuchField}</#if></#list>\n");
  }

  /**
   * A listing template that calls itself without end, met only after the edited sheet's page was
   * written, is the theme's error at the template (not a fault of kokai's stack): the preview says
   * it in the terminal and on open pages, the last good pages stay, and the edit that mends it
   * gives what a fresh build gives.
   */
  @Test
  void aTemplateThatCallsItselfWithoutEndDuringARebuildIsAnErrorAndTheLastGoodPagesStay() throws Exception {
    Path content = cityThemedContent();
    Path year = cityTemplate("year.ftlh", kokaisTemplate("year.ftlh")
        + "<#macro down n><@down n + 1/></#macro>\n"
        + "<#list page.year().sheets() as s><#if s.title()?contains(\"BOOM\")><@down 0/></#if></#list>\n");
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      Map<String, byte[]> good = files(preview);
      Path sheet = content.resolve("sheets/2022/005.yaml");
      String before = Files.readString(sheet);
      Files.writeString(sheet, before.replaceFirst("(?m)^title: ", "title: BOOM "));
      BuildResult r = session.rebuild(Set.of(sheet));
      assertThat(r.published()).isFalse();
      assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
        assertThat(d.location().file()).isEqualTo(year);
        assertThat(d.message()).contains("calls itself without end");
      });
      assertThat(log.toString()).contains("still serving the last good pages").doesNotContain("fault in kokai");
      assertThat(session.server().hasProblem()).isTrue();
      assertSameFiles("after the error", good, files(preview));
      Files.writeString(sheet, before.replaceFirst("(?m)^title: ", "title: 改 "));
      BuildResult next = session.rebuild(Set.of(sheet));
      assertThat(next.published()).as(log.toString()).isTrue();
      assertThat(session.server().hasProblem()).isFalse();
      assertLikeAFreshBuild("after the fix", content, preview);
    }
  }

  /**
   * What editors and file browsers leave beside the files (backups ending in {@code ~}, Emacs'
   * {@code #autosave#} and {@code .#lock} links, {@code .DS_Store}, {@code Thumbs.db}) is no
   * content: it neither starts a rebuild, nor fails or warns in one, nor reaches the site.
   */
  @Test
  void editorsLeftoversNeitherRebuildNorReachTheSite() throws Exception {
    Path content = cityThemedContent();
    Path css = Files.createDirectories(dir.resolve("themes/city/assets/css"));
    Path sheet = content.resolve("sheets/2022/005.yaml");
    Path pages = Files.createDirectories(content.resolve("pages"));
    Files.writeString(pages.resolve("about.md"), "# About\n\nThe site.\n");
    List<Path> leftovers = List.of(css.resolve("site.css~"), css.resolve("#theme.css#"), css.resolve(".DS_Store"),
        css.resolve("Thumbs.db"), sheet.resolveSibling("005.yaml~"), sheet.resolveSibling("#005.yaml#"),
        sheet.resolveSibling(".DS_Store"), pages.resolve("about.md~"));
    for (Path p : leftovers) {
      Files.writeString(p, p.toString().contains("sheets") ? Files.readString(sheet) : "left over\n");
    }
    // Emacs marks a file being edited with a link to nowhere.
    Files.createSymbolicLink(pages.resolve(".#about.md"), Path.of("staff@pc.4242:1700000000"));
    Path preview = dir.resolve("preview");
    try (IncrementalBuild build = new IncrementalBuild(BuildConfig.of(content, preview))) {
      BuildResult r = build.full();
      assertThat(r.published()).as(r.diagnostics().toString()).isTrue();
      assertThat(r.diagnostics().toString()).doesNotContain("005.yaml~", "#005", "about.md");
      assertThat(files(preview).keySet()).noneMatch(f -> f.contains("~") || f.contains("#") || f.contains("DS_Store")
          || f.contains("Thumbs"));
      assertThat(build.relevant(new TreeSet<>(leftovers))).isEmpty();
      // A web server's hidden files published from static/ are the city's: an edit of one rebuilds.
      Path statics = content.resolve("static");
      List<Path> served = List.of(statics.resolve(".htaccess"), statics.resolve(".well-known/security.txt"),
          statics.resolve("pdf/.htaccess"));
      assertThat(build.relevant(new TreeSet<>(served))).isEqualTo(new TreeSet<>(served));
      assertThat(build.relevant(new TreeSet<>(List.of(statics.resolve(".DS_Store"), statics.resolve("a.pdf~"))))).isEmpty();
    }
  }

  /**
   * A site config broken from the start: there are no pages yet, so every address answers with a
   * page that says so and listens for the fix, and the terminal does not claim to serve old pages.
   */
  @Test
  void aFirstBuildThatFailsServesAPageThatWaitsForTheFix() throws Exception {
    Path content = Previews.content(dir.resolve("content"), 12, 20, 2022, 2022);
    Path config = content.resolve("site.yaml");
    String good = Files.readString(config);
    Files.writeString(config, good + "title: [unclosed\n");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, dir.resolve("preview"), log)) {
      assertThat(log.toString()).contains("site.yaml:").contains("no pages to serve yet")
          .doesNotContain("still serving");
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      URI home = URI.create("http://127.0.0.1:" + session.address().getPort() + "/");
      var waiting = http.send(java.net.http.HttpRequest.newBuilder(home).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(waiting.statusCode()).isEqualTo(503);
      assertThat(waiting.body()).contains("EventSource");
      Files.writeString(config, good);
      assertThat(session.rebuild(Set.of(config)).published()).as(log.toString()).isTrue();
      var served = http.send(java.net.http.HttpRequest.newBuilder(home).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(served.statusCode()).isEqualTo(200);
    }
  }

  /**
   * A syntax error in a page template that many pages use is reported with its file and line (every
   * page after the first meets Freemarker's remembered failure, not the parse error itself), the
   * preview keeps its pages, and removing the error rebuilds.
   */
  @Test
  void aTemplateSyntaxErrorIsReportedAndTheFixRebuilds() throws Exception {
    Path content = cityThemedContent();
    Path template = dir.resolve("themes/city/templates/sheet.ftlh");
    Files.createDirectories(template.getParent());
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      Map<String, byte[]> good = files(preview);
      List<String> lines = Files.readAllLines(Path.of("themes/default/templates/sheet.ftlh"));
      int broken = lines.indexOf(lines.stream().filter(l -> l.contains("${s.title()}")).findFirst().orElseThrow());
      lines.set(broken, lines.get(broken).replace("${s.title()}", "${s.title(}"));
      Files.write(template, lines);

      BuildResult r = session.rebuild(Set.of(template));
      assertThat(r.published()).as(log.toString()).isFalse();
      assertThat(r.diagnostics()).anySatisfy(d -> {
        assertThat(d.location().file().toString()).endsWith("sheet.ftlh");
        assertThat(d.location().line()).isEqualTo(broken + 1);
        assertThat(d.message()).startsWith("template syntax error");
      });
      assertThat(log.toString()).contains("still serving the last good pages");
      assertThat(files(preview).keySet()).isEqualTo(good.keySet());

      Files.delete(template);
      assertThat(session.rebuild(Set.of(template)).published()).as(log.toString()).isTrue();
      assertSameFiles("after the fix", good, files(preview));
    }
  }

  /**
   * Editors that save by writing a temporary file beside the sheet and renaming it over the sheet
   * (sed -i, gedit, JetBrains' safe write) get the quick rebuild of the sheet's pages: the
   * temporary file, gone by then, is no reason for a full build.
   */
  @Test
  void aSaveByRenameRebuildsOnlyWhatTheSheetShows() throws Exception {
    Path content = Previews.content(dir.resolve("content"), 12, 20, 2022, 2022);
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, dir.resolve("preview"), log)) {
      Thread watching = watchInBackground(session);
      try {
        Thread.sleep(500); // the watcher registers the folders
        Path sheet = content.resolve("sheets/2022/005.yaml");
        for (String temporary : List.of("sedAb12Cd", ".goutputstream-X1Y2Z3", "005.yaml___jb_tmp___")) {
          long builds = builds(log);
          Path tmp = sheet.resolveSibling(temporary);
          Files.writeString(tmp, Files.readString(sheet).replaceFirst("(?m)^title: ", "title: 改" + temporary.length()));
          Files.move(tmp, sheet, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          long deadline = System.nanoTime() + 30_000_000_000L;
          while (builds(log) == builds && System.nanoTime() < deadline) {
            Thread.sleep(20);
          }
          List<String> lines = log.toString().lines().filter(l -> l.matches("(re)?built .*")).toList();
          assertThat(lines).as(temporary).hasSize((int) builds + 1);
          assertThat(lines.get(lines.size() - 1)).as(temporary).startsWith("rebuilt ");
        }
      } finally {
        watching.interrupt();
        watching.join(10_000);
      }
    }
  }

  /**
   * A sheet saved while the first build runs (a city starts the preview and goes on editing) is
   * rebuilt once it is done: the folders are watched from the start, not from the first build's end.
   */
  @Test
  void aSaveDuringTheFirstBuildIsRebuiltAfterIt() throws Exception {
    Path content = Previews.content(dir.resolve("content"), 12, 20, 2022, 2022);
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      // Saved after the first build read the sheets, before the watching began.
      Path sheet = content.resolve("sheets/2022/005.yaml");
      prefixTitle(sheet, "起動直後の改題 ");
      Thread watching = watchInBackground(session);
      try {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (builds(log) < 2 && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(builds(log)).as(log.toString()).isEqualTo(2);
      } finally {
        watching.interrupt();
        watching.join(10_000);
      }
      session.awaitIdle(java.time.Duration.ofSeconds(30));
      assertLikeAFreshBuild("the save during the first build", content, preview);
    }
  }

  /**
   * A save that changes no file of the site (the same text saved again, a touched site.yaml) does
   * not reload open pages; the next real edit does.
   */
  @Test
  void aSaveThatChangesNothingLeavesOpenPagesAlone() throws Exception {
    Path content = Previews.content(dir.resolve("content"), 12, 20, 2022, 2022);
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, dir.resolve("preview"), log);
        Socket page = new Socket(InetAddress.getLoopbackAddress(), session.address().getPort())) {
      page.setSoTimeout(20_000);
      page.getOutputStream().write("GET /__kokai/events HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      InputStream events = page.getInputStream();
      readUntil(events, ": kokai preview\n\n");
      Path sheet = content.resolve("sheets/2022/005.yaml");
      assertThat(session.rebuild(Set.of(sheet)).published()).as(log.toString()).isTrue();
      assertThat(session.rebuild(Set.of(content.resolve("site.yaml"))).published()).as(log.toString()).isTrue();
      prefixTitle(sheet, "改 ");
      assertThat(session.rebuild(Set.of(sheet)).published()).as(log.toString()).isTrue();
      long edit = session.lastGeneration();
      String heard = readUntil(events, "event: reload\ndata: " + edit + "\n");
      Matcher g = Pattern.compile("\"g\":\"(\\d+)\"|data: (\\d+)\n").matcher(heard);
      int count = 0;
      while (g.find()) {
        count++;
        assertThat(Long.parseLong(g.group(1) != null ? g.group(1) : g.group(2))).as(heard).isEqualTo(edit);
      }
      assertThat(count).as(heard).isGreaterThan(1);
    }
  }

  private static String readUntil(InputStream in, String mark) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    while (!b.toString(StandardCharsets.UTF_8).endsWith(mark)) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      b.write(c);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  private static long builds(StringWriter log) {
    return log.toString().lines().filter(l -> l.matches("(re)?built .*")).count();
  }

  /**
   * The preview folder removed while serving (a clean-up of the temporary folder): the next edit
   * builds it whole again instead of writing the edit's few pages into an empty folder.
   */
  @Test
  void aRemovedPreviewFolderIsBuiltWholeAgain() throws Exception {
    Path content = Previews.content(dir.resolve("content"), 12, 20, 2022, 2022);
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      try (Stream<Path> all = Files.walk(preview)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
      Path sheet = content.resolve("sheets/2022/005.yaml");
      prefixTitle(sheet, "改 ");
      rebuildsLikeAFreshBuild(session, sheet, "preview", log, content, preview);
    }
  }

  /**
   * A page of an edit that could not be written to the preview folder (here a folder stands where
   * its temporary file goes) is served from memory meanwhile; a full build that follows makes the
   * folder right, and from then on the folder is served, not the bytes of the failed write.
   */
  @Test
  void aFullBuildReplacesWhatAnEditCouldNotWrite() throws Exception {
    Path content = Previews.content(dir.resolve("content"), 12, 20, 2022, 2022);
    Path preview = dir.resolve("preview");
    try (IncrementalBuild build = new IncrementalBuild(BuildConfig.of(content, preview))) {
      assertThat(build.full().published()).isTrue();
      Path blocker = Files.createDirectories(preview.resolve("2022/005/.index.html.kokai-tmp/x"));
      Path sheet = content.resolve("sheets/2022/005.yaml");
      prefixTitle(sheet, "改 ");
      assertThat(build.update(Set.of(sheet)).published()).isTrue();
      assertThat(build.unwritten("2022/005/index.html")).isPresent();
      Files.delete(blocker);
      Files.delete(blocker.getParent());
      Path config = content.resolve("site.yaml");
      prefixTitle(config, "新 ");
      assertThat(build.full().published()).isTrue();
      assertThat(build.unwritten("2022/005/index.html")).isEmpty();
    }
  }

  /** A deleted sheet leaves the preview as a fresh build of what remains, its page gone. */
  @Test
  void aDeletedSheetLeavesThePreview() throws Exception {
    Path content = dir.resolve("content");
    Previews.content(content, 12, 20, 2022, 2022);
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log)) {
      Path sheet = content.resolve("sheets/2022/005.yaml");
      assertThat(preview.resolve("2022/005/index.html")).exists();
      Files.delete(sheet);
      assertThat(session.rebuild(Set.of(sheet)).published()).as(log.toString()).isTrue();
      Path fresh = dir.resolve("fresh");
      assertThat(new SiteBuild().run(BuildConfig.of(content, fresh)).published()).isTrue();
      Map<String, byte[]> actual = files(preview);
      assertThat(actual.keySet()).doesNotContain("2022/005/index.html");
      assertSameFiles("preview", files(fresh), actual);
    }
  }

  /** Puts {@code prefix} before the title of a sheet or site config file, as an edit would. */
  private static void prefixTitle(Path file, String prefix) throws IOException {
    Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: ", "title: " + prefix));
  }

  /** Runs the session's watch, as {@code kokai serve} does, on a thread of its own; interrupt it to stop. */
  private static Thread watchInBackground(PreviewSession session) {
    Thread watching = new Thread(() -> {
      try {
        session.watchForever();
      } catch (InterruptedException | IOException e) {
        // stopped
      }
    });
    watching.start();
    return watching;
  }

  /** Rebuilds after {@code changed} was saved, which must publish, and holds the preview to a fresh build. */
  private void rebuildsLikeAFreshBuild(PreviewSession session, Path changed, String what, StringWriter log, Path content,
      Path preview) throws IOException {
    assertThat(session.rebuild(Set.of(changed)).published()).as(what + ": " + log).isTrue();
    assertLikeAFreshBuild(what, content, preview);
  }

  /** The preview holds exactly what a fresh full build of the content writes. */
  private void assertLikeAFreshBuild(String what, Path content, Path preview) throws IOException {
    Path fresh = dir.resolve("fresh");
    assertThat(new SiteBuild().run(BuildConfig.of(content, fresh)).published()).isTrue();
    assertSameFiles(what, files(fresh), files(preview));
  }

  /** The same files with the same bytes, each difference shown as a readable diff. */
  private static void assertSameFiles(String what, Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertThat(actual.keySet()).as(what).isEqualTo(expected.keySet());
    for (String f : expected.keySet()) {
      assertThat(text(actual.get(f))).as(what + ": " + f).isEqualTo(text(expected.get(f)));
    }
  }

  /** Bytes as text, so that a difference shows as a readable diff (the comparison stays exact). */
  private static String text(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  /** Writes a template of the theme {@code city} ({@code partials/footer.ftlh}); returns its path. */
  private Path cityTemplate(String name, String text) throws IOException {
    Path file = dir.resolve("themes/city/templates").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** The text of kokai's template of that name, for a city's copy with a change of its own. */
  private static String kokaisTemplate(String name) throws IOException {
    return Files.readString(Path.of("themes/default/templates").resolve(name));
  }

  /** Twenty generated sheets of 2022 whose site.yaml names the theme {@code city}, under {@code dir/themes}. */
  private Path cityThemedContent() throws Exception {
    Path content = Previews.content(dir.resolve("content"), 12, 20, 2022, 2022);
    Files.writeString(content.resolve("site.yaml"),
        Files.readString(content.resolve("site.yaml")).replaceFirst("(?m)^theme: .*$", "theme: city"));
    return content;
  }
}
