package kokai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.model.CostYear;
import kokai.model.Direction;
import kokai.model.Organization;
import kokai.model.Sheet;
import kokai.testutil.SheetCopies;
import org.junit.jupiter.api.Test;

/** An index patched with edited sheets equals the index built afresh from the edited sheets. */
class SiteIndexEditTest {
  private final CorpusGenerator corpus = new CorpusGenerator(new CorpusSpec(5, 150, 2021, 2023));

  @Test
  void editsThatKeepTheGroupsAndEditsThatMoveTheSheet() {
    List<Sheet> sheets = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      sheets.add(corpus.sheet(i));
    }
    SiteIndex index = SiteIndex.build(corpus.site(), sheets, List.of());
    Sheet other = sheets.get(100);
    List<UnaryOperator<Sheet>> edits = List.of(
        s -> with(s, s.title() + "（改）", s.organization(), s.sdgs(), s.direction(), s.costs()),
        s -> with(s, s.title(), s.organization(), s.sdgs(), s.direction(), s.costs().stream()
            .map(c -> new CostYear(c.fiscalYear(), c.budget() == null ? Long.valueOf(1) : c.budget() + 1000,
                c.settlement(), c.funding(), c.personnel()))
            .toList()),
        s -> with(s, s.title(), s.organization(), other.sdgs(), s.direction(), s.costs()),
        s -> with(s, s.title(), s.organization(), s.sdgs(), new Direction("廃止", "役割を終えた"), s.costs()),
        s -> with(s, s.title(), other.organization(), s.sdgs(), s.direction(), s.costs()),
        s -> with(s, s.title(), new Organization(s.organization().department(), "新設課", null), s.sdgs(), null,
            s.costs()));
    for (int e = 0; e < edits.size(); e++) {
      int n = 7 + e * 11;
      Sheet edited = edits.get(e).apply(sheets.get(n));
      sheets.set(n, edited);
      SiteIndex patched = index.withSheets(List.of(edited));
      assertEqualIndexes(patched, SiteIndex.build(corpus.site(), sheets, List.of()));
      index = patched;
    }
  }

  private static void assertEqualIndexes(SiteIndex actual, SiteIndex expected) {
    assertThat(actual.sheets()).isEqualTo(expected.sheets());
    assertThat(actual.years()).isEqualTo(expected.years());
    assertThat(actual.departments()).isEqualTo(expected.departments());
    assertThat(actual.sdgs()).isEqualTo(expected.sdgs());
    assertThat(actual.directions()).isEqualTo(expected.directions());
    assertThat(actual.totals()).isEqualTo(expected.totals());
    for (Sheet s : expected.sheets()) {
      assertThat(actual.findSheet(s.ref())).contains(s);
      assertThat(actual.otherYears(s)).as("other years of %s", s.ref()).isEqualTo(expected.otherYears(s));
      assertThat(actual.previous(s)).isEqualTo(expected.previous(s));
      assertThat(actual.next(s)).isEqualTo(expected.next(s));
    }
  }

  private static Sheet with(Sheet s, String title, Organization org, List<Integer> sdgs, Direction direction,
      List<CostYear> costs) {
    return SheetCopies.with(s, "title", title, "organization", org, "sdgs", sdgs, "costs", costs, "direction", direction);
  }
}
