package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import kokai.diag.Diagnostic;
import kokai.model.CostYear;
import kokai.model.Indicator;
import kokai.model.Sheet;
import org.junit.jupiter.api.Test;

/** Figures other sheets of the same layout print: signs, blanks, widths, decimals, units, other years. */
class FigureVariantsTest {
  private static final String S087 = Seed.sheet("087");
  private static final String S088 = Seed.sheet("088");
  private static final String TARGETS_087 = "目標値\t5,500.0\t6,000.0\t6,500.0\t7,000.0\t7,500.0\t8,000.0";
  private static final String ACTUALS_087 = "実績\t8,271.0\t9,735.0\t10,516.0\t11,393.0\t0.0\t0.0";

  /**
   * Zeros a sheet prints for "none" in an indicator with other figures are kept as written and
   * said: a past year of target and actual 0 (089's training moved in from 087 in 令和4年度, so
   * 令和元年度 to 令和3年度 are 0), targets of 0 in every year (089's terminals, a figure for
   * reference); an indicator whose figures are all 0, such as no one waiting, is not said.
   */
  @Test
  void zerosThatMayStandForNoneAreKeptAndSaid() {
    SheetParser.Parsed p = Fixtures.parseOne(Seed.sheet("089"));
    Sheet s = p.sheet().orElseThrow();
    assertThat(s.indicators().get(1).values()).filteredOn(v -> v.fiscalYear() <= 2021)
        .allSatisfy(v -> assertThat(v.target()).isZero()).allSatisfy(v -> assertThat(v.actual()).isZero());
    assertThat(p.problems().all()).filteredOn(d -> "indicators.values".equals(d.field())).extracting(Diagnostic::message)
        .containsExactly(
            "indicator \"LGWAN接続系端末台数\" has a target of 0 in every year: kept as 0",
            "indicator \"情報セキュリティ研修受講者数\" has a target and an actual of 0 in 令和元年度, 令和2年度, 令和3年度,"
                + " while other years have figures: kept as 0");

    String allZero = S088.replace("目標値\t280.0\t280.0\t280.0\t280.0\t280.0\t280.0", "目標値\t0.0\t0.0\t0.0\t0.0\t0.0\t0.0")
        .replace("実績\t3.0\t0.0", "実績\t0.0\t0.0");
    assertThat(allZero).isNotEqualTo(S088);
    assertThat(Fixtures.parseOne(allZero).problems().all()).noneSatisfy(d -> assertThat(d.field()).isEqualTo("indicators.values"));
  }

  /**
   * A spreadsheet's percent cells print their sign (85.5%): read as the figure where the
   * indicator's unit is %, and refused elsewhere with where the sign belongs.
   */
  @Test
  void aPercentSignIsReadWhereTheUnitIsPercent() {
    String percent = S088.replace("年間のネットワーク停止時間 (分以内)", "年間のネットワーク稼働率 (％)")
        .replace("目標値\t280.0\t280.0\t280.0\t280.0\t280.0\t280.0", "目標値\t99.5%\t99.5 %\t９９．５％\t99.5%\t99.5%\t%")
        .replace("実績\t3.0\t0.0", "実績\t99.9%\t0.0");
    assertThat(percent).contains("(％)").contains("99.9%");
    SheetParser.Parsed p = Fixtures.parseOne(percent);
    Indicator i = p.sheet().orElseThrow().indicators().get(0);
    assertThat(i.unit()).isEqualTo("％");
    assertThat(i.values()).extracting(v -> v.target()).containsExactly(new BigDecimal("99.5"), new BigDecimal("99.5"),
        new BigDecimal("99.5"), new BigDecimal("99.5"), new BigDecimal("99.5"), null);
    assertThat(i.values().get(0).actual()).isEqualTo(new BigDecimal("99.9"));
    assertThat(p.problems().all()).noneMatch(Diagnostic::isError);

    String otherUnit = S088.replace("実績\t3.0\t0.0", "実績\t3.0%\t0.0");
    SheetParser.Parsed refused = Fixtures.parseOne(otherUnit);
    assertThat(refused.sheet()).isEmpty();
    Diagnostic d = refused.problems().firstError();
    assertThat(d.field()).isEqualTo("indicators.values.actual");
    assertThat(d.message()).contains("\"3.0%\" is not a figure");
    assertThat(d.hint()).contains("without %").contains("(%)");
  }

  /**
   * Forms that print each indicator's 達成率 (actual over target) under its 実績: the content keeps
   * the target and the actual it follows from, so the line is left out, said once for the sheet.
   */
  @Test
  void anAchievementRateLineUnderTheActualsIsLeftOutAndSaid() {
    String rates = S087.replace(ACTUALS_087 + "\n", ACTUALS_087 + "\n\t達成率\t150.4%\t162.3%\t161.8%\t162.8%\t－\t－\n")
        .replace("実績\t29,601.0\t66,024.0\t97,378.0\t89,362.0\t0.0\t0.0\n",
            "実績\t29,601.0\t66,024.0\t97,378.0\t89,362.0\t0.0\t0.0\n\t達成度\t197.3\t330.1\t389.5\t297.9\t\t\n");
    assertThat(rates).contains("達成率").contains("達成度");
    SheetParser.Parsed p = Fixtures.parseOne(rates);

    assertThat(p.sheet()).contains(Fixtures.sheet(S087));
    int first = rates.lines().toList().indexOf("\t達成率\t150.4%\t162.3%\t161.8%\t162.8%\t－\t－") + 1;
    Diagnostic w = Fixtures.onlyWarning(p.problems().all().stream().filter(d -> d.message().contains("達成")).toList());
    assertThat(w.location().line()).isEqualTo(first);
    assertThat(w.message()).contains("2 lines of 達成率");
  }

  /**
   * A spreadsheet cell formatted with the indicator's unit prints it after the figure (1,570件):
   * read as the figure where the unit is the indicator's own, refused where it is another.
   */
  @Test
  void aFigureEndingWithItsIndicatorsUnitIsTheFigure() {
    String counted = S087.replace(TARGETS_087, "目標値\t5,500件\t6,000 件\t6,500.0\t７，０００件\t7,500.0\t－")
        .replace(ACTUALS_087, "実績\t8,271件\t9,735.0\t10,516.0\t11,393.0\t0.0\t0.0");
    assertThat(counted).isNotEqualTo(S087);
    SheetParser.Parsed p = Fixtures.parseOne(counted);

    Indicator i = p.sheet().orElseThrow(() -> new AssertionError(p.problems().all())).indicators().get(0);
    assertThat(i.unit()).isEqualTo("件");
    assertThat(i.values()).extracting(v -> v.target()).containsExactly(new BigDecimal("5500"), new BigDecimal("6000"),
        new BigDecimal("6500.0"), new BigDecimal("7000"), new BigDecimal("7500.0"), null);
    assertThat(i.values().get(0).actual()).isEqualTo(new BigDecimal("8271"));

    Diagnostic d = Fixtures.refused(S087.replace(ACTUALS_087, "実績\t8,271人\t9,735.0\t10,516.0\t11,393.0\t0.0\t0.0"));
    assertThat(d.field()).isEqualTo("indicators.values.actual");
    assertThat(d.message()).contains("\"8,271人\" is not a figure");
  }

  @Test
  void minusSignsOfEveryKindInIndicatorValues() {
    String text = S087.replace(ACTUALS_087, "実績\t△8,271.0\t▲9,735.0\t-10,516.0\t－11,393.0\t−1.5\t0.0");
    Indicator i = Fixtures.sheet(text).indicators().get(0);

    assertThat(i.values()).extracting(v -> v.actual()).containsExactly(new BigDecimal("-8271.0"),
        new BigDecimal("-9735.0"), new BigDecimal("-10516.0"), new BigDecimal("-11393.0"), new BigDecimal("-1.5"), null);
  }

  @Test
  void anErrorInTheBasicInformationDoesNotHideOneInTheCostTable() {
    String text = S088.replace("17パートナーシップ", "19パートナーシップ")
        .replace("予算額\t(千円)\t86,185", "予算額\t(千円)\t86,1x5");
    SheetParser.Parsed p = Fixtures.parseOne(text);

    assertThat(p.sheet()).isEmpty();
    assertThat(p.problems().all()).filteredOn(Diagnostic::isError).extracting(Diagnostic::field)
        .containsExactly("sdgs", "costs.budget");
  }

  @Test
  void aNegativeBudgetIsRefusedAtItsCellBecauseTheContentFormatHasNone() {
    String text = S088.replace("予算額\t(千円)\t86,185\t123,235", "予算額\t(千円)\t86,185\t△1,200");
    Diagnostic d = Fixtures.refused(text);
    assertThat(d.field()).isEqualTo("costs.budget");
    assertThat(d.message()).contains("令和3年度").contains("△1,200").contains("negative");
    int line = d.location().line();
    assertThat(text.lines().toList().get(line - 1)).contains("予算額");
    assertThat(d.location().column()).isEqualTo(text.lines().toList().get(line - 1).indexOf("△") + 1);
  }

  @Test
  void aNegativeGeneralFundIsKeptBecauseIncomeCanExceedCost() {
    String text = S088.replace("\t一般財源\t(千円)\t77,967\t106,935", "\t一般財源\t(千円)\t77,967\t△1,200");

    assertThat(Fixtures.sheet(text).findCost(2021).orElseThrow().funding().general()).isEqualTo(-1200L);
  }

  @Test
  void aNegativeOvertimeFigureIsKeptAsPrinted() {
    String text = S088.replace("(時間)\t100.00\t100.00", "(時間)\t100.00\t▲12.50");

    assertThat(Fixtures.sheet(text).findCost(2021).orElseThrow().personnel().overtimeHours())
        .isEqualTo(new BigDecimal("-12.50"));
  }

  @Test
  void blankCellsInsideACostLineAreUnknownYears() {
    String text = S088
        .replace("予算額\t(千円)\t86,185\t123,235", "予算額\t(千円)\t\t123,235") // first year blank
        .replace("一般財源\t(千円)\t77,967\t106,935\t102,034", "一般財源\t(千円)\t77,967\t\t102,034");
    Sheet s = Fixtures.sheet(text);

    assertThat(s.findCost(2020).orElseThrow().budget()).isNull();
    assertThat(s.findCost(2021).orElseThrow().budget()).isEqualTo(123235L);
    assertThat(s.findCost(2021).orElseThrow().funding().general()).isNull();
    assertThat(s.findCost(2022).orElseThrow().funding().general()).isEqualTo(102034L);
  }

  @Test
  void blankTrailingYearsAreReadWhenTheLineKeepsTheHeadingsCells() {
    // The heading line and this line both end with one empty cell after the last year.
    String text = S088.replace("予算額\t(千円)\t86,185\t123,235\t130,114\t129,129\t129,129\t",
        "予算額\t(千円)\t86,185\t123,235\t130,114\t\t\t");
    Sheet s = Fixtures.sheet(text);

    assertThat(s.findCost(2022).orElseThrow().budget()).isEqualTo(130114L);
    assertThat(s.findCost(2023).orElseThrow().budget()).isNull();
    assertThat(s.findCost(2024).orElseThrow().budget()).isNull();
  }

  @Test
  void fullWidthAmountsAndADecimalThatIsNoWholeAmount() {
    String wide = S088.replace("\t7,046\t7,078\t", "\t７，０４６\t７０７８\t");
    assertThat(Fixtures.sheet(wide)).isEqualTo(Fixtures.sheet(S088));

    SheetParser.Parsed p = Fixtures.parseOne(S088.replace("\t7,046\t7,078\t", "\t1,234.5\t7,078\t"));
    assertThat(p.problems().firstError().field()).isEqualTo("costs.personnel.total");
    assertThat(p.problems().firstError().message()).contains("1,234.5").contains("whole");
  }

  @Test
  void indicatorValuesWithMoreDecimalsKeepThem() {
    String text = S087.replace(TARGETS_087, "目標値\t0.125\t6,000.05\t6,500.0\t7,000.0\t7,500.0\t8,000.0");

    assertThat(Fixtures.sheet(text).indicators().get(0).values().get(0).target()).isEqualTo(new BigDecimal("0.125"));
    assertThat(Fixtures.sheet(text).indicators().get(0).values().get(1).target()).isEqualTo(new BigDecimal("6000.05"));
  }

  @Test
  void unitsWithPercentSlashesAndNestedBrackets() {
    assertThat(unitOf("茨城県統合型GISへの庁内からのログイン件数 (%)")).containsExactly("茨城県統合型GISへの庁内からのログイン件数", "%");
    assertThat(unitOf("ログイン件数 (件/年)")).containsExactly("ログイン件数", "件/年");
    assertThat(unitOf("研修参加者数 (人(延べ))")).containsExactly("研修参加者数", "人(延べ)");
    assertThat(unitOf("研修参加者数（人（延べ））")).containsExactly("研修参加者数", "人（延べ）");
    assertThat(unitOf("ログイン件数")).containsExactly("ログイン件数", null);
    assertThat(unitOf("(仮称)研修の参加者数")).containsExactly("(仮称)研修の参加者数", null);
  }

  private static String[] unitOf(String printed) {
    Indicator i = Fixtures.sheet(S087.replace("茨城県統合型GISへの庁内からのログイン件数 (件)", printed)).indicators().get(0);
    return new String[] {i.name(), i.unit()};
  }

  @Test
  void anActualOfTheSheetsOwnYearThatIsZeroStaysZero() {
    String text = S087.replace(ACTUALS_087, "実績\t8,271.0\t9,735.0\t10,516.0\t0.0\t0.0\t0.0");
    Indicator i = Fixtures.sheet(text).indicators().get(0);

    assertThat(i.values().get(3).fiscalYear()).isEqualTo(2022);
    assertThat(i.values().get(3).actual()).isEqualByComparingTo("0");
    assertThat(i.values().get(4).actual()).isNull();
  }

  @Test
  void costColumnsOfOtherYearsAndEras() {
    String text = S088.replace("令和 4年度 事務事業", "令和 5年度 事務事業")
        .replace("項目\t\t\t令和 2年度\t令和 3年度\t令和 4年度\t令和 5年度\t令和 6年度", "項目\t\t\t令和 3年度\t令和 4年度\t令和 5年度\t令和 6年度\t令和 7年度");
    Sheet s = Fixtures.sheet(text);
    assertThat(s.costs()).extracting(CostYear::fiscalYear).containsExactly(2021, 2022, 2023, 2024, 2025);
    assertThat(s.findCost(2023).orElseThrow().settlement()).isEqualTo(102034L); // the sheet's own year
    assertThat(s.findCost(2024).orElseThrow().settlement()).isNull(); // printed 0, not settled yet
    assertThat(s.findCost(2024).orElseThrow().budget()).isEqualTo(129129L);

    String heisei = S088.replace("令和 4年度 事務事業", "令和元年度 事務事業")
        .replace("項目\t\t\t令和 2年度\t令和 3年度\t令和 4年度\t令和 5年度\t令和 6年度", "項目\t\t\t平成29年度\t平成30年度\t令和元年度\t令和 2年度\t令和 3年度");
    assertThat(Fixtures.sheet(heisei).fiscalYear()).isEqualTo(2019);
    assertThat(Fixtures.sheet(heisei).costs()).extracting(CostYear::fiscalYear).containsExactly(2017, 2018, 2019, 2020, 2021);
  }

  /**
   * A sheet printed before the next era was named counts its later years on in its own era (平成32年度,
   * H32年度 for 2020): read as the year they count to, and said, in the cost table and the indicators.
   */
  @Test
  void yearsCountedOnPastTheirErasEndAreTheYearsTheyCountToAndSaid() {
    String h30 = S087.replace("令和 4年度 事務事業", "平成30年度 事務事業")
        .replace("項目\t\t\t令和 2年度\t令和 3年度\t令和 4年度\t令和 5年度\t令和 6年度", "項目\t\t\t平成28年度\t平成29年度\t平成30年度\t平成31年度\t平成32年度")
        .replace("\tR01年度\tR02年度\tR03年度\tR04年度\tR05年度\tR06年度", "\tH27年度\tH28年度\tH29年度\tH30年度\tH31年度\tH32年度");
    assertThat(h30).contains("平成32年度").contains("H32年度").doesNotContain("R01年度");
    SheetParser.Parsed p = Fixtures.parseOne(h30);

    Sheet s = p.sheet().orElseThrow(() -> new AssertionError(p.problems().all()));
    assertThat(s.fiscalYear()).isEqualTo(2018);
    assertThat(s.costs()).extracting(CostYear::fiscalYear).containsExactly(2016, 2017, 2018, 2019, 2020);
    assertThat(s.costs().get(4).budget()).isEqualTo(14721L);
    assertThat(s.indicators()).hasSize(3).allSatisfy(i -> assertThat(i.values()).extracting(v -> v.fiscalYear())
        .containsExactly(2015, 2016, 2017, 2018, 2019, 2020));
    assertThat(s.indicators().get(0).name()).isEqualTo("茨城県統合型GISへの庁内からのログイン件数");
    assertThat(p.problems().all()).filteredOn(d -> d.message().contains("平成32年度")).hasSize(1).allSatisfy(d -> {
      assertThat(d.isError()).isFalse();
      assertThat(d.field()).isEqualTo("costs");
      assertThat(d.message()).contains("令和2年度").contains("2020");
    });
    assertThat(p.problems().all()).filteredOn(d -> d.message().contains("H32年度")).hasSize(3)
        .allSatisfy(d -> assertThat(d.field()).isEqualTo("indicators.values"));

    // Past its end only as far as a sheet looks ahead: 平成40年度 is no year a sheet prints.
    String far = h30.replace("平成32年度", "平成40年度");
    Diagnostic d = Fixtures.refused(far);
    assertThat(d.message()).contains("平成40年度");
  }

  @Test
  void aYearPrintedTwiceInOneHeadingIsAnError() {
    String text = S088.replace("令和 2年度\t令和 3年度", "平成31年度\t令和元年度");
    Diagnostic error = Fixtures.refused(text);

    assertThat(error.field()).isEqualTo("costs");
    assertThat(error.message()).contains("2019").contains("twice");
  }

  @Test
  void appointedStaffPrintedAsPresentInSomeYears() {
    String text = S088.replace("会計年度任用職員有無\t(-)\t無\t無\t無\t無\t無", "会計年度任用職員有無\t(-)\t無\t有\t有\t—\t有");
    Sheet s = Fixtures.sheet(text);

    assertThat(s.costs()).extracting(c -> c.personnel().fiscalYearAppointedStaff()).containsExactly(false, true, true, null, true);

    // A form that marks 有 and 無 with a circle and a cross, as check columns do.
    String marked = S088.replace("会計年度任用職員有無\t(-)\t無\t無\t無\t無\t無", "会計年度任用職員有無\t(-)\t×\t○\t〇\t—\t◯");
    assertThat(marked).isNotEqualTo(S088);
    assertThat(Fixtures.sheet(marked).costs()).extracting(c -> c.personnel().fiscalYearAppointedStaff())
        .containsExactly(false, true, true, null, true);
    Diagnostic d = Fixtures.refused(S088.replace("会計年度任用職員有無\t(-)\t無\t無", "会計年度任用職員有無\t(-)\t無\t△"));
    assertThat(d.field()).isEqualTo("costs.personnel.fiscalYearAppointedStaff");
    assertThat(d.message()).contains("\"△\"");
  }

  /**
   * A form that counts 会計年度任用職員 (従事割合 in persons, as it does 正職員) instead of marking
   * 有無: the content format keeps whether there were any, so a count above 0 is 有 and 0 is 無,
   * said once, since the count itself is not kept. Printed beside the 有無 line, it is an error.
   */
  @Test
  void appointedStaffCountedInPersonsIsPresentAboveZero() {
    String counted = S088.replace("会計年度任用職員有無\t(-)\t無\t無\t無\t無\t無", "会計年度任用職員従事割合\t(人)\t0.00\t0.50\t1.20\t—\t0.5");
    assertThat(counted).isNotEqualTo(S088);
    SheetParser.Parsed p = Fixtures.parseOne(counted);

    Sheet s = p.sheet().orElseThrow(() -> new AssertionError(p.problems().all()));
    assertThat(s.costs()).extracting(c -> c.personnel().fiscalYearAppointedStaff()).containsExactly(false, true, true, null, true);
    Diagnostic w = Fixtures.onlyWarning(p.problems().all().stream().filter(d -> "costs.personnel.fiscalYearAppointedStaff".equals(d.field())).toList());
    assertThat(w.location().line()).isEqualTo(33);
    assertThat(w.message()).contains("会計年度任用職員従事割合").contains("not kept");

    String both = S088.replace("会計年度任用職員有無\t(-)\t無\t無\t無\t無\t無",
        "会計年度任用職員有無\t(-)\t無\t無\t無\t無\t無\n\t\t会計年度任用職員数\t(人)\t0\t0\t0\t0\t0");
    Diagnostic d = Fixtures.refused(both);
    assertThat(d.field()).isEqualTo("costs.personnel.fiscalYearAppointedStaff");
    assertThat(d.location().line()).isEqualTo(34);
  }

  @Test
  void itemLabelsWithOtherSeparatorsAreTheSameItems() {
    String text = S088.replace("国庫、県支出金、地方債", "国庫・県支出金・地方債").replace("共有、理解", "共有・理解");

    assertThat(Fixtures.sheet(text)).isEqualTo(Fixtures.sheet(S088));
  }

  @Test
  void aGroupLabelSharingTheItemsCell() {
    String text = S088.replace("\t内訳\t一般財源\t(千円)", "\t内訳 一般財源\t(千円)");

    assertThat(Fixtures.sheet(text)).isEqualTo(Fixtures.sheet(S088));
  }

  @Test
  void blankYearsAtTheEndOfAFullWidthLineAreUnknown() {
    // The funding lines take a column more for their labels; written at the table's full width, their
    // last cells are empty where nothing is known yet.
    String text = S088.replace("\t\tその他\t(千円)\t0\t0\t0\t0\t0\n", "\t\tその他\t(千円)\t0\t0\t0\t\t\n");
    assertThat(text).isNotEqualTo(S088);
    Sheet s = Fixtures.sheet(text);

    assertThat(s.costs()).extracting(c -> c.funding().other()).containsExactly(0L, 0L, 0L, null, null);
    assertThat(s.costs()).extracting(c -> c.funding().general()).isEqualTo(Fixtures.sheet(S088).costs().stream().map(c -> c.funding().general()).toList());
  }

  @Test
  void aBlankIndicatorCellIsAnUnknownValueOfItsYear() {
    String text = S087.replace(ACTUALS_087, "実績\t8,271.0\t\t10,516.0\t11,393.0\t0.0\t0.0");
    Indicator i = Fixtures.sheet(text).indicators().get(0);

    assertThat(i.values().get(1).fiscalYear()).isEqualTo(2020);
    assertThat(i.values().get(1).actual()).isNull();
    assertThat(i.values().get(1).target()).isEqualByComparingTo("6000");
    assertThat(i.values().get(2).actual()).isEqualByComparingTo("10516");

    SheetParser.Parsed p = Fixtures.parseOne(S087.replace(ACTUALS_087, "実績\t8,271.0\t9,735.0\t10,516.0\t11,393.0\t0.0"));
    assertThat(p.problems().firstError().field()).isEqualTo("indicators.values.actual");
    assertThat(p.problems().firstError().message()).contains("5 figures for 6 fiscal years");
  }

  /**
   * A line that is only its label, as an export that leaves out a line's empty cells at its end
   * writes a line with no figures (a reference indicator without targets, a year not settled), is
   * blank in every year: nothing can be misplaced.
   */
  @Test
  void aLineWithNoFigureAfterItsLabelIsBlankInEveryYear() {
    String text = S087.replace("\t" + TARGETS_087 + "\n", "\t目標値\n");
    assertThat(text).isNotEqualTo(S087);
    Indicator i = Fixtures.sheet(text).indicators().get(0);

    assertThat(i.values()).extracting(v -> v.target()).containsOnlyNulls().hasSize(6);
    assertThat(i.values().get(0).actual()).isEqualByComparingTo("8271");

    String costs = S088.replace("\t決算額\t(千円)\t77,967\t106,935\t102,034\t0\t0\t\n", "\t決算額\t(千円)\n");
    assertThat(costs).isNotEqualTo(S088);
    Sheet s = Fixtures.sheet(costs);
    assertThat(s.costs()).extracting(CostYear::settlement).containsOnlyNulls().hasSize(5);
    assertThat(s.costs()).extracting(CostYear::budget).containsExactly(86185L, 123235L, 130114L, 129129L, 129129L);
  }

  /**
   * An ellipsis, which Japanese tables print for a figure not known (…, ‥, ..., ・・・), and the
   * hyphen and en dash that word processors put for a typed dash, are no value, as — is; they
   * were refused as "not a figure", losing the sheet.
   */
  @Test
  void anEllipsisOrAnyDashIsNoValue() {
    String text = S087.replace(ACTUALS_087, "実績\t…\t‥\t...\t・・・\t–\t‐")
        .replace("予算額\t(千円)\t26,499\t6,844", "予算額\t(千円)\t…\t‐");
    assertThat(text).isNotEqualTo(S087).contains("(千円)\t…\t‐");
    Sheet s = Fixtures.sheet(text);

    assertThat(s.indicators().get(0).values()).extracting(v -> v.actual()).containsOnlyNulls().hasSize(6);
    assertThat(s.costs()).extracting(CostYear::budget).containsExactly(null, null, 7575L, 14721L, 14721L);
  }

  @Test
  void indicatorYearsOutOfOrderAreAnError() {
    Diagnostic error = Fixtures.refused(S088.replaceFirst("R01年度\tR02年度", "R02年度\tR01年度"));

    assertThat(error.field()).isEqualTo("indicators.values");
    assertThat(error.message()).contains("令和元年度 (2019) comes after 令和2年度");
  }

  /**
   * What the loader would refuse in the imported file is refused at its cell instead: before, a
   * figure of twenty digits or of ten decimals was written out, and the build then refused the file.
   */
  @Test
  void figuresTheContentFormatRefusesAreRefusedAtTheirCell() {
    String text = S087.replace(ACTUALS_087, "実績\t1,000,000,000,000,001\t0.1234567891\t10,516.0\t11,393.0\t0.0\t0.0")
        .replaceFirst("予算額\t\\(千円\\)\t[0-9,]+", "予算額\t(千円)\t99999999999999999999");
    SheetParser.Parsed p = Fixtures.parseOne(text);

    assertThat(p.sheet()).isEmpty();
    assertThat(p.problems().all()).filteredOn(Diagnostic::isError).extracting(Diagnostic::field, Diagnostic::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("costs.budget",
                "予算額 of 令和2年度: \"99999999999999999999\" is too large"),
            org.assertj.core.groups.Tuple.tuple("indicators.values.actual",
                "実績: \"1,000,000,000,000,001\" is too large: a figure is at most 1,000,000,000,000,000 in either sign"),
            org.assertj.core.groups.Tuple.tuple("indicators.values.actual",
                "実績: \"0.1234567891\" has more than 9 digits after the point (rounded: 0.123456789)"));
  }

  /** The form's unused block printed with a unit cell beside its "()" is still no indicator. */
  @Test
  void anUnusedIndicatorBlockWithAUnitCellIsNoIndicator() {
    String text = S088.replace("2\t指標名\t()\t", "2\t指標名\t()\t(千円)");
    assertThat(text).isNotEqualTo(S088);

    assertThat(Fixtures.sheet(text).indicators()).extracting(Indicator::name).containsExactly("年間のネットワーク停止時間");
  }
}
