package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kokai.diag.Diagnostic;
import kokai.model.Indicator;
import kokai.model.IndicatorKind;
import kokai.load.ContentLoader;
import kokai.load.LoadResult;
import kokai.model.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text as other sheets print it: wrapped over lines, with tabs, quotes, URLs, half-width kana, long. */
class TextVariantsTest {
  private static final String S087 = Seed.sheet("087");
  private static final String S088 = Seed.sheet("088");

  @Test
  void aReasonOverSeveralLinesWithOrWithoutALeadingEmptyCell() {
    String text = S088.replace("方向性\t継続\n理由\t\n", "方向性\t縮小\n理由\t利用者の減少により、\n\t令和6年度から規模を縮小する。\n"
        + "あわせて統合も検討する。\n");
    SheetParser.Parsed p = Fixtures.parseOne(text);

    Sheet s = p.sheet().orElseThrow();
    assertThat(s.direction().decision()).isEqualTo("縮小");
    assertThat(s.direction().reason()).isEqualTo("利用者の減少により、令和6年度から規模を縮小する。あわせて統合も検討する。");
    // A line that starts at the first cell without a label is read on, but said so.
    Diagnostic w = p.problems().all().get(0);
    assertThat(w.isError()).isFalse();
    assertThat(w.message()).contains("理由");
    assertThat(w.location().line()).isEqualTo(text.lines().toList().indexOf("あわせて統合も検討する。") + 1);
  }

  @Test
  void everyDirectionIsKeptAsPrinted() {
    for (String d : new String[] {"縮小", "廃止", "休止", "完了", "改善", "統合", "拡大・拡充", "終了"}) {
      assertThat(Fixtures.sheet(S088.replace("方向性\t継続", "方向性\t" + d)).direction().decision()).isEqualTo(d);
    }
    // A usual one in other widths is the usual one, as listings and filters group it; another stays as printed.
    assertThat(Fixtures.sheet(S088.replace("方向性\t継続", "方向性\t拡大･拡充")).direction().decision()).isEqualTo("拡大・拡充");
    assertThat(Fixtures.sheet(S088.replace("方向性\t継続", "方向性\t見直し･再編")).direction().decision()).isEqualTo("見直し･再編");
  }

  @Test
  void tabsQuotesUrlsAndHalfWidthKanaSurviveTheRoundTrip(@TempDir Path dir) {
    String purpose = "市民サービス\"向上\"と'効率化'を図る。詳細は https://www.city.tsukuba.lg.jp/a?b=1#c を参照（ｼｽﾃﾑ: ﾈｯﾄﾜｰｸ）。";
    String text = S088.replace("目的\t市民サービス及び庁内業務効率の向上を図る。", "目的\t" + purpose)
        .replace("係名\t情報システム係", "係名\tｼｽﾃﾑ係")
        .replace("成果\t12月 出先拠点用", "成果\t12月\t出先拠点用");
    Sheet s = Fixtures.sheet(text);

    assertThat(s.overview().purpose()).isEqualTo(purpose);
    assertThat(s.organization().section()).isEqualTo("ｼｽﾃﾑ係");
    assertThat(s.results().achievements()).startsWith("12月 出先拠点用");
    Path f = Fixtures.write(dir, "in.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ImportReport r = Fixtures.run(dir.resolve("out"), false, f);
    assertThat(r.written()).hasSize(1);
    LoadResult loaded = new ContentLoader().load(dir.resolve("out"));
    assertThat(loaded.hasErrors()).as(loaded.diagnostics().toString()).isFalse();
    assertThat(loaded.content().orElseThrow().sheets()).containsExactly(s);
  }

  @Test
  void aVeryLongTextIsKeptWhole() {
    String longText = "長い説明の文。".repeat(600) + "end";
    Sheet s = Fixtures.sheet(S088.replace("概要 (取組内容)\t市インターネット", "概要 (取組内容)\t" + longText + "市インターネット"));

    assertThat(s.overview().activities()).isEqualTo(longText + Fixtures.sheet(S088).overview().activities());
  }

  @Test
  void participationInSeveralStages() {
    String text = S088.replace("共有、理解\t—", "共有、理解\t説明会を2回開催")
        .replace("企画・立案、計画\t—", "企画・立案、計画\tワークショップで案を作成\n\t（参加者32名）")
        .replace("評価、検証\t—", "評価、検証\t市民アンケート");
    Sheet s = Fixtures.sheet(text);

    assertThat(s.participation().sharing()).isEqualTo("説明会を2回開催");
    assertThat(s.participation().planning()).isEqualTo("ワークショップで案を作成（参加者32名）");
    assertThat(s.participation().implementation()).isNull();
    assertThat(s.participation().evaluation()).isEqualTo("市民アンケート");
  }

  @Test
  void fiveRealIndicatorsAnOutcomeOneAndADescriptionOverLines() {
    String text = S087;
    for (int n = 4; n <= 5; n++) {
      text = text.replace(n + "\t指標名\t()\t", n + "\t指標名\t指標" + n + "\t");
    }
    text = text.replace("\t指標名\t指標5\t\t\t\t\t", "\t指標名\t指標5\t\t\t\t\t成果指標")
        .replaceFirst("(指標5[^\\n]*\\n[^\\n]*\\n)\\t目標値\\t0.0", "$1\t目標値\t9.5")
        .replaceFirst("(指標5[^\\n]*\\n[^\\n]*\\n[^\\n]*\\n[^\\n]*\\n)\\t指標の概要\\t", "$1\t指標の概要\t一行目\n\t二行目");
    Sheet s = Fixtures.sheet(text);

    assertThat(s.indicators()).extracting(Indicator::name)
        .containsExactly("茨城県統合型GISへの庁内からのログイン件数", "電子申請・届出システムの利用件数", "情報セキュリティ研修受講者数", "指標4", "指標5");
    Indicator five = s.indicators().get(4);
    assertThat(five.unit()).isNull();
    assertThat(five.kind()).isEqualTo(IndicatorKind.OUTCOME);
    assertThat(five.description()).isEqualTo("一行目二行目");
    assertThat(five.values().get(0).target()).isEqualByComparingTo("9.5");
  }

  @Test
  void theKindPrintedInTheNamesCellIsTheKind() {
    String original = "電子申請・届出システムの利用件数 (件)\t\t\t\t\t活動結果指標";
    for (String merged : List.of("電子申請・届出システムの利用件数 (件) 活動結果指標\t\t\t\t\t",
        "電子申請・届出システムの利用件数 (件)\u3000活動結果指標")) {
      String text = S087.replace(original, merged);
      assertThat(text).isNotEqualTo(S087);

      assertThat(Fixtures.sheet(text)).isEqualTo(Fixtures.sheet(S087));
    }
  }

  /** The form writes a space before the unit's brackets: brackets right after the name may be part of it, and are said so. */
  @Test
  void aUnitJoinedToTheNameIsReadAndSaidSo() {
    SheetParser.Parsed p = Fixtures.parseOne(S087.replace("電子申請・届出システムの利用件数 (件)", "電子申請・届出システムの利用件数(年間)"));

    Indicator i = p.sheet().orElseThrow().indicators().get(1);
    assertThat(i.name()).isEqualTo("電子申請・届出システムの利用件数");
    assertThat(i.unit()).isEqualTo("年間");
    Diagnostic w = Fixtures.onlyWarning(p.problems().all().stream().filter(d -> !"indicators.values".equals(d.field())).toList());
    assertThat(w.field()).isEqualTo("indicators.unit");
    assertThat(w.message()).contains("電子申請・届出システムの利用件数(年間)");
  }

  @Test
  void anIndicatorNameWrappedOntoTheNextLine() {
    String text = S087.replace("電子申請・届出システムの利用件数 (件)\t\t\t\t\t活動結果指標",
        "電子申請・届出システムの\t\t\t\t\t活動結果指標\n\t\t利用件数 (件)");
    Indicator i = Fixtures.sheet(text).indicators().get(1);

    // The printed name ran on over the line's end: it is one word again, as a search for it expects.
    assertThat(i.name()).isEqualTo("電子申請・届出システムの利用件数");
    assertThat(i.unit()).isEqualTo("件");
    assertThat(i.kind()).isEqualTo(IndicatorKind.ACTIVITY);
  }

  @Test
  void aScoreNotGivenIsNullButADashWithACommentIsAnError() {
    Sheet s = Fixtures.sheet(S088.replace("進捗状況\t2\t計画から遅れている。(未達成)", "進捗状況\t—"));
    assertThat(s.evaluation().progress()).isNull();
    assertThat(s.evaluation().citizenNeeds().score()).isEqualTo(3);

    SheetParser.Parsed p = Fixtures.parseOne(S088.replace("進捗状況\t2\t", "進捗状況\t—\t"));
    assertThat(p.problems().firstError().field()).isEqualTo("evaluation.progress.score");
  }

  /** Said as what it is, at the blank cell: before, the message took the comment for the score. */
  @Test
  void aCommentWithoutItsScoreIsAnErrorAtTheBlankCell() {
    SheetParser.Parsed p = Fixtures.parseOne(S088.replace("進捗状況\t2\t", "進捗状況\t\t"));

    assertThat(p.sheet()).isEmpty();
    var error = p.problems().firstError();
    assertThat(error.field()).isEqualTo("evaluation.progress.score");
    assertThat(error.message()).startsWith("the score is blank").contains("計画から遅れている。(未達成)");
    assertThat(error.location().column()).isEqualTo("進捗状況\t".length() + 1);
  }

  @Test
  void aCellQuotedByASpreadsheetExportIsReadAsPrinted() {
    String text = S088.replace("目的\t市民サービス及び庁内業務効率の向上を図る。", "目的\t\"市民サービス\"\"向上\"\"を図る。\"")
        .replace("対象\t市職員", "対象\t\"市職員\"");
    Sheet s = Fixtures.sheet(text);

    assertThat(s.overview().purpose()).isEqualTo("市民サービス\"向上\"を図る。");
    assertThat(s.overview().target()).isEqualTo("\"市職員\""); // no doubled quote inside: quotes as printed
  }

  @Test
  void anActivityIndicatorPrintedAs活動指標IsAnActivityIndicatorWithItsNameAndUnit() {
    String text = S087.replace("電子申請・届出システムの利用件数 (件)\t\t\t\t\t活動結果指標",
        "電子申請・届出システムの利用件数 (件)\t\t\t\t\t活動指標");
    Indicator i = Fixtures.sheet(text).indicators().get(1);

    assertThat(i.name()).isEqualTo("電子申請・届出システムの利用件数");
    assertThat(i.unit()).isEqualTo("件");
    assertThat(i.kind()).isEqualTo(IndicatorKind.ACTIVITY);
  }

  @Test
  void anIndicatorKindTheContentFormatHasNotIsAnErrorAtItsCellNotPartOfTheName() {
    String line = "電子申請・届出システムの利用件数 (件)\t\t\t\t\t参考指標";
    String text = S087.replace("電子申請・届出システムの利用件数 (件)\t\t\t\t\t活動結果指標", line);
    Diagnostic d = Fixtures.refused(text);
    assertThat(d.field()).isEqualTo("indicators.kind");
    assertThat(d.message()).contains("参考指標");
    String printed = text.lines().toList().get(d.location().line() - 1);
    assertThat(printed).endsWith(line);
    assertThat(d.location().column()).isEqualTo(printed.indexOf("参考指標") + 1);
  }

  /**
   * Forms that gloss the kind in brackets (成果指標（アウトカム）, 活動指標(アウトプット)) print the same
   * kinds; a gloss that contradicts its kind is an error at its cell, not a part of the name or a unit.
   */
  @Test
  void aKindGlossedInBracketsIsTheKind() {
    String activity = "電子申請・届出システムの利用件数 (件)\t\t\t\t\t活動結果指標";
    String outcome = S087.replace(activity, "電子申請・届出システムの利用件数 (件)\t\t\t\t\t成果指標（アウトカム）");
    String output = S087.replace(activity, "電子申請・届出システムの利用件数 (件)\t\t\t\t\t活動指標(アウトプット)");
    String joined = S087.replace(activity, "電子申請・届出システムの利用件数 (件) 活動結果指標（アウトプット）\t\t\t\t\t");
    assertThat(List.of(outcome, output, joined)).allSatisfy(t -> assertThat(t).isNotEqualTo(S087));

    Indicator i = Fixtures.sheet(outcome).indicators().get(1);
    assertThat(i.name()).isEqualTo("電子申請・届出システムの利用件数");
    assertThat(i.unit()).isEqualTo("件");
    assertThat(i.kind()).isEqualTo(IndicatorKind.OUTCOME);
    assertThat(Fixtures.sheet(output)).isEqualTo(Fixtures.sheet(S087));
    assertThat(Fixtures.sheet(joined)).isEqualTo(Fixtures.sheet(S087));

    String contradicts = S087.replace(activity, "電子申請・届出システムの利用件数 (件)\t\t\t\t\t成果指標（アウトプット）");
    Diagnostic d = Fixtures.refused(contradicts);
    assertThat(d.field()).isEqualTo("indicators.kind");
    assertThat(d.message()).contains("成果指標（アウトプット）");
  }

  /** Before, a score of more digits than an int holds stopped the import with a NumberFormatException. */
  @Test
  void aScoreOfManyDigitsIsOutsideTheScoresNotACrash() {
    Diagnostic error = Fixtures.refused(S088.replace("進捗状況\t2\t", "進捗状況\t99999999999999999999\t"));

    assertThat(error.field()).isEqualTo("evaluation.progress.score");
    assertThat(error.message()).isEqualTo("score 99999999999999999999 is outside 1–5");
  }

  /**
   * A cell's own line break (a vertical tab, as spreadsheets and word processors export it) and a
   * page's form feed read as spaces; other control characters are left out and said at their
   * place. Before, they were written into the sheet's file, which the build then refused.
   */
  @Test
  void controlCharactersAreReadAsSpacesOrLeftOutAndSaid() {
    String text = "\f" + S088.replace("対象\t市職員", "対象\t市職員\u000Bほか")
        .replace("進捗状況\t2\t計画から遅れている。", "進捗状況\t2\t計画から\u0000遅れ\u001Bている。");
    kokai.diag.Diagnostics d = new kokai.diag.Diagnostics();
    List<SheetBlock> blocks = SheetSplitter.split(Path.of("fixture.txt"), text, d);
    Sheet s = SheetParser.parse(Path.of("fixture.txt"), blocks.get(0)).sheet().orElseThrow();

    assertThat(s.overview().target()).isEqualTo("市職員 ほか");
    assertThat(s.evaluation().progress().comment()).isEqualTo("計画から遅れている。(未達成)");
    List<String> lines = text.lines().toList();
    int line = lines.indexOf(lines.stream().filter(l -> l.startsWith("進捗状況")).findFirst().orElseThrow()) + 1;
    assertThat(d.sorted()).extracting(Diagnostic::toString).containsExactly(
        "fixture.txt:" + line + ":12: warning: 2 invisible control characters (U+0000, U+001B) are left out"
            + " (nothing to do unless the text reads wrong where they stood; such characters come with text copied out of other programs)");
  }
}
