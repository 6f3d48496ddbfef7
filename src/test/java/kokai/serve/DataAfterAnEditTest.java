package kokai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kokai.build.BuildConfig;
import kokai.build.BuildResult;
import kokai.build.IncrementalBuild;
import kokai.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an edit the preview writes the site-wide data files (sheets.csv, sheets.json, costs.csv,
 * their English variants, the feed) from what it wrote before and the edited sheets alone, and they
 * stay what a full build writes.
 */
class DataAfterAnEditTest {
  @TempDir Path dir;

  private static final UnaryOperator<String> BUDGET = y -> y.replaceFirst("(?m)^    budget: \\d+", "    budget: 123456");
  private static final UnaryOperator<String> TITLE = y -> y.replaceFirst("(?m)^title: ", "title: 改 ");
  private static final UnaryOperator<String> PURPOSE = y -> y.replaceFirst("(?m)^  purpose: ", "  purpose: 改めて");
  private static final UnaryOperator<String> BROKEN = y -> y.replaceFirst("(?m)^title: ", "title: [unclosed ");

  /**
   * Edits that change a sheet's rows of costs.csv (a budget), of every list (a title) and of
   * sheets.json alone (a purpose), a failed edit and the good one after it, a sheet added and one
   * removed (full builds) and an edit after them: after each the data files equal a fresh build's,
   * and after each incremental edit only the edited sheet was serialised again for them.
   */
  @Test
  void theDataFilesAfterEachEditAreAFullBuildsWithOnlyTheEditedSheetSerialisedAgain() throws Exception {
    editsOf(content(), 1);
  }

  /** The same with an English version in en/, whose lists are spliced in their own folder: the sheet once for each. */
  @Test
  void anEnglishVersionsDataFilesAreSplicedInItsFolderToo() throws Exception {
    Path content = content();
    Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
        + "translations:\n  - language: en\n    title: Test City Project Evaluations\n");
    editsOf(content, 2);
  }

  private void editsOf(Path content, int versions) throws Exception {
    Path preview = dir.resolve("preview");
    try (IncrementalBuild build = started(content, preview)) {
      Path sheet = content.resolve("sheets/2022/007.yaml");
      String original = Files.readString(sheet);
      edit(build, sheet, BUDGET, content, preview, versions);
      edit(build, sheet, TITLE, content, preview, versions);
      edit(build, sheet, PURPOSE, content, preview, versions);
      Files.writeString(sheet, BROKEN.apply(Files.readString(sheet)));
      assertThat(build.update(Set.of(sheet)).published()).isFalse();
      build.finish();
      Files.writeString(sheet, TITLE.apply(original));
      edit(build, sheet, UnaryOperator.identity(), content, preview, versions);

      Path added = content.resolve("sheets/2023/900.yaml");
      Files.writeString(added, original.replaceFirst("(?m)^id: .*$", "id: \"900\"").replaceFirst("(?m)^fiscalYear: .*$", "fiscalYear: 2023"));
      assertThat(build.update(Set.of(added)).published()).isTrue();
      assertSameData("a sheet added", content, preview);
      edit(build, added, BUDGET, content, preview, versions);

      Files.delete(content.resolve("sheets/2021/003.yaml"));
      assertThat(build.update(Set.of(content.resolve("sheets/2021/003.yaml"))).published()).isTrue();
      assertSameData("a sheet removed", content, preview);
      edit(build, sheet, TITLE, content, preview, versions);
    }
  }

  /**
   * An edit that parts a project from its earlier years (newProject: true) changes what the lists
   * say of sheets it did not touch: the project column of sheets.csv for the project's later year,
   * and the projects listed after the sheets in sheets.json. They stay a fresh build's, and so when
   * the project is joined again.
   */
  @Test
  void anEditThatPartsAProjectWritesTheListsThatNameProjectsWhole() throws Exception {
    Path content = content();
    Path preview = dir.resolve("preview");
    try (IncrementalBuild build = started(content, preview)) {
      Path sheet = content.resolve("sheets/2022/007.yaml");
      assertThat(content.resolve("sheets/2021/007.yaml")).exists();
      assertThat(content.resolve("sheets/2023/007.yaml")).exists();
      String original = Files.readString(sheet);
      for (String text : java.util.List.of(original + "newProject: true\n", original)) {
        Files.writeString(sheet, text);
        assertThat(build.update(Set.of(sheet)).published()).isTrue();
        build.finish();
        assertSameData(text.equals(original) ? "joined again" : "parted", content, preview);
      }
    }
  }

  /**
   * A data file changed in the preview folder by another hand is written whole after the next
   * edit, not spliced into: the spliced file would keep the change.
   */
  @Test
  void aDataFileChangedByAnotherHandIsWrittenWholeAgain() throws Exception {
    Path content = content();
    Path preview = dir.resolve("preview");
    try (IncrementalBuild build = started(content, preview)) {
      Path costs = preview.resolve("data/costs.csv");
      Files.writeString(costs, Files.readString(costs).replace("予算額", "予算学"));
      Files.delete(preview.resolve("data/sheets.json"));
      Path sheet = content.resolve("sheets/2022/007.yaml");
      Files.writeString(sheet, TITLE.apply(Files.readString(sheet)));
      assertThat(build.update(Set.of(sheet)).published()).isTrue();
      assertThat(build.finish()).hasValueSatisfying(r -> assertThat(r.sheets()).as("sheets serialised again").isEqualTo(40));
      assertSameData("after the edit", content, preview);
    }
  }

  /** The content every test edits: forty generated sheets (seed 11) of the fiscal years 2021–2023. */
  private Path content() throws Exception {
    return Previews.content(dir.resolve("content"), 11, 40, 2021, 2023);
  }

  /** The preview's build of {@code content} into {@code preview}, its first full build published. */
  private static IncrementalBuild started(Path content, Path preview) {
    IncrementalBuild build = new IncrementalBuild(BuildConfig.of(content, preview));
    assertThat(build.full().published()).isTrue();
    return build;
  }

  private void edit(IncrementalBuild build, Path sheet, UnaryOperator<String> change, Path content, Path preview,
      int versions) throws Exception {
    String before = Files.readString(sheet);
    Files.writeString(sheet, change.apply(before));
    BuildResult r = build.update(Set.of(sheet));
    assertThat(r.published()).as(r.diagnostics().toString()).isTrue();
    assertThat(r.stageTimes()).as("an incremental edit").doesNotContainKey("staging");
    assertThat(build.finish()).as("the work after the reload").hasValueSatisfying(
        rest -> assertThat(rest.sheets()).as("sheets serialised again for the data files").isEqualTo(versions));
    assertSameData(sheet.getFileName().toString(), content, preview);
  }

  /** The data files and the feed of the preview, of the site and each version, are those of a fresh build. */
  private void assertSameData(String what, Path content, Path preview) throws IOException {
    Path fresh = dir.resolve("fresh");
    assertThat(new SiteBuild().run(BuildConfig.of(content, fresh)).published()).isTrue();
    Map<String, String> expected = data(fresh);
    assertThat(expected).containsKeys("data/sheets.csv", "data/sheets.json", "data/costs.en.csv", "feed.xml");
    assertThat(data(preview)).as(what).isEqualTo(expected);
  }

  private static Map<String, String> data(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String path = root.relativize(p).toString().replace('\\', '/');
        if (path.matches("(en/)?(data/[^/]+\\.(csv|json)|feed\\.xml)")) {
          out.put(path, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
