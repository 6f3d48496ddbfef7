package kokai.render.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kokai.load.Content;
import kokai.model.CostYear;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.testutil.SampleContent;
import kokai.testutil.SheetCopies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonsTest {
  @TempDir static Path dir;
  static Content content;
  static List<Sheet> project;

  @BeforeAll
  static void load() {
    content = SampleContent.load(dir);
    // 2021/088 and 2022/088 share an id; 2023/101 names 2022/088 as related
    project = content.sheets().stream().filter(s -> !s.id().equals("200")).toList();
  }

  @Test
  void columnsAreTheYearsOldestFirst() {
    Comparison c = Comparisons.of(project, "compare/2021/088/", s -> s.fiscalYear() + "/" + s.id() + "/").orElseThrow();
    assertThat(c.columns()).extracting(Comparison.Column::fiscalYear).containsExactly(2021, 2022, 2023);
    assertThat(c.columns()).extracting(Comparison.Column::id).containsExactly("088", "088", "101");
  }

  /**
   * A change too small to show in a tenth of a percent keeps its direction in the percentage: a
   * budget up by 1 on 100,000 is +0.0%, not ±0.0% (which says nothing changed beside a +1); only a
   * change of nothing is ±. Each case is the difference of its two figures, worked out here.
   */
  @Test
  void aChangeThatRoundsToNoPercentKeepsItsSign() {
    long[][] cases = {{100_000, 100_001}, {100_000, 99_999}, {-100_000, -99_999}, {-100_000, -100_001}, {5_000, 5_000}};
    for (long[] c : cases) {
      BigDecimal before = BigDecimal.valueOf(c[0]);
      BigDecimal delta = BigDecimal.valueOf(c[1]).subtract(before);
      String sign = delta.signum() > 0 ? "+" : delta.signum() < 0 ? "−" : "±";
      String pct = delta.multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP).abs().toPlainString();
      assertThat(Comparisons.change(delta, before, false)).as(c[0] + " → " + c[1])
          .isEqualTo(sign + delta.abs().toPlainString() + "（" + sign + pct + "%）");
    }
  }

  @Test
  void budgetAndSettlementChangesAreTheDifferencesOfEachYearsOwnFigures() {
    Comparison c = Comparisons.of(project, "compare/2021/088/", s -> "").orElseThrow();
    for (String label : List.of("予算額", "決算額")) {
      Comparison.Row row = row(c, label);
      for (int i = 1; i < project.size(); i++) {
        Long before = figure(project.get(i - 1), label);
        Long now = figure(project.get(i), label);
        Comparison.Cell cell = row.cells().get(i);
        if (before == null || now == null) {
          assertThat(cell.delta()).isNull();
          continue;
        }
        long delta = now - before;
        assertThat(cell.delta()).isEqualByComparingTo(BigDecimal.valueOf(delta));
        String pct = String.format(Locale.ROOT, "%,.1f", BigDecimal.valueOf(delta * 100)
            .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP).abs());
        String sign = delta > 0 ? "+" : "−";
        assertThat(cell.change()).isEqualTo(sign + String.format(Locale.ROOT, "%,d", Math.abs(delta)) + "（" + sign + pct + "%）");
      }
    }
    // 2021 budget 90,000 → 2022 budget 100,000
    assertThat(row(c, "予算額").cells().get(1).change()).isEqualTo("+10,000（+11.1%）");
    // A percentage of four digits or more is grouped as the figures are.
    assertThat(Comparisons.change(BigDecimal.valueOf(990_000), BigDecimal.valueOf(10_000), false)).isEqualTo("+990,000（+9,900.0%）");
    assertThat(Comparisons.change(BigDecimal.valueOf(-5), BigDecimal.valueOf(10), true)).isEqualTo("−5 (−50.0%)");
  }

  @Test
  void directionAndScoreChangesAreMarked() {
    Comparison c = Comparisons.of(project, "compare/2021/088/", s -> "").orElseThrow();
    Comparison.Row direction = row(c, "方向性");
    assertThat(direction.cells()).extracting(Comparison.Cell::value).containsExactly("継続", "拡大・拡充", "継続");
    assertThat(direction.cells()).extracting(Comparison.Cell::changed).containsExactly(false, true, true);
    assertThat(direction.cells().get(1).change()).isEqualTo("継続 → 拡大・拡充");
    // The department and the direction are words, laid out as text; every other row holds figures.
    assertThat(c.rows()).filteredOn(Comparison.Row::words).containsExactly(row(c, "担当部課"), direction);
    Comparison.Row progress = row(c, "進捗状況");
    int[] scores = project.stream().mapToInt(s -> s.evaluation().progress().score()).toArray();
    for (int i = 1; i < scores.length; i++) {
      int d = scores[i] - scores[i - 1];
      assertThat(progress.cells().get(i).delta()).isEqualByComparingTo(BigDecimal.valueOf(d));
      // a score is a grade from 1 to 5, not a quantity: its change is in points, never a percentage
      assertThat(progress.cells().get(i).change()).isEqualTo((d > 0 ? "+" : d < 0 ? "−" : "±") + Math.abs(d));
    }
    Comparison.Row actual = row(c, "年間のネットワーク停止時間 実績");
    assertThat(actual.cells()).extracting(Comparison.Cell::value).containsExactly("12.5", "20.0", "30.0");
    assertThat(actual.cells().get(1).delta()).isEqualByComparingTo("7.5");
  }

  @Test
  void unknownValuesShowTheSiteWideDash() {
    Comparison c = Comparisons.of(project, "compare/2021/088/", s -> "").orElseThrow();
    for (String label : List.of("予算額", "決算額")) {
      Comparison.Row row = row(c, label);
      for (int i = 0; i < project.size(); i++) {
        boolean unknown = figure(project.get(i), label) == null;
        assertThat(row.cells().get(i).unknown()).as(label + " " + i).isEqualTo(unknown);
        if (unknown) {
          assertThat(row.cells().get(i).value()).isEqualTo("—");
        }
      }
    }
    assertThat(c.rows().stream().flatMap(r -> r.cells().stream())).noneMatch(cell -> cell.value().equals("不明"));
  }

  @Test
  void titleInBothThemeLanguagesHasNoStraySpace() throws Exception {
    Sheet newest = project.get(project.size() - 1);
    Comparison fallback = Comparisons.of(project, "compare/2021/088/", s -> "").orElseThrow();
    assertThat(fallback.title()).startsWith(newest.title() + "の年度比較（");
    for (String lang : List.of("ja", "en")) {
      java.util.Properties p = new java.util.Properties();
      try (var r = java.nio.file.Files.newBufferedReader(Path.of("themes/default/i18n/messages_" + lang + ".properties"))) {
        p.load(r);
      }
      assertThat(p.getProperty("compare.title")).as(lang).isNotBlank();
      assertThat(p.getProperty("compare.unknown")).as(lang).isNotBlank();
      Comparison c = Comparisons.of(project, "compare/2021/088/", s -> "", k -> java.util.Optional.ofNullable(p.getProperty(k)), lang.equals("en"))
          .orElseThrow();
      assertThat(c.title()).startsWith(newest.title()).doesNotContain(newest.title() + " の");
    }
  }

  @Test
  void englishChangesUseHalfWidthBrackets() {
    Comparison c = Comparisons.of(project, "compare/2021/088/", s -> "", k -> java.util.Optional.empty(), true).orElseThrow();
    // 2021 budget 90,000 → 2022 budget 100,000
    assertThat(row(c, "予算額").cells().get(1).change()).isEqualTo("+10,000 (+11.1%)");
  }

  @Test
  void aChangeOverAYearWithoutASheetSaysWhichYearItIsFrom() {
    // 2021/088 and 2023's sheet under the same number: no sheet for 2022
    List<Sheet> gap = List.of(project.get(0), with(project.get(2), "088", List.of()));
    Comparison c = Comparisons.of(gap, "compare/2021/088/", s -> "").orElseThrow();
    assertThat(c.missingYears()).containsExactly("令和4年度");
    Comparison.Cell budget = row(c, "予算額").cells().get(1);
    assertThat(budget.change()).isNotNull();
    assertThat(budget.since()).isEqualTo("令和3年度");
    assertThat(Comparisons.of(project, "compare/2021/088/", s -> "").orElseThrow().missingYears()).isEmpty();
    assertThat(row(Comparisons.of(project, "compare/2021/088/", s -> "").orElseThrow(), "予算額").cells().get(1).since()).isNull();
  }

  /**
   * A project split in two: each half's change is from its own sheet of the year before, never from
   * the other half; a half whose first sheet came a year later changes from the sheet it names; two
   * sheets merged into one give it no change.
   */
  @Test
  void eachHalfOfASplitProjectChangesFromItsOwnSheet() {
    SheetRef origin = project.get(0).ref();
    Sheet a = project.get(1);
    Sheet b = with(a, "099", List.of(origin));
    Sheet a2 = with(project.get(2), "088", List.of());
    Sheet b2 = with(project.get(2), "099", List.of());
    List<Sheet> split = List.of(project.get(0), a, b, a2, b2);
    assertThat(Comparisons.predecessors(split)).containsExactly(-1, 0, 0, 1, 2);
    Comparison c = Comparisons.of(split, "compare/2021/088/", s -> "").orElseThrow();
    assertThat(c.columns()).extracting(Comparison.Column::id).containsExactly("088", "088", "099", "088", "099");
    // 2022 from 2021 (90,000 → 100,000), for both halves; 2023 from each half's own 2022.
    assertThat(row(c, "予算額").cells().get(1).change()).isEqualTo("+10,000（+11.1%）");
    assertThat(row(c, "予算額").cells().get(2).change()).isEqualTo("+10,000（+11.1%）");
    assertThat(row(c, "予算額").cells().get(3).delta()).isEqualByComparingTo(row(c, "予算額").cells().get(4).delta());

    // The second half begins in 2023 and names 2021's sheet: its change is from 2021, and says so.
    Sheet late = with(project.get(2), "099", List.of(origin));
    assertThat(Comparisons.predecessors(List.of(project.get(0), a, late))).containsExactly(-1, 0, 0);
    // Two sheets merged into one: no change from either alone.
    Sheet merged = with(project.get(2), "300", List.of(a.ref(), b.ref()));
    assertThat(Comparisons.predecessors(List.of(project.get(0), a, b, merged))).containsExactly(-1, 0, 0, -1);
  }

  /**
   * A sheet that starts a new project under an old number, and continues another sheet by a
   * related link within one comparison: its change is from the sheet it names, never from the
   * earlier sheet of its number.
   */
  @Test
  void aSheetThatStartsANewProjectChangesFromTheSheetItNamesNotFromItsNumbersEarlierSheet() {
    Sheet origin = project.get(0);
    Sheet old = project.get(1);
    Sheet continued = with(project.get(2), old.id(), List.of(origin.ref()));
    Sheet fresh = new Sheet(continued.fiscalYear(), continued.id(), continued.title(), continued.form(), continued.published(),
        continued.updated(), continued.budgetAccount(), continued.organization(), continued.mayoralPledges(),
        continued.strategicPlan(), continued.status(), continued.classification(), continued.delivery(), continued.plans(),
        continued.legalBases(), continued.period(), continued.sdgs(), continued.overview(), continued.costs(),
        continued.participation(), continued.indicators(), continued.results(), continued.evaluation(), continued.direction(),
        continued.related(), true);
    assertThat(Comparisons.predecessors(List.of(origin, old, continued))).containsExactly(-1, 0, 1);
    assertThat(Comparisons.predecessors(List.of(origin, old, fresh))).containsExactly(-1, 0, 0);
  }

  private static Sheet with(Sheet s, String id, List<SheetRef> related) {
    return SheetCopies.with(s, "id", id, "related", related);
  }

  /**
   * Total cost is the settlement plus personnel, or the budget plus personnel while a year is not
   * settled: a change between the two would compare a plan with a result, so none is given.
   */
  @Test
  void totalCostChangesOnlyBetweenYearsOfOneBasis() {
    List<Sheet> sheets = List.of(costing(project.get(0), 100, 90L), costing(project.get(1), 120, 110L),
        costing(project.get(2), 130, null));
    Comparison c = Comparisons.of(sheets, "compare/2021/088/", s -> "").orElseThrow();

    Comparison.Row total = row(c, "総コスト");
    assertThat(total.cells()).extracting(Comparison.Cell::value).containsExactly("100", "120", "140");
    assertThat(total.cells()).extracting(Comparison.Cell::change).containsExactly(null, "+20（+20.0%）", null);
    // Budgets alone compare across the same years.
    assertThat(row(c, "予算額").cells()).extracting(Comparison.Cell::change).containsExactly(null, "+20（+20.0%）", "+10（+8.3%）");
    Comparison budgeted = Comparisons.of(List.of(costing(project.get(1), 130, null), costing(project.get(0), 100, null)), "compare/2021/088/", s -> "")
        .orElseThrow();
    assertThat(row(budgeted, "総コスト").cells()).extracting(Comparison.Cell::change).containsExactly(null, "+30（+27.3%）");
  }

  /** {@code s} with one cost year, its own: the budget, the settlement (null: not settled) and 10 of personnel. */
  private static Sheet costing(Sheet s, long budget, Long settlement) {
    List<CostYear> costs = List.of(new CostYear(s.fiscalYear(), budget, settlement, null,
        new kokai.model.Personnel(10L, null, null, null)));
    return SheetCopies.with(s, "costs", costs);
  }

  /**
   * An indicator whose unit changes between years (分以内 → 時間以内) is two indicators: its figures
   * are never shown under the other year's unit, and no change is computed between the two units.
   */
  @Test
  void anIndicatorWhoseUnitChangesGetsRowsOfItsOwnAndNoChangeAcrossUnits() {
    Sheet hours = withIndicator(project.get(2), "時間以内", new BigDecimal("0.5"));
    Comparison c = Comparisons.of(List.of(project.get(0), project.get(1), hours), "compare/2021/088/", s -> "").orElseThrow();

    List<Comparison.Row> actual = c.rows().stream().filter(r -> r.label().equals("年間のネットワーク停止時間 実績")).toList();
    assertThat(actual).extracting(Comparison.Row::unit).containsExactly("分以内", "時間以内");
    assertThat(actual.get(0).cells()).extracting(Comparison.Cell::value).containsExactly("12.5", "20.0", "—");
    assertThat(actual.get(1).cells()).extracting(Comparison.Cell::value).containsExactly("—", "—", "0.5");
    assertThat(actual.get(1).cells().get(2).change()).isNull();
    assertThat(actual.get(1).cells().get(2).delta()).isNull();
  }

  /**
   * A sheet may list two indicators of one name and unit (an activity and an outcome both counted
   * in 人): each has rows of its own, paired with the same place among that name's indicators in
   * the other years, so no figure the sheet pages show is left out of the comparison.
   */
  @Test
  void twoIndicatorsOfOneNameAndUnitEachHaveTheirRows() {
    List<Sheet> twice = project.stream().map(s -> {
      List<kokai.model.Indicator> more = new java.util.ArrayList<>(s.indicators());
      s.indicators().forEach(i -> more.add(new kokai.model.Indicator(i.name(), i.unit(), kokai.model.IndicatorKind.OUTCOME,
          null, i.values().stream().map(v -> new kokai.model.IndicatorValue(v.fiscalYear(),
              v.target() == null ? null : v.target().add(BigDecimal.ONE),
              v.actual() == null ? null : v.actual().multiply(BigDecimal.TEN))).toList())));
      return withIndicators(s, more);
    }).toList();
    Comparison c = Comparisons.of(twice, "compare/2021/088/", s -> "").orElseThrow();

    for (int col = 0; col < twice.size(); col++) {
      Sheet s = twice.get(col);
      int column = col;
      List<String> shown = c.rows().stream().filter(r -> r.section().equals("指標")).map(r -> r.cells().get(column).value())
          .filter(v -> !v.equals(Comparisons.UNKNOWN)).sorted().toList();
      List<String> own = s.indicators().stream().flatMap(i -> i.values().stream().filter(v -> v.fiscalYear() == s.fiscalYear()))
          .flatMap(v -> java.util.stream.Stream.of(v.target(), v.actual())).filter(java.util.Objects::nonNull)
          .map(kokai.render.chart.Numbers::format).sorted().toList();
      assertThat(shown).as(s.ref().toString()).isEqualTo(own);
    }
    assertThat(c.rows().stream().filter(r -> r.section().equals("指標")).map(Comparison.Row::label).distinct().count())
        .isEqualTo(c.rows().stream().filter(r -> r.section().equals("指標")).count());
  }

  private static Sheet withIndicators(Sheet s, List<kokai.model.Indicator> indicators) {
    return SheetCopies.with(s, "indicators", indicators);
  }

  /** {@code s} with its network indicator given in {@code unit}, its own year's actual {@code actual}. */
  private static Sheet withIndicator(Sheet s, String unit, BigDecimal actual) {
    List<kokai.model.Indicator> indicators = s.indicators().stream()
        .map(i -> new kokai.model.Indicator(i.name(), unit, i.kind(), i.description(),
            List.of(new kokai.model.IndicatorValue(s.fiscalYear(), null, actual))))
        .toList();
    return SheetCopies.with(s, "indicators", indicators);
  }

  /**
   * A direction written with blanks around it (full-width ones too) is the direction its listing
   * names: the same as a year that writes it without them, so no change is marked.
   */
  @Test
  void blanksAroundADirectionAreNoChange() {
    Sheet last = project.get(2);
    Sheet blanks = withDirection(last, "\u3000" + project.get(1).direction().decision() + " ");
    Comparison c = Comparisons.of(List.of(project.get(0), project.get(1), blanks), "compare/2021/088/", s -> "").orElseThrow();

    Comparison.Row direction = row(c, "方向性");
    assertThat(direction.cells()).extracting(Comparison.Cell::value).containsExactly("継続", "拡大・拡充", "拡大・拡充");
    assertThat(direction.cells().get(2).changed()).isFalse();
  }

  /**
   * A project that moves to another department or division between years says so in its comparison,
   * as a change like the direction's; blanks around a name are no move. The comparison showed the
   * years side by side without a word of who ran the project in each.
   */
  @Test
  void aProjectThatMovesToAnotherDepartmentSaysSoAsAChange() {
    Sheet first = project.get(0);
    Sheet moved = withOrganization(project.get(1), new kokai.model.Organization("市民局市民部", "市民課", null));
    Sheet blanks = withOrganization(project.get(2), new kokai.model.Organization(" 市民局市民部\u3000", "市民課 ", "窓口係"));
    Comparison c = Comparisons.of(List.of(first, moved, blanks), "compare/2021/088/", s -> "").orElseThrow();

    Comparison.Row org = row(c, "担当部課");
    String before = first.organization().department() + " " + first.organization().division();
    assertThat(org.words()).isTrue();
    assertThat(org.cells()).extracting(Comparison.Cell::value).containsExactly(before, "市民局市民部 市民課", "市民局市民部 市民課");
    assertThat(org.cells()).extracting(Comparison.Cell::changed).containsExactly(false, true, false);
    assertThat(org.cells().get(1).change()).isEqualTo(before + " → 市民局市民部 市民課");
  }

  private static Sheet withOrganization(Sheet s, kokai.model.Organization o) {
    return SheetCopies.with(s, "organization", o);
  }

  private static Sheet withDirection(Sheet s, String decision) {
    return SheetCopies.with(s, "direction", new kokai.model.Direction(decision, null));
  }

  /**
   * An indicator whose name or unit one year writes with blanks around it (" 分以内", full-width
   * ones too) is the same indicator: one pair of rows, not a second pair for the blanks.
   */
  @Test
  void blanksAroundAnIndicatorsNameOrUnitAreTheSameIndicator() {
    Sheet last = project.get(2);
    List<kokai.model.Indicator> indicators = last.indicators().stream()
        .map(i -> new kokai.model.Indicator("\u3000" + i.name() + " ", " " + i.unit() + "\u3000", i.kind(), i.description(),
            i.values()))
        .toList();
    Sheet blanks = new Sheet(last.fiscalYear(), last.id(), last.title(), last.form(), last.published(), last.updated(),
        last.budgetAccount(), last.organization(), last.mayoralPledges(), last.strategicPlan(), last.status(),
        last.classification(), last.delivery(), last.plans(), last.legalBases(), last.period(), last.sdgs(),
        last.overview(), last.costs(), last.participation(), indicators, last.results(), last.evaluation(),
        last.direction(), last.related(), null);
    Comparison plain = Comparisons.of(project, "compare/2021/088/", s -> "").orElseThrow();
    Comparison c = Comparisons.of(List.of(project.get(0), project.get(1), blanks), "compare/2021/088/", s -> "").orElseThrow();

    assertThat(c.rows()).extracting(r -> r.label() + "|" + r.unit())
        .containsExactlyElementsOf(plain.rows().stream().map(r -> r.label() + "|" + r.unit()).toList());
    assertThat(row(c, "年間のネットワーク停止時間 実績").cells()).extracting(Comparison.Cell::value)
        .containsExactlyElementsOf(row(plain, "年間のネットワーク停止時間 実績").cells().stream().map(Comparison.Cell::value).toList());
  }

  @Test
  void aSingleSheetHasNoComparison() {
    assertThat(Comparisons.of(List.of(project.get(0)), "compare/2021/088/", s -> "")).isEmpty();
  }

  private static Comparison.Row row(Comparison c, String label) {
    return c.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
  }

  private static Long figure(Sheet s, String label) {
    CostYear own = s.findOwnCost().orElse(null);
    if (own == null) {
      return null;
    }
    return label.equals("予算額") ? own.budget() : own.settlement();
  }
}
