package kokai.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import kokai.model.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet says in its file that it starts a new project, though an earlier sheet has its number. */
class NewProjectStatementTest {
  @TempDir Path dir;

  @Test
  void aSheetSaysInYamlOrInJsonThatItStartsANewProjectAndOneThatSaysNothingDoesNot() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), LoaderCasesTest.SITE);
    // The earlier sheets of the numbers said to start new projects: without them the field says nothing, and is warned about.
    Path earlier = Files.createDirectories(dir.resolve("sheets/2022"));
    for (String id : new String[] {"001", "002"}) {
      Files.writeString(earlier.resolve(id + ".yaml"), "fiscalYear: 2022\nid: \"" + id + "\"\ntitle: 前の事業\n"
          + "organization: {department: 総務部, division: 総務課}\n");
    }
    Path year = Files.createDirectories(dir.resolve("sheets/2023"));
    Files.writeString(year.resolve("001.yaml"), """
        fiscalYear: 2023
        id: "001"
        title: 新しい事業
        organization: {department: 総務部, division: 総務課}
        newProject: true
        """);
    Files.writeString(year.resolve("002.json"), """
        {"fiscalYear": 2023, "id": "002", "title": "別の新しい事業",
         "organization": {"department": "総務部", "division": "総務課"}, "newProject": true}
        """);
    Files.writeString(year.resolve("003.yaml"), """
        fiscalYear: 2023
        id: "003"
        title: 続く事業
        organization: {department: 総務部, division: 総務課}
        newProject: false
        """);
    Files.writeString(year.resolve("004.yaml"), """
        fiscalYear: 2023
        id: "004"
        title: 何も言わない事業
        organization: {department: 総務部, division: 総務課}
        """);
    LoadResult r = new ContentLoader().load(dir);
    assertThat(r.diagnostics()).isEmpty();
    Map<String, Boolean> said = r.content().orElseThrow().sheets().stream().filter(s -> s.fiscalYear() == 2023).collect(Collectors.toMap(Sheet::id, Sheet::startsNewProject));
    assertThat(said).containsExactlyInAnyOrderEntriesOf(Map.of("001", true, "002", true, "003", false, "004", false));
  }
}
