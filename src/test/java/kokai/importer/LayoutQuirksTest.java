package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import kokai.diag.Diagnostic;
import kokai.model.CostYear;
import kokai.model.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The quirks of real exports, each on a seed sheet changed the way another export could print it:
 * the importer reads the same data whatever the cells, widths and marks.
 */
class LayoutQuirksTest {
  private static final String S088 = Seed.sheet("088");

  @Test
  void theSameSheetWithEveryValueShiftedIntoTheLabelCellReadsTheSame() {
    // Each cost line as sheet 091 prints it: the unit and the first figure share a cell.
    String shifted = S088.replaceAll("\\t\\((千円|人|時間|-)\\)\\t", "\t($1) ");
    assertThat(shifted).contains("(千円) 86,185").isNotEqualTo(S088);

    assertThat(Fixtures.sheet(shifted)).isEqualTo(Fixtures.sheet(S088));
  }

  /**
   * Sheet 091 prints each line's unit and first year's figure in one cell ("(千円) 37,293"); with
   * that figure blank the cell holds the unit alone, and the next figure is the second year's, not
   * the first's. In the other layout (088) every unit stands alone before the first figure's cell.
   */
  @Test
  void aBlankFirstYearBesideTheUnitInItsCellKeepsTheOtherYearsInPlace() {
    String s091 = Seed.sheet("091");
    String text = s091.replace("予算額\t(千円) 37,293\t17,877", "予算額\t(千円)\t17,877")
        .replace("一般財源\t(千円) 14,338\t6,546", "一般財源\t(千円)\t6,546");
    assertThat(text).isNotEqualTo(s091);
    Sheet s = Fixtures.sheet(text);

    assertThat(s.costs()).extracting(CostYear::budget).containsExactly(null, 17877L, 11236L, 7590L, 7590L);
    assertThat(s.costs()).extracting(c -> c.funding().general()).containsExactly(null, 6546L, 10780L, null, null);
    Sheet s088 = Fixtures.sheet(S088.replace("予算額\t(千円)\t86,185\t123,235", "予算額\t(千円)\t\t123,235")
        .replace("一般財源\t(千円)\t77,967\t106,935", "一般財源\t(千円)\t\t106,935"));
    assertThat(s088.costs()).extracting(CostYear::budget).containsExactly(null, 123235L, 130114L, 129129L, 129129L);
    assertThat(s088.costs()).extracting(c -> c.funding().general()).containsExactly(null, 106935L, 102034L, null, null);
  }

  @Test
  void labelsInOtherCellsAndValuesInLabelCellsReadTheSame() {
    String moved = S088
        .replace("\nその他\t", "\n\tその他\t")
        .replace("\t\tその他\t(千円)", "\tその他\t(千円)") // one cell to the left, as on sheet 090
        .replace("課題\t業務\t", "課題\t業務 ") // the value in the sub-label's cell, as on sheet 089
        .replace("\t組織、予算等\t", "\t組織、予算等 ")
        .replace("事務事業名\t088 ", "事務事業名 088 ")
        .replace("\n市長公約\t", "\n\t市長公約\t")
        .replace("\t担当部課\t政策", "\t担当部課 政策");
    assertThat(moved).contains("\tその他\t(千円)\t0").contains("業務 世界的");

    assertThat(Fixtures.sheet(moved)).isEqualTo(Fixtures.sheet(S088));
  }

  @Test
  void fullWidthDigitsAndBracketsAndOtherDashesReadTheSame() {
    String wide = S088
        .replace("令和 4年度 事務事業", "令和４年度 事務事業")
        .replace("86,185", "８６，１８５")
        .replace("(千円)", "（千円）")
        .replace("R01年度", "Ｒ０１年度")
        .replace("共有、理解\t—", "共有、理解\t-")
        .replace("実行\t—", "実行\t")
        .replace("進捗状況\t2\t", "進捗状況\t２\t")
        .replace("概要 (取組内容)", "概要（取組内容）");

    Sheet a = Fixtures.sheet(wide);
    Sheet b = Fixtures.sheet(S088);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void fullWidthSpacesBetweenANumberAndWhatFollowsReadTheSame() {
    String s091 = Seed.sheet("091");
    String wide = s091
        .replace("091 つくばデジタル", "０９１\u3000つくばデジタル")
        .replace("市長公約\t1\t4\t", "市長公約\t1\u30004\t\t")
        .replace("戦略プラン\tIV-3\t2\t3\t", "戦略プラン\tIV-3\u30002\u30003\u3000")
        .replace("\tIV-3\t3\t1\t", "\tIV-3\u30003\u30001\t\t\t")
        .replace("市民ニーズ\t3\t", "市民ニーズ\t3\u3000");
    assertThat(wide).contains("\u30004\t").contains("3\u3000今後も").contains("2\u30003\u3000つくば");

    assertThat(Fixtures.sheet(wide)).isEqualTo(Fixtures.sheet(s091));
  }

  @Test
  void aGroupsLabelSharingACellWithAnItemsLabelReadsTheSame() {
    for (String merged : List.of("課題 業務\t", "課題 業務 ")) {
      String text = S088.replace("課題\t業務\t", merged);
      assertThat(text).contains(merged + "世界的");

      assertThat(Fixtures.sheet(text)).isEqualTo(Fixtures.sheet(S088));
    }
  }

  /** Labels as forms of other years print them, and a note under a table, which is said but not imported. */
  @Test
  void otherFormsLabelsReadTheSameAndANoteUnderATableIsSkipped() {
    String s089 = Seed.sheet("089");
    String other = s089.replace("\t内訳\t一般財源\t", "\t内訳\t一般財源等\t")
        .replace("\t\t国庫、県支出金、地方債\t", "\t\t国・県支出金、地方債\t")
        .replace("\t実績\t", "\t実績値\t")
        .replace("\n市民参加の取組状況\n", "\n※人件費計は、正職員従事割合に平均給与額を乗じて算出している。\n\n市民参加の取組状況\n")
        .replace("\n事業の成果と課題\n", "\n※目標値は第2期つくば市情報化推進計画による。\n\n事業の成果と課題\n");
    assertThat(other).contains("一般財源等", "国・県支出金", "実績値", "※人件費計", "※目標値");

    SheetParser.Parsed p = Fixtures.parseOne(other);
    assertThat(p.sheet()).contains(Fixtures.sheet(s089));
    assertThat(p.problems().all()).extracting(Diagnostic::field, Diagnostic::isError)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("costs", false), org.assertj.core.groups.Tuple.tuple("indicators.values", false),
            org.assertj.core.groups.Tuple.tuple("indicators.values", false), org.assertj.core.groups.Tuple.tuple("indicators", false));
    assertThat(p.problems().all().get(0).message()).contains("※人件費計は");
    // Under the cost table, or after an unused indicator block, a note after a tab is a note too: no text runs on there.
    String tabbed = s089.replace("\n市民参加の取組状況\n", "\n\t\t\t※令和5年度以降は予算額を記載\n\n市民参加の取組状況\n");
    String afterUnused = S088.replace("\n事業の成果と課題\n", "\n\t※実績は各年度末時点\n\n事業の成果と課題\n");
    String otherMarks = s089.replace("\n市民参加の取組状況\n", "\n＊人件費は概算\n注）単位は千円\n\n市民参加の取組状況\n");
    assertThat(Fixtures.parseOne(otherMarks).problems().all()).filteredOn(d -> !"indicators.values".equals(d.field())).hasSize(2).allSatisfy(d -> {
      assertThat(d.isError()).isFalse();
      assertThat(d.message()).startsWith("a note under the table");
    });
    for (String noted : List.of(tabbed, afterUnused)) {
      SheetParser.Parsed n = Fixtures.parseOne(noted);
      assertThat(n.sheet()).as(noted.substring(0, 40)).isPresent();
      assertThat(n.problems().all()).filteredOn(d -> !"indicators.values".equals(d.field())).singleElement().satisfies(d -> assertThat(d.message()).startsWith("a note under the table"));
    }
    // A wrapped text's next line may start with ※ too: after its leading tab it is text, not a note.
    String description = S088.lines().filter(l -> l.startsWith("指標の概要\t通常の")).findFirst().orElseThrow();
    String wrapped = S088.replace(description, description.replace("※344日", "\t\t\t\t\t\n\t※344日"));
    SheetParser.Parsed w = Fixtures.parseOne(wrapped);
    assertThat(w.sheet().orElseThrow().indicators().get(0).description()).endsWith("（計画的に行う停止時間を除く）※344日×810分×0.1%≒280分");
    assertThat(w.problems().all()).noneMatch(d -> d.message().contains("note"));
  }

  /** A score alone on its line, its comment on the line below, is a score and a comment, not "4年度当初…". */
  @Test
  void aCommentOnTheLineBelowItsScoreIsTheComment() {
    String s089 = Seed.sheet("089");
    String line = s089.lines().filter(l -> l.startsWith("進捗状況\t")).findFirst().orElseThrow();
    String[] cells = line.split("\t");
    String below = s089.replace(line, cells[0] + "\t" + cells[1] + "\t\n\t\t" + cells[2]);
    assertThat(below).isNotEqualTo(s089);

    assertThat(Fixtures.sheet(below).evaluation()).isEqualTo(Fixtures.sheet(s089).evaluation());
  }

  /** A note wrapped onto the lines below it, under either table, is skipped whole: one warning, the sheet read. */
  @Test
  void aNoteWrappedOntoMoreLinesIsSkippedWhole() {
    String s089 = Seed.sheet("089");
    String wrapped = s089
        .replace("\n市民参加の取組状況\n", "\n※人件費は、正規職員の平均給与に従事時間を乗じて算出しており、会計年度任用職員の報酬は"
            + "\n事業費に含まれている。\n（令和3年度から）\n\n市民参加の取組状況\n")
        .replace("\n事業の成果と課題\n", "\n※目標値は第2期つくば市情報化推進計画による。実績は各年度末時点の\n件数である。\n\n事業の成果と課題\n");

    SheetParser.Parsed p = Fixtures.parseOne(wrapped);

    assertThat(p.sheet()).contains(Fixtures.sheet(s089));
    assertThat(p.problems().all()).extracting(Diagnostic::field, Diagnostic::isError)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("costs", false), org.assertj.core.groups.Tuple.tuple("indicators.values", false),
            org.assertj.core.groups.Tuple.tuple("indicators.values", false), org.assertj.core.groups.Tuple.tuple("indicators", false));
    // A line of the table after a note is read as the table's again, and an unknown one is still said.
    String afterNote = s089.replace("\n市民参加の取組状況\n", "\n※概算\n不明な行\t1\t2\n\n市民参加の取組状況\n");
    assertThat(Fixtures.parseOne(afterNote).problems().all()).anySatisfy(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.message()).contains("unknown item \"不明な行\"");
    });
  }

  /** A cost table of other years (another sheet's, or a mistyped heading) is filed as printed, and said so. */
  @Test
  void aCostTableOfOtherYearsIsSaidSo() {
    String heading = S088.lines().filter(l -> l.startsWith("項目")).findFirst().orElseThrow();
    String shifted = S088.replace(heading, heading.replace("令和 6年度", "令和 7年度").replace("令和 5年度", "令和 6年度")
        .replace("令和 4年度", "令和 5年度").replace("令和 3年度", "令和 4年度").replace("令和 2年度", "令和 3年度"));
    SheetParser.Parsed p = Fixtures.parseOne(shifted);

    assertThat(p.sheet().orElseThrow().costs()).extracting(CostYear::fiscalYear).containsExactly(2021, 2022, 2023, 2024, 2025);
    Diagnostic w = Fixtures.onlyWarning(p.problems().all());
    assertThat(w.message()).contains("fiscal years 2021–2025 do not fit the sheet's fiscal year 2022");
    assertThat(Fixtures.parseOne(S088).problems().all()).isEmpty();
    // The sheet's heading a year on (令和5年度) with 令和4年度's table: the table reaches back too far.
    SheetParser.Parsed later = Fixtures.parseOne(S088.replace(Seed.HEADING, Seed.HEADING.replace("令和 4年度", "令和 5年度")));
    assertThat(later.problems().all()).anySatisfy(d -> assertThat(d.message())
        .contains("fiscal years 2020–2024 do not fit the sheet's fiscal year 2023"));
    // Its own year's column missing (2020, 2021, 2023, 2024 for 2022): said so, not "2020–2024 do not fit".
    String gap = heading.replace("\t令和 4年度", "");
    SheetParser.Parsed missing = Fixtures.parseOne(S088.replace(heading, gap));
    assertThat(missing.problems().all()).anySatisfy(d -> assertThat(d.message())
        .isEqualTo("the cost table has no column for the sheet's fiscal year 2022 (the form prints 2020–2024)"));
  }

  @Test
  void aNamePrintedBesideTheSheetsHeadingIsNotPartOfIt() {
    String named = S088.replace("令和 4年度 事務事業マネジメントシート\n", "令和 4年度\t事務事業マネジメントシート\tつくば市\t政策イノベーション部\n");
    assertThat(named).isNotEqualTo(S088);

    assertThat(Fixtures.sheet(named)).isEqualTo(Fixtures.sheet(S088));
  }

  @Test
  void aScoreAndCommentBothDashedAreNotScored() {
    String dashed = S088.replace("市民ニーズ\t3\t今後も一定の市民ニーズが見込まれる。", "市民ニーズ\t-\t-");
    assertThat(dashed).isNotEqualTo(S088);

    assertThat(Fixtures.sheet(dashed).evaluation().citizenNeeds()).isNull();
    assertThat(Fixtures.sheet(dashed).evaluation().progress()).isEqualTo(Fixtures.sheet(S088).evaluation().progress());
    // A comment without a score would be lost: still refused.
    assertThat(Fixtures.parseOne(S088.replace("市民ニーズ\t3\t", "市民ニーズ\t-\t")).problems().firstError().field())
        .isEqualTo("evaluation.citizenNeeds.score");
  }

  @Test
  void aFutureYearsPrintedZeroIsUnknownButAPastZeroAndAFutureBudgetStay() {
    Sheet s = Fixtures.sheet(S088);
    CostYear past = s.findCost(2020).orElseThrow();
    CostYear future = s.findCost(2023).orElseThrow();

    assertThat(past.funding().other()).isZero();
    assertThat(future.settlement()).isNull();
    assertThat(future.funding().complete()).isFalse();
    assertThat(future.budget()).isEqualTo(129129L);
    assertThat(future.personnel().regularStaff()).isEqualByComparingTo("1.5");
  }

  @Test
  void aFutureSettlementThatIsNotZeroIsKept() {
    String text = S088.replace("決算額\t(千円)\t77,967\t106,935\t102,034\t0\t0", "決算額\t(千円)\t77,967\t106,935\t102,034\t5\t0");

    assertThat(Fixtures.sheet(text).findCost(2023).orElseThrow().settlement()).isEqualTo(5L);
  }

  @Test
  void placeholderIndicatorBlocksAreLeftOutButANamelessBlockWithFiguresIsAnError() {
    assertThat(Fixtures.sheet(S088).indicators()).hasSize(1);

    String text = S088.replaceFirst("(2\\t指標名\\t\\(\\)[^\\n]*\\n[^\\n]*\\n)\\t目標値\\t0.0", "$1\t目標値\t5.0");
    Diagnostic error = Fixtures.refused(text);

    assertThat(error.field()).isEqualTo("indicators.name");
    assertThat(error.location().line()).isEqualTo(50); // seed line 52
  }

  @Test
  void anIndicatorUnitInItsOwnCellAndAnEmptyUnit() {
    String text = S088.replace("年間のネットワーク停止時間 (分以内)\t", "年間のネットワーク停止時間\t(分以内)\t");
    assertThat(Fixtures.sheet(text).indicators().get(0).unit()).isEqualTo("分以内");
    assertThat(Fixtures.sheet(text).indicators().get(0).name()).isEqualTo("年間のネットワーク停止時間");

    String empty = S088.replace("年間のネットワーク停止時間 (分以内)", "年間のネットワーク停止時間 ()");
    assertThat(Fixtures.sheet(empty).indicators().get(0).unit()).isNull();
  }

  @Test
  void strategicPlanEntriesOnSeveralLinesWithTitlesSharingACell() {
    Sheet s = Fixtures.sheet(Seed.sheet("091"));

    assertThat(s.strategicPlan()).extracting(e -> e.code() + " " + e.title()).containsExactly(
        "IV-3-2-3 つくば市デジタル・ガバメント推進体制を", "IV-3-3-1 マイナンバーカード普及促進のための全庁");
  }

  @Test
  void aWrappedTextLineContinuesTheValueAbove() {
    String text = S088.replace("改善目標\t半導体不足等の影響により令和4年度に調達できなかった機器の更新作業を行う。\t",
        "改善目標\t半導体不足等の影響により\t\n\t令和4年度に調達できなかった機器の更新作業を行う。\t");

    assertThat(Fixtures.sheet(text).results().improvementGoal())
        .isEqualTo("半導体不足等の影響により令和4年度に調達できなかった機器の更新作業を行う。");
    // Latin words and figures at the line's end stay apart from the next line's.
    String latin = S088.replace("改善目標\t半導体不足等の影響により令和4年度に調達できなかった機器の更新作業を行う。\t",
        "改善目標\tRPA\t\n\tand AI 2台を導入\t\n\t する。\t");
    assertThat(Fixtures.sheet(latin).results().improvementGoal()).isEqualTo("RPA and AI 2台を導入する。");
    // A figure or a Latin word next to Japanese runs on directly: a search for 延べ240人 finds it.
    String mixed = S088.replace("改善目標\t半導体不足等の影響により令和4年度に調達できなかった機器の更新作業を行う。\t",
        "改善目標\t研修を開催し、延べ\t\n\t240人が参加した。\t\n\tまた、\t\n\tAI議事録(試行)\t\n\tを導入した。\t");
    assertThat(Fixtures.sheet(mixed).results().improvementGoal()).isEqualTo("研修を開催し、延べ240人が参加した。また、AI議事録(試行)を導入した。");
  }

  @Test
  void anUnknownLabelIsAnErrorNotMergedIntoAnotherField() {
    String text = S088.replace("改善目標\t", "備考\tメモ\n改善目標\t");
    Diagnostic d = Fixtures.refused(text);
    assertThat(d.message()).contains("unknown label \"備考\"").contains(Section.RESULTS.title());
    assertThat(d.location().line()).isEqualTo(77); // the fixture starts at the seed's line 3
  }

  @Test
  void aCostLineWithAFigureMissingNamesItsLineAndField() {
    String text = S088.replace("予算額\t(千円)\t86,185\t", "予算額\t(千円)\t");
    Diagnostic error = Fixtures.refused(text);

    assertThat(error.field()).isEqualTo("costs.budget");
    assertThat(error.message()).contains("4 figures for 5 fiscal years");
    assertThat(error.location().line()).isEqualTo(25); // seed line 27
  }

  @Test
  void aCostLineThatCannotBePlacedDoesNotHideABadFigureOnAnotherLine() {
    String text = S088.replace("予算額\t(千円)\t86,185\t", "予算額\t(千円)\t").replace("7,046\t7,078", "7,046\t約7,078");
    SheetParser.Parsed p = Fixtures.parseOne(text);

    assertThat(p.sheet()).isEmpty();
    assertThat(p.problems().all()).filteredOn(Diagnostic::isError).extracting(Diagnostic::field)
        .containsExactly("costs.budget", "costs.personnel.total");
    Diagnostic total = p.problems().all().get(1);
    assertThat(total.message()).contains("令和3年度").contains("約7,078");
    assertThat(total.location().column()).isEqualTo(text.lines().toList().get(29).indexOf("約") + 1);
  }

  @Test
  void aFigureThatIsNoNumberIsAnErrorAtItsCell() {
    String text = S088.replace("7,046\t7,078", "7,046\t七千");
    Diagnostic d = Fixtures.refused(text);
    assertThat(d.field()).isEqualTo("costs.personnel.total");
    assertThat(d.message()).contains("令和3年度").contains("七千");
    assertThat(d.location().column()).isEqualTo(text.lines().toList().get(29).indexOf("七千") + 1);
  }

  @Test
  void aBadFigureSharingTheUnitsCellIsReportedAtTheFigure() {
    String text = S088.replace("人件費計\t(千円)\t7,046", "人件費計\t(千円) 七千");
    SheetParser.Parsed p = Fixtures.parseOne(text);

    assertThat(p.problems().firstError().location().column())
        .isEqualTo(text.lines().toList().get(29).indexOf("七千") + 1);
  }

  @Test
  void aScoreOutsideOneToFiveIsAnError() {
    Diagnostic error = Fixtures.refused(S088.replace("優先度\t3\t", "優先度\t7\t"));

    assertThat(error.field()).isEqualTo("evaluation.priority.score");
  }

  /** A heading that gives the Western year beside the era's, or instead of it, as the cost columns may. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"令和4年度（2022年度） 事務事業マネジメントシート",
      "令和4（2022）年度 事務事業マネジメントシート", "令和４年度(2022年度)事務事業マネジメントシート", "2022年度 事務事業マネジメントシート"})
  void aHeadingWithTheWesternYearIsTheSameSheet(String heading) {
    String text = S088.replace("令和 4年度 事務事業マネジメントシート", heading);
    assertThat(text).isNotEqualTo(S088);

    assertThat(Fixtures.sheet(text)).isEqualTo(Fixtures.sheet(S088));
  }

  /**
   * A heading whose two spellings of the year disagree names no year: said at its line, and its
   * sheet is left out, not taken for lines of the sheet before it, which is still written.
   */
  @Test
  void aHeadingWhoseYearsDisagreeIsAnErrorAtItsLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path f = dir.resolve("r4.txt");
    String heading = "令和4年度（2023年度） 事務事業マネジメントシート";
    // The heading printed again at the top of the sheet's next page continues the sheet.
    String bad = S088.replace("令和 4年度 事務事業マネジメントシート", heading).replace("\n評価\n", "\n" + heading + "\n評価\n");
    assertThat(bad).contains("\n" + heading + "\n評価\n");
    java.nio.file.Files.writeString(f, Seed.sheet("087") + bad + Seed.sheet("089"));
    ImportReport r = Fixtures.run(dir.resolve("out"), false, f);

    assertThat(r.written()).containsExactly(Path.of("sheets", "2022", "087.yaml"), Path.of("sheets", "2022", "089.yaml"));
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
      assertThat(d.location().line()).isEqualTo(Seed.sheet("087").split("\n", -1).length);
      assertThat(d.message()).contains("令和4年度（2023年度）");
    });
    // The summary counts it with the sheets that could not be read, by its name.
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.reason()).isEqualTo(ImportReport.Reason.UNREADABLE);
      assertThat(s.what()).contains("088 情報通信ネットワーク運営業務");
    });
    assertThat(r.summary()).isEqualTo("imported 2, skipped 1 (1 could not be read), unchanged 0");
  }

  @Test
  void anOlderEraAndAnotherFormName() {
    String text = S088.replace("令和 4年度 事務事業マネジメントシート", "平成30年度 事務事業評価シート");
    Sheet s = Fixtures.sheet(text);

    assertThat(s.fiscalYear()).isEqualTo(2018);
    assertThat(s.form()).isEqualTo("事務事業評価シート");
    // 2019 and later are after the sheet's year now, so their printed zeros are "not yet".
    assertThat(s.findCost(2020).orElseThrow().funding().other()).isNull();
    assertThat(s.indicators().get(0).values().get(0).actual()).isEqualTo(new BigDecimal("3.0"));
  }
}
