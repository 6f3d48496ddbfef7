package kokai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import org.junit.jupiter.api.Test;

/**
 * The SDG and direction groups split by fiscal year: each year page holds exactly the group's sheets
 * of that year, worked out here by filtering every sheet, with their totals and a URL under the group's.
 */
class GroupYearTest {
  private final CorpusGenerator corpus = new CorpusGenerator(new CorpusSpec(3, 120, 2020, 2023));
  private final List<Sheet> sheets = sheets();
  private final SiteIndex index = SiteIndex.build(corpus.site(), sheets, List.of());

  private List<Sheet> sheets() {
    List<Sheet> out = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      out.add(corpus.sheet(i));
    }
    return out;
  }

  @Test
  void eachDirectionYearHoldsTheSheetsOfThatDirectionAndYear() {
    assertThat(index.directions()).isNotEmpty();
    for (DirectionGroup d : index.directions()) {
      assertYears(d.url(), d.years(),
          s -> s.direction() != null && d.decision().equals(s.direction().decision() == null ? null : s.direction().decision().strip()));
      assertThat(d.years().stream().flatMap(y -> y.sheets().stream()).toList()).isEqualTo(d.sheets());
    }
  }

  @Test
  void eachSdgYearHoldsTheSheetsServingThatGoalInThatYear() {
    assertThat(index.sdgs()).isNotEmpty();
    for (SdgGroup g : index.sdgs()) {
      assertYears(g.url(), g.years(), s -> s.sdgs().contains(g.goal()));
      assertThat(index.findSdg(g.goal())).contains(g);
    }
    assertThat(index.findSdg(99)).isEmpty();
  }

  @Test
  void aGroupSpreadOverSeveralYearsHasAPagePerYear() {
    // The generated city keeps most projects for every year, so the common directions span all four.
    assertThat(index.directions()).anyMatch(d -> d.years().size() == 4);
    DirectionGroup d = index.directions().stream().filter(x -> x.years().size() > 1).findFirst().orElseThrow();
    YearGroup newest = d.years().get(0);
    assertThat(d.findYear(newest.fiscalYear())).contains(newest);
    assertThat(d.findYear(1999)).isEmpty();
  }

  /** The years of a group against the sheets {@code member} picks, year by year. */
  private void assertYears(String groupUrl, List<YearGroup> years, Predicate<Sheet> member) {
    List<Integer> expectedYears = sheets.stream().filter(member).map(Sheet::fiscalYear).distinct()
        .sorted(Comparator.reverseOrder()).toList();
    assertThat(years).extracting(YearGroup::fiscalYear).as(groupUrl).isEqualTo(expectedYears);
    for (YearGroup y : years) {
      List<Sheet> expected = sheets.stream().filter(member).filter(s -> s.fiscalYear() == y.fiscalYear())
          .sorted(Comparator.comparing(Sheet::id, SheetRef.NUMBER_ORDER)).toList();
      assertThat(y.sheets()).as(y.url()).isEqualTo(expected);
      assertThat(y.url()).isEqualTo(groupUrl + y.fiscalYear() + "/");
      assertThat(y.totals().sheets()).isEqualTo(expected.size());
      assertThat(y.totals().budget()).isEqualTo(sum(expected, true));
      assertThat(y.totals().settlement()).isEqualTo(sum(expected, false));
    }
  }

  /** The budget or settlement of each sheet's own year, summed; null when no sheet gives it. */
  private static Long sum(List<Sheet> sheets, boolean budget) {
    Long total = null;
    for (Sheet s : sheets) {
      Long v = s.costs().stream().filter(c -> c.fiscalYear() == s.fiscalYear()).findFirst()
          .map(c -> budget ? c.budget() : c.settlement()).orElse(null);
      if (v != null) {
        total = total == null ? v : total + v;
      }
    }
    return total;
  }
}
