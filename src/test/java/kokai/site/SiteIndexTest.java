package kokai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kokai.model.Direction;
import kokai.model.Organization;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;
import org.junit.jupiter.api.Test;

class SiteIndexTest {
  static Sheet sheet(int year, String id, String dept, String division, String decision, List<SheetRef> related) {
    return new Sheet(year, id, "事業" + id, null, null, null, null, new Organization(dept, division, null), null, null,
        null, null, null, null, null, null, List.of(), null, List.of(), null, List.of(), null, null,
        decision == null ? null : new Direction(decision, null), related, null);
  }

  static Sheet renamed(Sheet s, String title) {
    return new Sheet(s.fiscalYear(), s.id(), title, s.form(), s.published(), s.updated(), s.budgetAccount(),
        s.organization(), s.mayoralPledges(), s.strategicPlan(), s.status(), s.classification(), s.delivery(),
        s.plans(), s.legalBases(), s.period(), s.sdgs(), s.overview(), s.costs(), s.participation(), s.indicators(),
        s.results(), s.evaluation(), s.direction(), s.related(), null);
  }

  static SiteConfig config(Map<String, String> slugs) {
    return new SiteConfig("t", "c", null, "ja", null, null, null, slugs, null);
  }

  /** Numbers without leading zeros are listed as people count: 9, 10, 100; the previous and next sheet follow that order. */
  @Test
  void sheetsAreInTheOrderOfTheirNumbersValues() {
    Sheet s100 = sheet(2022, "100", "総務部", "広報課", "継続", List.of());
    Sheet s10 = sheet(2022, "10", "総務部", "広報課", "継続", List.of());
    Sheet s9 = sheet(2022, "9", "総務部", "広報課", "継続", List.of());
    SiteIndex index = SiteIndex.build(config(Map.of()), List.of(s100, s10, s9), List.of());
    assertThat(index.sheets()).containsExactly(s9, s10, s100);
    assertThat(index.next(s9)).contains(s10);
    assertThat(index.previous(s100)).contains(s10);
  }

  @Test
  void renumberedProjectIsJoinedByRelatedInBothDirections() {
    Sheet a = sheet(2021, "100", "総務部", "広報課", "継続", List.of());
    Sheet b = sheet(2022, "205", "総務部", "広報課", "継続", List.of(new SheetRef(2021, "100")));
    Sheet c = sheet(2023, "205", "総務部", "広報課", "継続", List.of());
    Sheet other = sheet(2022, "206", "総務部", "広報課", "継続", List.of(new SheetRef(2019, "999")));
    SiteIndex index = SiteIndex.build(config(Map.of()), List.of(c, other, b, a), List.of());
    assertThat(index.otherYears(a)).containsExactly(b, c);
    assertThat(index.otherYears(c)).containsExactly(a, b);
    assertThat(index.otherYears(other)).isEmpty();
    assertThat(index.previous(b)).isEmpty();
    assertThat(index.next(b)).contains(other);
  }

  /**
   * 091 is given to a new project in 2023 while the old 091 goes on as 2023/120: two projects,
   * each with one sheet a year, their comparisons apart, each named by its oldest sheet as that
   * sheet's page is; the new one keeps 091 in 2024. A site that drops its oldest years gives no
   * project the address another had.
   */
  @Test
  void aNumberReusedForANewProjectIsAProjectOfItsOwn() {
    Sheet old = sheet(2022, "091", "総務部", "広報課", "継続", List.of());
    Sheet renumbered = sheet(2023, "120", "総務部", "広報課", "継続", List.of(new SheetRef(2022, "091")));
    Sheet reused = renamed(sheet(2023, "091", "総務部", "広報課", "継続", List.of()), "新しい事業");
    Sheet kept = renamed(sheet(2024, "091", "総務部", "広報課", "継続", List.of()), "新しい事業");
    SiteIndex index = SiteIndex.build(config(Map.of()), List.of(kept, reused, renumbered, old), List.of());
    assertThat(index.otherYears(old)).containsExactly(renumbered);
    assertThat(index.otherYears(reused)).containsExactly(kept);
    assertThat(index.compareUrl(renumbered)).contains("compare/2022/091/");
    assertThat(index.compareUrl(kept)).contains("compare/2023/091/");
    assertThat(index.compareUrl(sheet(2021, "555", "総務部", "広報課", null, List.of()))).isEmpty();

    Sheet a = sheet(2021, "100", "総務部", "広報課", "継続", List.of());
    Sheet b = sheet(2022, "205", "総務部", "広報課", "継続", List.of(new SheetRef(2021, "100")));
    SiteIndex renamed = SiteIndex.build(config(Map.of()), List.of(b, a), List.of());
    assertThat(renamed.compareUrl(a)).isEqualTo(renamed.compareUrl(b)).contains("compare/2021/100/");

    // Without 2022 the old project has one sheet, and compare/2022/091/ is no page at all.
    Sheet later = sheet(2024, "120", "総務部", "広報課", "継続", List.of());
    SiteIndex recent = SiteIndex.build(config(Map.of()), List.of(kept, reused, renumbered, later), List.of());
    assertThat(recent.compareUrl(kept)).contains("compare/2023/091/");
    assertThat(recent.compareUrl(later)).contains("compare/2023/120/");

    // Numbers that differ only in capitals are apart by their years' folders too.
    Sheet lower = sheet(2021, "a01", "総務部", "広報課", "継続", List.of());
    Sheet lowerNext = sheet(2022, "a01", "総務部", "広報課", "継続", List.of());
    Sheet upper = renamed(sheet(2023, "A01", "総務部", "広報課", "継続", List.of()), "別の事業");
    Sheet upperNext = renamed(sheet(2024, "A01", "総務部", "広報課", "継続", List.of()), "別の事業");
    SiteIndex cases = SiteIndex.build(config(Map.of()), List.of(lower, lowerNext, upper, upperNext), List.of());
    assertThat(cases.compareUrl(lowerNext)).contains("compare/2021/a01/");
    assertThat(cases.compareUrl(upperNext)).contains("compare/2023/A01/");
  }

  @Test
  void slugsAreConfiguredKnownOrStableHashes() {
    Sheet a = sheet(2022, "1", "総務部", "広報課", "拡大・拡充", List.of());
    Sheet b = sheet(2022, "2", "建設部", "道路課", "見直しの上継続", List.of());
    SiteIndex one = SiteIndex.build(config(Map.of("総務部", "general")), List.of(a, b), List.of());
    SiteIndex two = SiteIndex.build(config(Map.of()), List.of(b), List.of());
    assertThat(one.requireDepartment("総務部").url()).isEqualTo("departments/general/");
    assertThat(one.requireDepartment("建設部").slug()).matches("dept-[0-9a-f]{8}")
        .isEqualTo(two.requireDepartment("建設部").slug());
    assertThat(one.findDirection("拡大・拡充").orElseThrow().url()).isEqualTo("directions/expand/");
    assertThat(one.findDirection("見直しの上継続").orElseThrow().slug()).matches("direction-[0-9a-f]{8}");
    assertThat(one.divisionUrl(a.organization())).startsWith("departments/general/#div-");
  }

  @Test
  void twoDepartmentsConfiguredWithTheSameSlugStayApart() {
    Sheet a = sheet(2022, "1", "総務部", "広報課", null, List.of());
    Sheet b = sheet(2022, "2", "総務局", "広報課", null, List.of());
    SiteIndex index = SiteIndex.build(config(Map.of("総務部", "general", "総務局", "general")), List.of(a, b), List.of());
    assertThat(index.departments()).extracting(Department::url)
        .containsExactly("departments/general/", "departments/general-2/");
    assertThat(index.directions()).isEmpty();
  }
}
