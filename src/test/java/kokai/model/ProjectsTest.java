package kokai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectsTest {
  static Sheet sheet(int year, String id, SheetRef... related) {
    return named(year, id, "事業" + id, related);
  }

  static Sheet named(int year, String id, String title, SheetRef... related) {
    return of(year, id, title, "総務部", null, related);
  }

  /** A sheet that says it starts a new project ({@code newProject: true}). */
  static Sheet startsNew(int year, String id, String title, SheetRef... related) {
    return of(year, id, title, "総務部", true, related);
  }

  static Sheet of(int year, String id, String title, String department, Boolean newProject, SheetRef... related) {
    return new Sheet(year, id, title, null, null, null, null, new Organization(department, "総務課", null), null, null,
        null, null, null, null, null, null, List.of(), null, List.of(), null, List.of(), null, null, null, List.of(related), newProject);
  }

  static List<List<String>> refs(Projects p) {
    return p.groups().stream().map(g -> g.stream().map(s -> s.ref().toString()).toList()).toList();
  }

  @Test
  void theSameIdAndRelatedSheetsAreOneProjectOldestFirst() {
    Projects p = Projects.of(List.of(sheet(2023, "205"), sheet(2021, "100"), sheet(2022, "205", new SheetRef(2021, "100")),
        sheet(2022, "300"), sheet(2022, "400", new SheetRef(2019, "999"))));
    assertThat(refs(p)).containsExactly(List.of("2021/100", "2022/205", "2023/205"), List.of("2022/300"), List.of("2022/400"));
    assertThat(p.shared()).isEmpty();
  }

  /** 091 given to a new project (a new name) while the old one goes on as 2023/120. */
  @Test
  void aNumberGivenToANewProjectWhileTheOldGoesOnUnderAnotherIsAnotherProject() {
    Projects p = Projects.of(List.of(sheet(2022, "091"), sheet(2023, "120", new SheetRef(2022, "091")),
        named(2023, "091", "新しい事業"), named(2024, "091", "新しい事業"), named(2025, "091", "新しい事業")));
    assertThat(refs(p)).containsExactly(List.of("2022/091", "2023/120"), List.of("2023/091", "2024/091", "2025/091"));
    assertThat(p.shared()).containsExactly(
        new Projects.Refusal(new SheetRef(2023, "091"), new SheetRef(2022, "091"), new SheetRef(2023, "120")));
  }

  /** A project split in two whose first half kept its number and name, the other half new and related. */
  @Test
  void aHalfThatKeepsTheNumberAndTheNameStaysWithItsProject() {
    Projects p = Projects.of(List.of(sheet(2021, "600"), sheet(2022, "600"), sheet(2022, "601", new SheetRef(2021, "600"))));
    assertThat(refs(p)).containsExactly(List.of("2021/600", "2022/600", "2022/601"));
    assertThat(p.shared()).isEmpty();
    // The same, with the first half naming its sheet of 2021 too: one project, nothing refused.
    Projects named = Projects.of(List.of(named(2021, "600", "旧"), named(2022, "600", "新", new SheetRef(2021, "600")),
        sheet(2022, "601", new SheetRef(2021, "600"))));
    assertThat(named.shared()).isEmpty();
    assertThat(named.groups()).hasSize(1);
  }

  /** A related link within one fiscal year joins no years. */
  @Test
  void aLinkWithinOneYearJoinsNothing() {
    Projects p = Projects.of(List.of(sheet(2022, "088", new SheetRef(2022, "089")), sheet(2022, "089")));
    assertThat(refs(p)).containsExactly(List.of("2022/088"), List.of("2022/089"));
  }

  /** Two sheets that both say they continue one (a project split in two) stay with it, and keep their numbers after. */
  @Test
  void aProjectSplitInTwoByRelatedKeepsBothHalves() {
    SheetRef from = new SheetRef(2022, "091");
    Projects p = Projects.of(List.of(sheet(2022, "091"), sheet(2023, "120", from), sheet(2023, "121", from),
        sheet(2024, "120"), sheet(2024, "121")));
    assertThat(refs(p)).containsExactly(List.of("2022/091", "2023/120", "2023/121", "2024/120", "2024/121"));
    assertThat(p.shared()).isEmpty();
  }

  /** 091 given afresh in 2023, and said so: the earlier 091 is another project, and the later 091s go on with the new one. */
  @Test
  void aSheetThatSaysItStartsANewProjectContinuesNoEarlierSheetOfItsNumber() {
    Projects p = Projects.of(List.of(named(2022, "091", "古い事業"), startsNew(2023, "091", "新しい事業"),
        named(2024, "091", "新しい事業")));
    assertThat(refs(p)).containsExactly(List.of("2022/091"), List.of("2023/091", "2024/091"));
    assertThat(p.shared()).isEmpty();
  }

  /** A new project under a reused number can still continue another sheet by a related link. */
  @Test
  void aSheetThatStartsANewProjectStaysWithTheSheetsItNamesAsRelated() {
    Projects p = Projects.of(List.of(named(2022, "091", "古い事業"), named(2022, "050", "統合前の事業"),
        startsNew(2023, "091", "統合後の事業", new SheetRef(2022, "050"))));
    assertThat(refs(p)).containsExactly(List.of("2022/050", "2023/091"), List.of("2022/091"));
  }

  /** 010 given afresh in 2023 to a project of another name and department, not said: joined, and told at 2023/010. */
  @Test
  void aNumberThatJoinsSheetsOfAnotherNameAndDepartmentIsJoinedAndTold() {
    Projects p = Projects.of(List.of(of(2022, "010", "広報事業", "総務部", null), of(2023, "010", "道路補修", "建設部", null),
        of(2024, "010", "道路補修", "建設部", null)));
    assertThat(refs(p)).containsExactly(List.of("2022/010", "2023/010", "2024/010"));
    assertThat(p.shared()).containsExactly(new Projects.Unlike(new SheetRef(2023, "010"), new SheetRef(2022, "010"), "広報事業", "総務部"));
  }

  /** A project renamed, or moved to another department, keeps its number: either alone is no reason to doubt the join. */
  @Test
  void aNewNameOrANewDepartmentAloneIsNotTold() {
    Projects renamed = Projects.of(List.of(of(2022, "010", "広報事業", "総務部", null), of(2023, "010", "広報広聴事業", "総務部", null)));
    Projects moved = Projects.of(List.of(of(2022, "010", "広報事業", "総務部", null), of(2023, "010", "広報　事業", "市民部", null)));
    Projects spelt = Projects.of(List.of(of(2022, "010", "広報事業", "総務部", null), of(2023, "010", "道路補修", " 総務部", null)));
    for (Projects p : List.of(renamed, moved, spelt)) {
      assertThat(p.groups()).hasSize(1);
      assertThat(p.shared()).isEmpty();
    }
  }

  /** The two fixes the warning gives: newProject parts the sheets, a related link joins them; neither is told. */
  @Test
  void aSheetThatSaysItStartsANewProjectOrNamesTheEarlierSheetIsNotTold() {
    Projects fresh = Projects.of(List.of(of(2022, "010", "広報事業", "総務部", null), of(2023, "010", "道路補修", "建設部", true)));
    assertThat(refs(fresh)).containsExactly(List.of("2022/010"), List.of("2023/010"));
    assertThat(fresh.shared()).isEmpty();
    Projects linked = Projects.of(List.of(of(2022, "010", "広報事業", "総務部", null),
        of(2023, "010", "道路補修", "建設部", false, new SheetRef(2022, "010"))));
    assertThat(refs(linked)).containsExactly(List.of("2022/010", "2023/010"));
    assertThat(linked.shared()).isEmpty();
  }

  /** newProject on a number no earlier sheet has says nothing, and is told; the sheet is a project of its own all the same. */
  @Test
  void aNewProjectWhoseNumberNoEarlierSheetHasIsToldAsNeedless() {
    Projects p = Projects.of(List.of(of(2022, "010", "広報事業", "総務部", null), of(2023, "300", "新しい事業", "総務部", true)));
    assertThat(refs(p)).containsExactly(List.of("2022/010"), List.of("2023/300"));
    assertThat(p.shared()).containsExactly(new Projects.NeedlessStart(new SheetRef(2023, "300")));
  }

  /** A related link between a sheet that says newProject and an earlier sheet of its number wins, in either direction, and is told. */
  @Test
  void aLinkToTheEarlierSheetOfItsNumberOverrulesNewProjectAndIsTold() {
    SheetRef earlier = new SheetRef(2022, "005");
    Projects here = Projects.of(List.of(of(2022, "005", "広報事業", "総務部", null), of(2023, "005", "広報事業", "総務部", true, earlier)));
    assertThat(refs(here)).containsExactly(List.of("2022/005", "2023/005"));
    assertThat(here.shared()).containsExactly(new Projects.OverruledStart(new SheetRef(2023, "005"), earlier, true));
    Projects there = Projects.of(List.of(of(2022, "005", "広報事業", "総務部", null, new SheetRef(2023, "005")),
        of(2023, "005", "広報事業", "総務部", true)));
    assertThat(there.shared()).containsExactly(new Projects.OverruledStart(new SheetRef(2023, "005"), earlier, false));
    // A link to a sheet of another number leaves newProject its meaning: nothing is told.
    Projects renumbered = Projects.of(List.of(of(2022, "005", "広報事業", "総務部", null), of(2022, "090", "統計事業", "総務部", null),
        of(2023, "005", "統計事業", "総務部", true, new SheetRef(2022, "090"))));
    assertThat(renumbered.shared()).isEmpty();
  }
}
