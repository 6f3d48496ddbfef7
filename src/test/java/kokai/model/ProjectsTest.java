package kokai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectsTest {
  static Sheet sheet(int year, String id, SheetRef... related) {
    return new Sheet(year, id, "事業" + id, null, null, null, null, new Organization("総務部", "総務課", null), null, null,
        null, null, null, null, null, null, List.of(), null, List.of(), null, List.of(), null, null, null, List.of(related));
  }

  static List<List<String>> refs(Projects p) {
    return p.groups().stream().map(g -> g.stream().map(s -> s.ref().toString()).toList()).toList();
  }

  @Test
  void theSameIdAndRelatedSheetsAreOneProjectOldestFirst() {
    Projects p = Projects.of(List.of(sheet(2023, "205"), sheet(2021, "100"), sheet(2022, "205", new SheetRef(2021, "100")),
        sheet(2022, "300"), sheet(2022, "400", new SheetRef(2019, "999"))));
    assertThat(refs(p)).containsExactly(List.of("2021/100", "2022/205", "2023/205"), List.of("2022/300"), List.of("2022/400"));
    assertThat(p.refused()).isEmpty();
  }

  @Test
  void theSameIdDoesNotJoinAProjectThatHasASheetOfTheYearAlready() {
    Projects p = Projects.of(List.of(sheet(2022, "091"), sheet(2023, "120", new SheetRef(2022, "091")), sheet(2023, "091"),
        sheet(2024, "091"), sheet(2025, "091")));
    assertThat(refs(p)).containsExactly(List.of("2022/091", "2023/120"), List.of("2023/091", "2024/091", "2025/091"));
    assertThat(p.refused()).containsExactly(
        new Projects.Refusal(new SheetRef(2023, "091"), new SheetRef(2022, "091"), new SheetRef(2023, "120")));
  }

  /** Two sheets that both say they continue one (a project split in two) stay with it, and keep their numbers after. */
  @Test
  void aProjectSplitInTwoByRelatedKeepsBothHalves() {
    SheetRef from = new SheetRef(2022, "091");
    Projects p = Projects.of(List.of(sheet(2022, "091"), sheet(2023, "120", from), sheet(2023, "121", from),
        sheet(2024, "120"), sheet(2024, "121")));
    assertThat(refs(p)).containsExactly(List.of("2022/091", "2023/120", "2023/121", "2024/120", "2024/121"));
    assertThat(p.refused()).isEmpty();
  }
}
