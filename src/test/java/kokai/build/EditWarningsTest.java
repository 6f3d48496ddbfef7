package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kokai.diag.Diagnostic;
import kokai.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's one-sheet reload warns about what the edit did across sheets as a full build
 * would: a name now spelt two ways, a related sheet that does not exist, a department without a
 * slug (said at its first sheet).
 */
class EditWarningsTest {
  @TempDir Path dir;

  /** A project of two years and two others of one division. */
  private MiniSite fourSheets() {
    return MiniSite.in(dir)
        .sheet(2021, "001", MiniSite.sheet(2021, "001", "広報事業", "市民部", "IT推進課", "ICT係", 1000, 900L, 500))
        .sheet(2022, "001", MiniSite.sheet(2022, "001", "広報事業", "市民部", "IT推進課", "ICT係", 1000, 900L, 500))
        .sheet(2022, "002", MiniSite.sheet(2022, "002", "広聴事業", "市民部", "IT推進課", "ICT係", 1000, 900L, 500))
        .sheet(2022, "003", MiniSite.sheet(2022, "003", "統計事業", "市民部", "IT推進課", "統計係", 1000, 900L, 500));
  }

  @Test
  void anEditThatSpellsANameASecondWayIsWarnedAtOnce() {
    MiniSite s = fourSheets();
    Path content = dir.resolve("content");
    try (IncrementalBuild b = new IncrementalBuild(new BuildConfig(content, s.out(), null, dir.resolve("themes")))) {
      assertThat(b.full().published()).isTrue();

      s.sheet(2022, "002", MiniSite.sheet(2022, "002", "広聴事業", "市民部", "It推進課", "ict係", 1000, 900L, 500)
          .replace("title: 広聴事業", "title: 広聴事業\nrelated: [{fiscalYear: 2019, id: \"002\"}]"));
      BuildResult edit = b.update(Set.of(content.resolve("sheets/2022/002.yaml")));
      assertThat(edit.published()).isTrue();
      assertThat(edit.stageTimes()).as("an incremental update, not a full build").doesNotContainKey("staging");

      List<String> warnings = edit.diagnostics().stream().map(Diagnostic::oneLine).toList();
      Path file = content.resolve("sheets/2022/002.yaml");
      assertThat(warnings)
          .anySatisfy(w -> assertThat(w).startsWith(file + ":5:43: warning: organization.division: the division \"It推進課\""))
          .anySatisfy(w -> assertThat(w).startsWith(file + ":5:59: warning: organization.section: the section \"ict係\""))
          .anySatisfy(w -> assertThat(w).startsWith(file + ":4:11: warning: related[0]: the related sheet 2019/002 does not exist"))
          .anySatisfy(w -> assertThat(w).startsWith(content.resolve("sheets/2021/001.yaml")
              + ":4:28: warning: organization.department: the department \"市民部\" has no slug"));
      // What a full load of the edited content says about the names and related sheets, to the word.
      List<String> full = new ContentLoader().load(content).diagnostics().stream()
          .filter(d -> d.field() != null && (d.field().startsWith("organization.") || d.field().startsWith("related")))
          .map(Diagnostic::oneLine).toList();
      assertThat(warnings).containsExactlyInAnyOrderElementsOf(full);
    }
  }

  /** An edit that says a sheet continues a project whose number another project of that year has. */
  @Test
  void anEditThatGivesAProjectTwoSheetsOfOneYearIsWarnedAtTheSheetWithTheNumber() {
    // 001 given to a new project in 2022 (a name of its own); the edit says 2022/003 continues the old one.
    MiniSite s = fourSheets()
        .sheet(2022, "001", MiniSite.sheet(2022, "001", "新規事業", "市民部", "IT推進課", "ICT係", 1000, 900L, 500));
    Path content = dir.resolve("content");
    try (IncrementalBuild b = new IncrementalBuild(new BuildConfig(content, s.out(), null, dir.resolve("themes")))) {
      BuildResult first = b.full();
      assertThat(first.published()).isTrue();
      assertThat(first.diagnostics()).noneMatch(d -> "id".equals(d.field()));

      s.sheet(2022, "003", MiniSite.sheet(2022, "003", "統計事業", "市民部", "IT推進課", "統計係", 1000, 900L, 500)
          .replace("title: 統計事業", "title: 統計事業\nrelated: [{fiscalYear: 2021, id: \"001\"}]"));
      BuildResult edit = b.update(Set.of(content.resolve("sheets/2022/003.yaml")));
      assertThat(edit.published()).isTrue();

      List<String> warnings = edit.diagnostics().stream().filter(d -> "id".equals(d.field())).map(Diagnostic::oneLine).toList();
      assertThat(warnings).singleElement().asString().startsWith(content.resolve("sheets/2022/001.yaml")
          + ":2:5: warning: id: this sheet has the number of 2021/001, which 2022/003 of the same fiscal year continues (related)");
      List<String> full = new ContentLoader().load(content).diagnostics().stream()
          .filter(d -> "id".equals(d.field())).map(Diagnostic::oneLine).toList();
      assertThat(warnings).isEqualTo(full);

      // An edit of a sheet named in it that links nothing anew stays incremental, and says it again.
      s.sheet(2022, "001", MiniSite.sheet(2022, "001", "新規事業", "市民部", "IT推進課", "ICT係", 1200, 900L, 500));
      BuildResult again = b.update(Set.of(content.resolve("sheets/2022/001.yaml")));
      assertThat(again.published()).isTrue();
      assertThat(again.stageTimes()).as("an incremental update, not a full build").doesNotContainKey("staging");
      assertThat(again.diagnostics().stream().filter(d -> "id".equals(d.field())).map(Diagnostic::oneLine).toList()).isEqualTo(full);
      // One that takes the link away again ends it.
      s.sheet(2022, "003", MiniSite.sheet(2022, "003", "統計事業", "市民部", "IT推進課", "統計係", 1000, 900L, 500));
      BuildResult unlinked = b.update(Set.of(content.resolve("sheets/2022/003.yaml")));
      assertThat(unlinked.published()).isTrue();
      assertThat(unlinked.diagnostics()).noneMatch(d -> "id".equals(d.field()));
    }
  }

  /** An edit that says the sheet with the reused number starts a new project ends the warning, as a full build would. */
  @Test
  void anEditThatSaysTheSheetStartsANewProjectEndsTheWarningAboutItsNumber() {
    MiniSite s = fourSheets()
        .sheet(2022, "001", MiniSite.sheet(2022, "001", "新規事業", "市民部", "IT推進課", "ICT係", 1000, 900L, 500))
        .sheet(2022, "003", MiniSite.sheet(2022, "003", "統計事業", "市民部", "IT推進課", "統計係", 1000, 900L, 500)
            .replace("title: 統計事業", "title: 統計事業\nrelated: [{fiscalYear: 2021, id: \"001\"}]"));
    Path content = dir.resolve("content");
    try (IncrementalBuild b = new IncrementalBuild(new BuildConfig(content, s.out(), null, dir.resolve("themes")))) {
      BuildResult first = b.full();
      assertThat(first.published()).isTrue();
      assertThat(first.diagnostics()).filteredOn(d -> "id".equals(d.field())).hasSize(1);

      s.sheet(2022, "001", MiniSite.sheet(2022, "001", "新規事業", "市民部", "IT推進課", "ICT係", 1000, 900L, 500)
          .replace("title: 新規事業", "title: 新規事業\nnewProject: true"));
      BuildResult edit = b.update(Set.of(content.resolve("sheets/2022/001.yaml")));
      assertThat(edit.published()).isTrue();
      assertThat(edit.diagnostics()).noneMatch(d -> "id".equals(d.field()));
      assertThat(new ContentLoader().load(content).diagnostics()).noneMatch(d -> "id".equals(d.field()));
    }
  }

  /**
   * An edit that gives a sheet another name and department than its number's earlier sheet is
   * warned about at once, as a full build would; saying newProject: true ends the warning.
   */
  @Test
  void anEditThatGivesASheetAnotherNameAndDepartmentThanItsNumbersEarlierSheetIsWarnedAsAFullBuildWould() {
    // A department the edit moves 2022/001 to, so that no page comes or goes: the edit stays incremental.
    MiniSite s = fourSheets()
        .sheet(2022, "020", MiniSite.sheet(2022, "020", "橋梁点検", "建設部", "道路課", "維持係", 1000, 900L, 500));
    Path content = dir.resolve("content");
    Path file = content.resolve("sheets/2022/001.yaml");
    try (IncrementalBuild b = new IncrementalBuild(new BuildConfig(content, s.out(), null, dir.resolve("themes")))) {
      assertThat(b.full().diagnostics()).noneMatch(d -> "id".equals(d.field()));

      s.sheet(2022, "001", MiniSite.sheet(2022, "001", "道路補修", "建設部", "道路課", "維持係", 1000, 900L, 500));
      BuildResult edit = b.update(Set.of(file));
      assertThat(edit.published()).isTrue();
      assertThat(edit.stageTimes()).as("an incremental update, not a full build").doesNotContainKey("staging");
      List<String> warnings = edit.diagnostics().stream().filter(d -> "id".equals(d.field())).map(Diagnostic::oneLine).toList();
      assertThat(warnings).singleElement().asString().startsWith(file
          + ":2:5: warning: id: this sheet has the number of 2021/001 (広報事業, 市民部) and is shown and compared as the same project");
      assertThat(warnings).isEqualTo(new ContentLoader().load(content).diagnostics().stream()
          .filter(d -> "id".equals(d.field())).map(Diagnostic::oneLine).toList());

      // The earlier sheet's name written with a space: the warning quotes it as written, as a full build does.
      s.sheet(2021, "001", MiniSite.sheet(2021, "001", "広報 事業", "市民部", "IT推進課", "ICT係", 1000, 900L, 500));
      BuildResult spaced = b.update(Set.of(content.resolve("sheets/2021/001.yaml")));
      assertThat(spaced.stageTimes()).as("an incremental update, not a full build").doesNotContainKey("staging");
      assertThat(spaced.diagnostics().stream().filter(d -> "id".equals(d.field())).map(Diagnostic::oneLine).toList())
          .singleElement().asString().contains("(広報 事業, 市民部)");

      s.sheet(2022, "001", MiniSite.sheet(2022, "001", "道路補修", "建設部", "道路課", "維持係", 1000, 900L, 500)
          .replace("title: 道路補修", "title: 道路補修\nnewProject: true"));
      BuildResult said = b.update(Set.of(file));
      assertThat(said.published()).isTrue();
      assertThat(said.diagnostics()).noneMatch(d -> "id".equals(d.field()));
    }
  }

  /**
   * An edit that says a sheet starts a new project where no earlier sheet has its number, or while
   * it names its number's earlier sheet in related, is warned about at the field at once, as a full
   * build would; taking the field out ends the warning.
   */
  @Test
  void anEditThatSaysNewProjectWhereTheFieldSaysNothingOrTheLinkWinsIsWarnedAtTheFieldAsAFullBuildWould() {
    MiniSite s = fourSheets();
    Path content = dir.resolve("content");
    Path unique = content.resolve("sheets/2022/002.yaml");
    Path numbered = content.resolve("sheets/2022/001.yaml");
    try (IncrementalBuild b = new IncrementalBuild(new BuildConfig(content, s.out(), null, dir.resolve("themes")))) {
      assertThat(b.full().diagnostics()).noneMatch(d -> "newProject".equals(d.field()));

      s.sheet(2022, "002", MiniSite.sheet(2022, "002", "広聴事業", "市民部", "IT推進課", "ICT係", 1000, 900L, 500)
          .replace("title: 広聴事業", "title: 広聴事業\nnewProject: true"));
      BuildResult said = b.update(Set.of(unique));
      assertThat(said.published()).isTrue();
      assertThat(said.stageTimes()).as("an incremental update, not a full build").doesNotContainKey("staging");
      assertThat(newProjectWarnings(said.diagnostics())).singleElement().asString()
          .startsWith(unique + ":4:13: warning: newProject: no earlier sheet has the number 002");
      assertThat(newProjectWarnings(said.diagnostics())).isEqualTo(newProjectWarnings(new ContentLoader().load(content).diagnostics()));

      s.sheet(2022, "001", MiniSite.sheet(2022, "001", "広報事業", "市民部", "IT推進課", "ICT係", 1000, 900L, 500)
          .replace("title: 広報事業", "title: 広報事業\nnewProject: true\nrelated: [{fiscalYear: 2021, id: \"001\"}]"));
      BuildResult linked = b.update(Set.of(numbered));
      assertThat(linked.published()).isTrue();
      assertThat(newProjectWarnings(linked.diagnostics())).singleElement().asString()
          .startsWith(numbered + ":4:13: warning: newProject: this sheet says it starts a new project, but names 2021/001");
      assertThat(newProjectWarnings(linked.diagnostics())).isEqualTo(newProjectWarnings(new ContentLoader().load(content).diagnostics())
          .stream().filter(w -> w.startsWith(numbered.toString())).toList());

      s.sheet(2022, "002", MiniSite.sheet(2022, "002", "広聴事業", "市民部", "IT推進課", "ICT係", 1000, 900L, 500));
      assertThat(newProjectWarnings(b.update(Set.of(unique)).diagnostics())).isEmpty();
    }
  }

  private static List<String> newProjectWarnings(List<Diagnostic> all) {
    return all.stream().filter(d -> "newProject".equals(d.field())).map(Diagnostic::oneLine).toList();
  }
}
