package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kokai.diag.Diagnostic;
import kokai.model.BudgetAccount;
import kokai.model.Organization;
import kokai.model.PlanEntry;
import kokai.model.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 事業の基本情報 as other sheets fill it: several pledges, plans and goals, other departments. */
class BasicInfoVariantsTest {
  private static final String S088 = Seed.sheet("088");
  /** Sheet 088 with its plan cell holding {@code row}, and {@code next} on a row of its own below it, as a wrap leaves it. */
  private static String planWrapped(String row, String next) {
    return S088.replace("個別計画\tつくば市情報化推進計画\t", "個別計画\t" + row + "\t")
        .replace("\t事業期間\t毎年度\t\n", "\t事業期間\t毎年度\t\n\t" + next + "\t\t\t\t\t\n");
  }

  /** Sheet 088 with its law cell holding {@code row}, and {@code next} below it on the row where the SDGs go on. */
  private static String lawWrapped(String row, String next) {
    return S088.replace("根拠法令等\tつくば市情報セキュリティポリシー\t", "根拠法令等\t" + row + "\t")
        .replace("SDGs\t09産業と技術革新の基盤をつくろう\t\n", "SDGs\t09産業と技術革新の基盤をつくろう\t\n\t" + next + "\t\t\t\t\t\n");
  }

  private static final String PLEDGE_LINE = "市長公約\t\t\t\t係名\t情報システム係\t";
  private static final String PLAN_LINES =
      "戦略プラン\t\t\t\t新規・継続\t継続\t\n\t\t\t\t事業分類\t自治事務（任意）\t\n\t\t\t\t事業体制\t一部委託\t\n";
  private static final String SDG_LINES = "SDGs\t09産業と技術革新の基盤をつくろう\t\n\t\t\t\t\t16平和と公正をすべての人に\t\n"
      + "\t\t\t\t\t17パートナーシップで目標を達成しよう\t\n";

  @Test
  void severalPledgesInOneCellInSeveralCellsAndOnAWrappedLine() {
    String text = S088.replace(PLEDGE_LINE, "市長公約\t01、04\t12\t\t係名\t情報システム係\t\n\t15\t\t\t\t\t");

    Sheet s = Fixtures.sheet(text);
    assertThat(s.mayoralPledges()).containsExactly("01", "04", "12", "15");
    assertThat(s.organization().section()).isEqualTo("情報システム係");
  }

  @Test
  void numbersSeparatedBySpacesAreSeveralPledgesAPledgeWrittenWithItsWordsIsOne() {
    String numbers = S088.replace(PLEDGE_LINE, "市長公約\t1 4\u300012\t\t\t係名\t情報システム係\t");
    String words = S088.replace(PLEDGE_LINE, "市長公約\t4 ICTを活用した市役所改革、7 子育て\t\t\t係名\t情報システム係\t");

    assertThat(Fixtures.sheet(numbers).mayoralPledges()).containsExactly("1", "4", "12");
    assertThat(Fixtures.sheet(words).mayoralPledges()).containsExactly("4 ICTを活用した市役所改革", "7 子育て");
  }

  @Test
  void fourStrategicPlanEntriesTheLastOnALineOfItsOwn() {
    String text = S088.replace(PLAN_LINES, "戦略プラン\tI-1 1 1 子育て支援\t\t\t新規・継続\t新規\t\n"
        + "\tII-2\t3\t1 健康づくり\t事業分類\t自治事務（任意）\t\n"
        + "\tIII-1 2 2 地域福祉\t\t\t事業体制\t一部委託\t\n"
        + "\tIV-1 1 3 防災・減災\t\t\t\t\t\n");

    Sheet s = Fixtures.sheet(text);
    assertThat(s.strategicPlan()).containsExactly(new PlanEntry("I-1-1-1", "子育て支援"),
        new PlanEntry("II-2-3-1", "健康づくり"), new PlanEntry("III-1-2-2", "地域福祉"), new PlanEntry("IV-1-1-3", "防災・減災"));
    assertThat(s.delivery()).isEqualTo("一部委託");
    assertThat(s.status()).isEqualTo("新規");
  }

  /** One entry's title wrapped in its narrow cell loses the wrap's spaces; two titles in one cell are still split at the space. */
  @Test
  void aSingleStrategicPlanEntrysWrappedTitleIsJoined() {
    String text = S088.replace(PLAN_LINES, "戦略プラン\tII-2\t1\t2\t都市計画道路学園東大通り線の 4車線化と沿道の環境整 備\t新規・継続\t継続\t\n"
        + "\t\t\t\t\t事業分類\t自治事務（任意）\t\n"
        + "\t\t\t\t\t事業体制\t一部委託\t\n");

    assertThat(Fixtures.sheet(text).strategicPlan())
        .containsExactly(new PlanEntry("II-2-1-2", "都市計画道路学園東大通り線の4車線化と沿道の環境整備"));
  }

  /** A plan's or a law's name cut inside its brackets by a wrap onto the next row is one item again. */
  @Test
  void aNameCutInsideItsBracketsByAWrapIsOneItem() {
    String text = S088
        .replace("個別計画\tつくば市情報化推進計画\t", "個別計画\tつくば市情報化推進計画、「つくば市DX推\t")
        .replace("\t事業期間\t毎年度\t\n", "\t事業期間\t毎年度\t\n\t進計画」、つくば市未来構想\t\t\t\t\t\n")
        .replace("根拠法令等\tつくば市情報セキュリティポリシー\t",
            "根拠法令等\t地方自治法（昭和22年法律第67号）、デジタル社会形成基本法（令和3年法律第35\t");
    Sheet s = Fixtures.sheet(text.replace("SDGs\t09産業と技術革新の基盤をつくろう\t\n",
        "SDGs\t09産業と技術革新の基盤をつくろう\t\n\t号）、つくば市情報セキュリティポリシー\t\t\t\t\t\n"));

    assertThat(s.plans()).containsExactly("つくば市情報化推進計画", "「つくば市DX推進計画」", "つくば市未来構想");
    assertThat(s.legalBases()).containsExactly("地方自治法（昭和22年法律第67号）", "デジタル社会形成基本法（令和3年法律第35号）",
        "つくば市情報セキュリティポリシー");
  }

  /**
   * A plan's name wrapped onto the next row is one item again when the row's end or the next row's
   * start cannot be a name's: a middle dot joins two words, no word starts with a small kana or an
   * iteration mark, and a bracket left open closes below. Otherwise each row is an item, as a list
   * written one item a row needs: a bullet (・, or ー typed for a dash), an opening bracket
   * (（仮称）) or a quote starts a name, and つくば市 / SDGs未来都市計画 may as well be two names.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      つくば市子ども・                 | 子育て支援事業計画         | つくば市子ども・子育て支援事業計画
      つくば市子ども･                  | 子育て支援事業計画         | つくば市子ども･子育て支援事業計画
      つくば市キャ                     | ッシュレス推進方針         | つくば市キャッシュレス推進方針
      つくば市情報セキュリテ           | ィポリシー                 | つくば市情報セキュリティポリシー
      つくば市DX推進計画、つくば市人   | 々の暮らし計画             | つくば市DX推進計画 / つくば市人々の暮らし計画
      つくば市DX推進計画（第2期        | ）、つくば市未来構想       | つくば市DX推進計画（第2期） / つくば市未来構想
      つくば市情報化推進計画           | つくば市DX推進方針         | つくば市情報化推進計画 / つくば市DX推進方針
      ・つくば市情報化推進計画         | ・つくば市DX推進方針       | ・つくば市情報化推進計画 / ・つくば市DX推進方針
      ーつくば市情報化推進計画         | ーつくば市DX推進方針       | ーつくば市情報化推進計画 / ーつくば市DX推進方針
      つくば市情報化推進計画           | （仮称）つくば市DX推進方針 | つくば市情報化推進計画 / （仮称）つくば市DX推進方針
      つくば市情報化推進計画           | 「つくば市DX推進方針」     | つくば市情報化推進計画 / 「つくば市DX推進方針」
      つくば市                         | SDGs未来都市計画           | つくば市 / SDGs未来都市計画
      つくば市情報化推進計画、         | つくば市DX推進方針         | つくば市情報化推進計画 / つくば市DX推進方針
      """)
  void aPlanWrappedWhereNoNameEndsOrStartsIsOneItemOtherRowsAreItems(String row, String next, String plans) {
    String text = planWrapped(row, next);

    Sheet s = Fixtures.sheet(text);
    assertThat(s.plans()).containsExactly(plans.split(" / "));
    assertThat(s.legalBases()).containsExactly("つくば市情報セキュリティポリシー");
    assertThat(s.period()).isEqualTo("毎年度");
  }

  /**
   * A name wrapped after a particle (の, を, に, …) or a word that joins (及び, に関する, …), or before
   * one, is one item again: a name rarely ends in a particle, and none starts with one before a word
   * of kanji, katakana or a figure (の番号…, に基づく…, の3). A row that ends a name (…法, …計画) and
   * a next row starting with a word of kana (と畜場法) are still two items.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      つくば市子どもの                   | 貧困対策推進計画         | つくば市子どもの貧困対策推進計画
      つくば市における                   | 地域防災計画             | つくば市における地域防災計画
      つくば市情報化推進計画、誰もが暮らせるまちを | 目指す地域福祉計画 | つくば市情報化推進計画 / 誰もが暮らせるまちを目指す地域福祉計画
      つくば市教育大綱及び               | 教育振興基本計画         | つくば市教育大綱及び教育振興基本計画
      つくば市総合計画                   | に基づく実施計画         | つくば市総合計画に基づく実施計画
      つくば市                           | のDX推進方針             | つくば市のDX推進方針
      つくば市                           | とＪＡＸＡの連携協定     | つくば市とＪＡＸＡの連携協定
      つくば市情報化推進計画             | つくば市DX推進方針       | つくば市情報化推進計画 / つくば市DX推進方針
      """)
  void aPlanWrappedAfterOrBeforeAParticleIsOneItem(String row, String next, String plans) {
    String text = planWrapped(row, next);

    assertThat(Fixtures.sheet(text).plans()).containsExactly(plans.split(" / "));
  }

  /** A law's name wrapped after or before a particle or its middle dot, on the row where the SDGs go on, is one law. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      行政手続における特定の個人を識別するための | 番号の利用等に関する法律 | 行政手続における特定の個人を識別するための番号の利用等に関する法律
      行政手続における特定の個人を識別するため   | の番号の利用等に関する法律 | 行政手続における特定の個人を識別するための番号の利用等に関する法律
      官民データ活用推進基本法、行政手続等における情報通信の技術の利用に | 関する法律 | 官民データ活用推進基本法 / 行政手続等における情報通信の技術の利用に関する法律
      地方自治法第234条                          | の3                      | 地方自治法第234条の3
      行政手続における特定の個人を識別するための番号の利用等に関 | する法律 | 行政手続における特定の個人を識別するための番号の利用等に関する法律
      つくば市情報公開条例、個人情報の保護に関 | する法律、行政不服審査法 | つくば市情報公開条例 / 個人情報の保護に関する法律 / 行政不服審査法
      食品衛生法                                 | と畜場法                 | 食品衛生法 / と畜場法
      つくば市情報セキュリティポリシー、子ども   | ・子育て支援法           | つくば市情報セキュリティポリシー / 子ども・子育て支援法
      つくば市情報セキュリティポリシー、子ども・ | 子育て支援法             | つくば市情報セキュリティポリシー / 子ども・子育て支援法
      """)
  void aLawWrappedBesideTheGoalsIsOneLaw(String row, String next, String laws) {
    String text = lawWrapped(row, next);

    Sheet s = Fixtures.sheet(text);
    assertThat(s.legalBases()).containsExactly(laws.split(" / "));
    assertThat(s.sdgs()).containsExactly(9, 16, 17);
  }

  /**
   * A name wrapped just before its middle dot, or before the long-vowel mark of its katakana word, is
   * one item again: no line of Japanese starts with ー after a kana, and ・ there joins the row's
   * unfinished name to the next. A row that ends a name, or a list whose items start with the same
   * bullet, still has the next row's ・ or ー for a bullet; after a kanji ー is a dash, not a long vowel.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      つくば市子ども                       | ・子育て支援事業計画       | つくば市子ども・子育て支援事業計画
      つくば市子ども                       | ･子育て支援事業計画        | つくば市子ども･子育て支援事業計画
      つくば市情報化推進計画、まち・ひと   | ・しごと創生総合戦略       | つくば市情報化推進計画 / まち・ひと・しごと創生総合戦略
      つくば市キャッシュレスセンタ         | ー整備計画                 | つくば市キャッシュレスセンター整備計画
      ﾂｸﾊﾞ市ｾﾝﾀ                            | ｰ整備計画                  | ﾂｸﾊﾞ市ｾﾝﾀｰ整備計画
      つくば市情報化推進計画               | ・つくば市DX推進方針       | つくば市情報化推進計画 / ・つくば市DX推進方針
      つくば市未来ビジョン                 | ーつくば市DX推進方針       | つくば市未来ビジョン / ーつくば市DX推進方針
      つくば市DX推進ロードマップ           | ーつくば市DX推進方針       | つくば市DX推進ロードマップ / ーつくば市DX推進方針
      つくば市窓口サービスガイドブック     | ・つくば市DX推進方針       | つくば市窓口サービスガイドブック / ・つくば市DX推進方針
      ・つくば市子ども                     | ・子育て支援事業計画       | ・つくば市子ども / ・子育て支援事業計画
      ーつくば市DXセンタ                   | ー整備計画                 | ーつくば市DXセンタ / ー整備計画
      つくば市防災                         | ー地域防災計画             | つくば市防災 / ー地域防災計画
      """)
  void aPlanWrappedBeforeItsMiddleDotOrLongVowelIsOneItem(String row, String next, String plans) {
    String text = planWrapped(row, next);

    assertThat(Fixtures.sheet(text).plans()).containsExactly(plans.split(" / "));
  }

  /**
   * Where a row's item does not end as a name does and the next row may start one, the layout cannot
   * tell a wrap from a list: the two stay items, with a warning at the next row's cell that says so.
   * Rows that end a name, rows joined again, and a list bulleted on each row are not warned about.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      つくば市                     | SDGs未来都市計画       | つくば市 / SDGs未来都市計画      | true
      つくば市情報化推進計画、つくば市DX推 | 進方針           | つくば市情報化推進計画 / つくば市DX推 / 進方針 | true
      つくば市                     | （仮称）DX推進方針     | つくば市 / （仮称）DX推進方針    | true
      つくば市                     | SDGs未来都市計画、つくば市DX推進方針 | つくば市 / SDGs未来都市計画 / つくば市DX推進方針 | true
      つくば市情報化推進計画       | つくば市DX推進方針     | つくば市情報化推進計画 / つくば市DX推進方針 | false
      「つくば市DX推進方針」       | つくば市未来構想       | 「つくば市DX推進方針」 / つくば市未来構想 | false
      ・つくば市子ども             | ・子育て支援事業計画   | ・つくば市子ども / ・子育て支援事業計画 | false
      つくば市子ども・             | 子育て支援事業計画     | つくば市子ども・子育て支援事業計画 | false
      つくば市情報化推進計画、     | つくば市DX推進方針     | つくば市情報化推進計画 / つくば市DX推進方針 | false
      """)
  void rowsThatMayBeOneWrappedNameStayItemsAndAreWarnedAbout(String row, String next, String plans, boolean warned) {
    String text = planWrapped(row, next);
    int line = text.substring(0, text.indexOf("\n\t" + next + "\t")).split("\n", -1).length + 1;
    SheetParser.Parsed p = Fixtures.parseOne(text);

    assertThat(p.sheet().orElseThrow().plans()).containsExactly(plans.split(" / "));
    if (warned) {
      Diagnostic w = Fixtures.onlyWarning(p.problems().all());
      assertThat(w.field()).isEqualTo("plans");
      assertThat(w.location().line()).isEqualTo(line);
      assertThat(w.location().column()).isEqualTo(2);
      // The two pieces that may be one name, not the rest of the next row.
      assertThat(w.message()).contains("\"" + next.split("、")[0] + "\" here").contains("line " + (line - 1));
      assertThat(w.hint()).contains("join");
    } else {
      assertThat(p.problems().all()).isEmpty();
    }
  }

  @Test
  void severalPlansAWrappedPlanAndLawNamesWithBrackets() {
    String text = S088
        .replace("個別計画\tつくば市情報化推進計画\t", "個別計画\tつくば市情報化推進計画、つくば市未来構想（第2期）\t")
        .replace("\t事業期間\t毎年度\t\n", "\t事業期間\t令和2年度～令和6年度\t\n\tつくば市DX推進方針\t\t\t\t\t\n")
        .replace("根拠法令等\tつくば市情報セキュリティポリシー\t",
            "根拠法令等\t地方自治法（昭和22年法律第67号、第2条）、「つくば市情報公開条例」、個人情報の保護に関する法律(平成15年法律第57号)\t");

    Sheet s = Fixtures.sheet(text);
    assertThat(s.plans()).containsExactly("つくば市情報化推進計画", "つくば市未来構想（第2期）", "つくば市DX推進方針");
    assertThat(s.legalBases()).containsExactly("地方自治法（昭和22年法律第67号、第2条）", "「つくば市情報公開条例」",
        "個人情報の保護に関する法律(平成15年法律第57号)");
    assertThat(s.period()).isEqualTo("令和2年度～令和6年度");
    assertThat(s.sdgs()).containsExactly(9, 16, 17);
  }

  /**
   * A long 事務事業名 wrapped onto the next row is one title; a wrapped row that lost its leading
   * empty cell cannot be told from an unknown label, and the error says how to mend it.
   */
  @Test
  void aLongProjectNameWrappedOntoTheNextRow() {
    String name = "事務事業名\t088 情報通信ネットワーク運営業務\t\t\t\t\t\n";
    String wrapped = S088.replace(name, "事務事業名\t088 情報通信ネットワーク運営業務（庁内ネットワーク及び\t\t\t\t\t\n"
        + "\tインターネット接続環境の維持管理）\t\t\t\t\t\n");
    String lost = wrapped.replace("\n\tインターネット", "\nインターネット");

    Sheet s = Fixtures.sheet(wrapped);
    assertThat(s.id()).isEqualTo("088");
    assertThat(s.title()).isEqualTo("情報通信ネットワーク運営業務（庁内ネットワーク及びインターネット接続環境の維持管理）");
    assertThat(s.budgetAccount().code()).isEqualTo("01-020108-15");
    Diagnostic error = Fixtures.refused(lost);
    assertThat(error.location().line()).isEqualTo(lost.lines().toList().indexOf("インターネット接続環境の維持管理）\t\t\t\t\t") + 1);
    assertThat(error.location().column()).isEqualTo(1);
    assertThat(error.message()).contains("インターネット接続環境の維持管理）");
    assertThat(error.hint()).contains("事務事業名").contains("tab");
  }

  /** なし written in a list's cell, as sheets without a plan, a law, a pledge or a goal say so, is no item. */
  @ParameterizedTest
  @ValueSource(strings = {"なし", "特になし", "該当なし。", "無し", "特に無し", "－"})
  void aListThatSaysNoneInWordsHasNoItem(String none) {
    String text = S088.replace("個別計画\tつくば市情報化推進計画\t", "個別計画\t" + none + "\t")
        .replace("根拠法令等\tつくば市情報セキュリティポリシー\t", "根拠法令等\t" + none + "\t")
        .replace(PLEDGE_LINE, "市長公約\t" + none + "\t\t\t係名\t情報システム係\t")
        .replace(SDG_LINES, "SDGs\t" + none + "\t\n");
    assertThat(text).doesNotContain("09産業");

    Sheet s = Fixtures.sheet(text);
    assertThat(s.sdgs()).isEmpty();
    assertThat(s.plans()).isEmpty();
    assertThat(s.legalBases()).isEmpty();
    assertThat(s.mayoralPledges()).isEmpty();
    // A name holding the word is a name.
    assertThat(Fixtures.sheet(S088.replace("個別計画\tつくば市情報化推進計画\t", "個別計画\t誰一人取り残さない計画、" + none + "\t"))
        .plans()).containsExactly("誰一人取り残さない計画");
  }

  @Test
  void anOpenPeriodAndOtherStatuses() {
    Sheet s = Fixtures.sheet(S088.replace("事業期間\t毎年度", "事業期間\t平成28年度～").replace("新規・継続\t継続", "新規・継続\t終了"));

    assertThat(s.period()).isEqualTo("平成28年度～");
    assertThat(s.status()).isEqualTo("終了");
  }

  @Test
  void allSeventeenGoalsWrittenWithOneOrTwoDigits() {
    String goals = IntStream.rangeClosed(1, 17)
        .mapToObj(g -> (g == 1 ? "SDGs\t" : "\t\t\t\t\t") + (g % 2 == 0 ? String.format("%02d", g) : g) + "目標" + g + "\t")
        .collect(Collectors.joining("\n", "", "\n"));
    String text = S088.replace(SDG_LINES, goals);
    assertThat(text).contains("\t3目標3").contains("\t04目標4");

    assertThat(Fixtures.sheet(text).sdgs()).containsExactlyElementsOf(IntStream.rangeClosed(1, 17).boxed().toList());
  }

  /** Goals listed by their numbers alone, in either width, between commas of either width. */
  @ParameterizedTest
  @ValueSource(strings = {"9, 16, 17", "９，１６，１７", "9、16、17", "09 16 17"})
  void goalsWrittenAsNumbersAloneAreEachRead(String goals) {
    String text = S088.replace(SDG_LINES, "SDGs\t" + goals + "\t\n");
    assertThat(text).doesNotContain("産業と技術革新");

    assertThat(Fixtures.sheet(text).sdgs()).containsExactly(9, 16, 17);
  }

  @Test
  void aGoalNumberOutsideOneToSeventeenIsAnErrorAtItsCell() {
    Diagnostic error = Fixtures.refused(S088.replace("16平和と公正", "18平和と公正"));

    assertThat(error.field()).isEqualTo("sdgs");
    assertThat(error.location().line()).isEqualTo(13); // seed line 15
  }

  @ParameterizedTest
  @CsvSource({
      "市長公室秘書課, 市長公室, 秘書課",
      "会計事務局会計課, 会計事務局, 会計課",
      "教育局学務課, 教育局, 学務課",
      "議会事務局議事課, 議会事務局, 議事課",
      "選挙管理委員会事務局選挙課, 選挙管理委員会事務局, 選挙課",
      "農業委員会事務局農地課, 農業委員会事務局, 農地課",
      "消防本部警防課, 消防本部, 警防課"})
  void otherDepartmentsAndADivisionWithoutSection(String printed, String department, String division) {
    String text = S088.replace("担当部課\t政策イノベーション部情報政策課", "担当部課\t" + printed)
        .replace("係名\t情報システム係", "係名\t");

    assertThat(Fixtures.sheet(text).organization()).isEqualTo(new Organization(department, division, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\u3000", "、", "・", ",", "", "/", ";"})
  void severalGoalsJoinedInOneCellAreEachRead(String between) {
    String text = S088.replace(SDG_LINES, "SDGs\t03すべての人に健康と福祉を" + between + "04質の高い教育をみんなに" + between
        + "11住み続けられるまちづくりを\t\n");
    String oneDigit = S088.replace(SDG_LINES, "SDGs\t3すべての人に健康と福祉を 4質の高い教育をみんなに、11住み続けられるまちづくりを\t\n");

    assertThat(Fixtures.sheet(text).sdgs()).containsExactly(3, 4, 11);
    assertThat(Fixtures.sheet(oneDigit).sdgs()).containsExactly(3, 4, 11);
  }

  /** The export joins a value and the label printed right of it with a space; the label still heads its own item. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "個別計画\tつくば市情報化推進計画\t\t\t事業期間\t毎年度\t|個別計画\tつくば市情報化推進計画 事業期間 毎年度\t",
    "個別計画\tつくば市情報化推進計画\t\t\t事業期間\t毎年度\t|個別計画\tつくば市情報化推進計画\u3000 事業期間\t毎年度\t",
    "市長公約\t\t\t\t係名\t情報システム係\t|市長公約 係名 情報システム係\t",
    "根拠法令等\tつくば市情報セキュリティポリシー\t\t\tSDGs\t09産業と技術革新の基盤をつくろう\t|根拠法令等\tつくば市情報セキュリティポリシー SDGs 09産業と技術革新の基盤をつくろう\t",
    "予算科目\t01-020108-15 情報通信ネットワークシステム運用に\t\t\t担当部課|予算科目\t01-020108-15 情報通信ネットワークシステム運用に 担当部課",
    "市長公約\t\t\t\t係名\t情報システム係\t|市長公約\t係名 情報システム係\t",
    "根拠法令等\tつくば市情報セキュリティポリシー\t\t\tSDGs\t09産業と技術革新の基盤をつくろう\t|根拠法令等\tつくば市情報セキュリティポリシーSDGs 09産業と技術革新の基盤をつくろう\t",
  })
  void aLabelJoinedToTheValueBeforeItHeadsItsOwnItem(String printed, String joined) {
    String text = S088.replace(printed.replace("\\t", "\t").replace("\\u3000", "\u3000"),
        joined.replace("\\t", "\t").replace("\\u3000", "\u3000"));
    assertThat(text).isNotEqualTo(S088);

    assertThat(Fixtures.sheet(text)).usingRecursiveComparison().isEqualTo(Fixtures.sheet(S088));
  }

  @Test
  void lawsListedWithAFullWidthCommaAreEachALaw() {
    String text = S088.replace("根拠法令等\tつくば市情報セキュリティポリシー\t",
        "根拠法令等\tサイバーセキュリティ基本法，つくば市情報セキュリティポリシー（平成15年，第2版）\t");

    assertThat(Fixtures.sheet(text).legalBases()).containsExactly("サイバーセキュリティ基本法", "つくば市情報セキュリティポリシー（平成15年，第2版）");
  }

  @ParameterizedTest
  @ValueSource(strings = {"つくば市 SDGs 未来都市計画", "つくばSDGs未来都市計画", "職員関係名簿整備計画", "第2期計画事業期間"})
  void aPlanWithALabelsWordsInItsNameStaysAPlan(String plan) {
    String text = S088.replace("個別計画\tつくば市情報化推進計画\t", "個別計画\t" + plan + "\t");

    Sheet s = Fixtures.sheet(text);
    // One plan, its name whole (a space beside Japanese is a wrap's, and goes).
    assertThat(s.plans()).containsExactly(plan.replace(" ", ""));
    assertThat(s.sdgs()).containsExactly(9, 16, 17);
    assertThat(s.period()).isEqualTo("毎年度");
  }

  @Test
  void aSecondBudgetAccountOnAWrappedLineIsKeptAndSaidSo() {
    String text = S088.replace("\n市長公約\t", "\n\t01-020108-16 情報セキュリティ対策\t\t\t\t\t\n市長公約\t");
    SheetParser.Parsed p = Fixtures.parseOne(text);

    assertThat(p.sheet().orElseThrow().budgetAccount().code()).isEqualTo("01-020108-15");
    // Kept apart from the first account's name, not run on into it.
    assertThat(p.sheet().orElseThrow().budgetAccount().name()).isEqualTo("情報通信ネットワークシステム運用に / 01-020108-16 情報セキュリティ対策");
    Diagnostic w = Fixtures.onlyWarning(p.problems().all());
    assertThat(w.field()).isEqualTo("budgetAccount");
  }

  /**
   * A special account's sheet may print the account's name before the code (国民健康保険特別会計
   * 02-…): the code is still the code, not a second account's kept in the name, and that is said.
   */
  @Test
  void anAccountsNamePrintedBeforeItsCodeKeepsTheCode() {
    String text = S088.replace("01-020108-15 情報通信ネットワークシステム運用に", "国民健康保険特別会計 02-010101-01 一般管理に要する経費");
    assertThat(text).isNotEqualTo(S088);
    SheetParser.Parsed p = Fixtures.parseOne(text);

    assertThat(p.sheet().orElseThrow().budgetAccount()).isEqualTo(new BudgetAccount("02-010101-01", "国民健康保険特別会計 一般管理に要する経費"));
    Diagnostic w = Fixtures.onlyWarning(p.problems().all());
    assertThat(w.field()).isEqualTo("budgetAccount");
    assertThat(w.message()).contains("02-010101-01").contains("国民健康保険特別会計").doesNotContain("several");

    String two = S088.replace("01-020108-15 情報通信ネットワークシステム運用に", "国民健康保険特別会計 02-010101-01 一般管理費 02-010102-01 連合会負担金");
    assertThat(Fixtures.sheet(two).budgetAccount()).isEqualTo(
        new BudgetAccount("02-010101-01", "国民健康保険特別会計 一般管理費 / 02-010102-01 連合会負担金"));
  }

  @Test
  void goalsListedBesideAPlanAndALawThatTakeTwoLinesEachStayGoals() {
    // A sheet with several plans and laws prints them on the lines where the SDGs continue.
    String text = S088.replace("個別計画\tつくば市情報化推進計画\t\t\t事業期間\t毎年度\t\n"
        + "根拠法令等\tつくば市情報セキュリティポリシー\t\t\t" + SDG_LINES,
        "個別計画\tつくば市情報化推進計画\t\t\t事業期間\t毎年度\t\n"
        + "\tつくば市DX推進方針\t\t\tSDGs\t09産業と技術革新の基盤をつくろう\t\n"
        + "根拠法令等\tつくば市情報セキュリティポリシー、\t\t\t\t16平和と公正をすべての人に\t\n"
        + "\t地方自治法\t\t\t\t17パートナーシップで目標を達成しよう\t\n");
    assertThat(text).contains("\t地方自治法\t");

    Sheet s = Fixtures.sheet(text);
    assertThat(s.plans()).containsExactly("つくば市情報化推進計画", "つくば市DX推進方針");
    assertThat(s.legalBases()).containsExactly("つくば市情報セキュリティポリシー", "地方自治法");
    assertThat(s.sdgs()).containsExactly(9, 16, 17);
  }

  @Test
  void aGoalPrintedBesideTheFirstLineOfALawIsAGoal() {
    String text = S088.replace("根拠法令等\tつくば市情報セキュリティポリシー\t\t\t" + SDG_LINES,
        "\t\t\t\tSDGs\t09産業と技術革新の基盤をつくろう\t\n"
        + "根拠法令等\tつくば市情報セキュリティポリシー\t\t\t\t16平和と公正をすべての人に\t\n");

    Sheet s = Fixtures.sheet(text);
    assertThat(s.legalBases()).containsExactly("つくば市情報セキュリティポリシー");
    assertThat(s.sdgs()).containsExactly(9, 16);
  }
}
