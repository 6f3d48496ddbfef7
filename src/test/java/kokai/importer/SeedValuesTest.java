package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kokai.load.ContentLoader;
import kokai.load.LoadResult;
import kokai.model.CostYear;
import kokai.model.IndicatorKind;
import kokai.model.IndicatorValue;
import kokai.model.PlanEntry;
import kokai.model.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The six generated content files, loaded as the site loads them, hold the values printed on the
 * seed sheets. The expected values are transcribed from the seed text, line numbers in comments.
 */
class SeedValuesTest {
  private static Map<String, Sheet> sheets;

  @BeforeAll
  static void load() {
    LoadResult r = new ContentLoader().load(Path.of("content"));
    assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
    sheets = r.content().orElseThrow().sheets().stream()
        .filter(s -> s.fiscalYear() == 2022)
        .collect(Collectors.toMap(Sheet::id, Function.identity()));
  }

  @Test
  void theSixSheetsOfFiscal2022AreThere() {
    assertThat(sheets).containsOnlyKeys("087", "088", "089", "090", "091", "098");
    assertThat(sheets.values()).allSatisfy(s -> {
      assertThat(s.form()).isEqualTo("事務事業マネジメントシート");
      assertThat(s.organization().department()).isEqualTo("政策イノベーション部");
      assertThat(s.organization().division()).isEqualTo("情報政策課");
      assertThat(s.costs()).extracting(CostYear::fiscalYear).containsExactly(2020, 2021, 2022, 2023, 2024);
      assertThat(s.costs()).filteredOn(c -> c.fiscalYear() > 2022).allSatisfy(c -> {
        assertThat(c.settlement()).isNull();
        assertThat(c.funding().general()).isNull();
        assertThat(c.budget()).isNotNull();
        assertThat(c.personnel().total()).isNotNull();
      });
    });
  }

  @Test
  void sheet088() {
    Sheet s = sheets.get("088");
    assertThat(s.title()).isEqualTo("情報通信ネットワーク運営業務");
    assertThat(s.budgetAccount().code()).isEqualTo("01-020108-15");
    assertThat(s.budgetAccount().name()).isEqualTo("情報通信ネットワークシステム運用に");
    assertThat(s.organization().section()).isEqualTo("情報システム係");
    assertThat(s.mayoralPledges()).isEmpty();
    assertThat(s.strategicPlan()).isEmpty();
    assertThat(s.sdgs()).containsExactly(9, 16, 17);
    assertThat(s.findCost(2020).orElseThrow().budget()).isEqualTo(86185L); // line 27
    assertThat(s.findCost(2022).orElseThrow().settlement()).isEqualTo(102034L); // line 28
    assertThat(s.findCost(2023).orElseThrow().personnel().regularStaff()).isEqualTo(new BigDecimal("1.50"));
    assertThat(s.findCost(2021).orElseThrow().funding().grantsAndBonds()).isZero(); // a past 0 is real
    assertThat(s.findCost(2024).orElseThrow().personnel().fiscalYearAppointedStaff()).isFalse();
    assertThat(s.participation().isEmpty()).isTrue(); // lines 39-42: —
    assertThat(s.indicators()).hasSize(1); // blocks 2-5 are placeholders
    var ind = s.indicators().get(0);
    assertThat(ind.name()).isEqualTo("年間のネットワーク停止時間");
    assertThat(ind.unit()).isEqualTo("分以内");
    assertThat(ind.kind()).isEqualTo(IndicatorKind.ACTIVITY);
    assertThat(ind.description()).startsWith("通常のシステム運用時間帯（祝日を除く、8:30~22:00）").endsWith("≒280分");
    assertThat(ind.values()).extracting(IndicatorValue::fiscalYear, IndicatorValue::target, IndicatorValue::actual)
        .containsExactly(
            tuple(2019, new BigDecimal("280.0"), new BigDecimal("3.0")),
            tuple(2020, new BigDecimal("280.0"), new BigDecimal("0.0")),
            tuple(2021, new BigDecimal("280.0"), new BigDecimal("0.0")),
            tuple(2022, new BigDecimal("280.0"), new BigDecimal("0.0")),
            tuple(2023, new BigDecimal("280.0"), null),
            tuple(2024, new BigDecimal("280.0"), null));
    assertThat(s.evaluation().progress().score()).isEqualTo(2);
    assertThat(s.evaluation().progress().comment()).isEqualTo("計画から遅れている。(未達成)");
    assertThat(s.direction().decision()).isEqualTo("継続");
    assertThat(s.direction().reason()).isNull(); // line 91: empty
  }

  @Test
  void sheet089() {
    Sheet s = sheets.get("089");
    assertThat(s.title()).isEqualTo("庁内情報化事業(イントラとパソコンの整備)");
    assertThat(s.budgetAccount().name()).isEqualTo("電子情報システムの管理に要する経費"); // its own cell, line 98
    assertThat(s.classification()).isEqualTo("自治事務(任意)"); // half-width brackets as printed
    assertThat(s.findCost(2021).orElseThrow().funding().grantsAndBonds()).isEqualTo(425L);
    assertThat(s.findCost(2020).orElseThrow().funding().other()).isEqualTo(7975L);
    assertThat(s.indicators()).extracting(i -> i.name(), i -> i.unit())
        .containsExactly(tuple("LGWAN接続系端末台数", "台"), tuple("情報セキュリティ研修受講者数", "人"));
    assertThat(s.indicators().get(0).values().get(3).actual()).isEqualTo(new BigDecimal("2027.0"));
    assertThat(s.results().operationalIssues()).startsWith("パソコン不足が目立つため"); // "業務 " label stripped
    assertThat(s.results().organizationalIssues()).startsWith("専門性が高い事業であるため");
    assertThat(s.evaluation().progress().score()).isEqualTo(4);
    assertThat(s.direction().decision()).isEqualTo("拡大・拡充");
    assertThat(s.direction().reason()).isEqualTo("出先パソコンの更改による台数増加及びMicrosoft Office 365のライセンス追加を行うため。");
  }

  @Test
  void sheet090() {
    Sheet s = sheets.get("090");
    // line 211: その他 shifted one cell to the left
    assertThat(s.costs()).extracting(c -> c.funding().other()).containsExactly(72L, 12962L, 0L, null, null);
    assertThat(s.findCost(2023).orElseThrow().personnel().regularStaff()).isEqualTo(new BigDecimal("2.00"));
    assertThat(s.indicators()).singleElement().satisfies(i -> {
      assertThat(i.name()).isEqualTo("トラブルによるシステムの停止回数");
      assertThat(i.unit()).isEqualTo("回");
      assertThat(i.description()).isNull();
    });
    assertThat(s.evaluation().cityInvolvement().score()).isEqualTo(5);
    assertThat(s.results().achievements()).isEqualTo("10月 選挙用パソコンの更改 10月～3月 びったりサービス連携機能の構築 (随時) プリンタ用トナーの調達");
  }

  @Test
  void sheet091() {
    Sheet s = sheets.get("091");
    assertThat(s.mayoralPledges()).containsExactly("1", "4");
    assertThat(s.strategicPlan()).containsExactly(
        new PlanEntry("IV-3-2-3", "つくば市デジタル・ガバメント推進体制を"),
        new PlanEntry("IV-3-3-1", "マイナンバーカード普及促進のための全庁"));
    assertThat(s.legalBases()).containsExactly("行政手続における特定の個人を識別するための番号の利用等に関する法律",
        "官民データ活用推進基本法", "デジタル・ガバメント実行計画など");
    assertThat(s.delivery()).isEqualTo("一部委託");
    assertThat(s.period()).isEqualTo("毎年度");
    assertThat(s.sdgs()).containsExactly(9, 16, 17);
    // lines 385-393: the first figure shares the unit's cell
    assertThat(s.costs()).extracting(CostYear::budget).containsExactly(37293L, 17877L, 11236L, 7590L, 7590L);
    assertThat(s.findCost(2020).orElseThrow().funding().grantsAndBonds()).isEqualTo(17857L);
    assertThat(s.findCost(2020).orElseThrow().personnel().overtimeHours()).isEqualTo(new BigDecimal("250.00"));
    assertThat(s.participation().sharing()).isEqualTo("デジタル・ガバメント推進方針（案）のパブリックコメントを実施");
    assertThat(s.participation().planning()).isNull();
    var ind = s.indicators().get(0);
    assertThat(ind.unit()).isEqualTo("回"); // its own cell, line 404
    assertThat(ind.name()).isEqualTo("つくば市デジタル・ガバメント推進本部各専門WG開催総数");
    assertThat(ind.values().get(3).actual()).isEqualTo(new BigDecimal("37.0"));
    assertThat(s.results().organizationalIssues()).isEqualTo("特になし。");
    assertThat(s.direction().reason()).isNull(); // line 449: —
  }

  @Test
  void sheet098() {
    Sheet s = sheets.get("098");
    assertThat(s.budgetAccount()).satisfies(a -> {
      assertThat(a.code()).isEqualTo("01-020102-14");
      assertThat(a.name()).isEqualTo("ワークライフバランス推進に要する経");
    });
    assertThat(s.organization().section()).isEqualTo("業務改善推進係");
    assertThat(s.mayoralPledges()).containsExactly("04");
    assertThat(s.status()).isEqualTo("移管");
    assertThat(s.delivery()).isEqualTo("職員のみ");
    assertThat(s.plans()).containsExactly("情報化推進計画", "つくば市職員ワークライフバランス推進プラン");
    assertThat(s.legalBases()).isEmpty();
    assertThat(s.sdgs()).containsExactly(8);
    assertThat(s.findCost(2022).orElseThrow().funding().other()).isEqualTo(3000L);
    assertThat(s.findCost(2020).orElseThrow().budget()).isZero(); // past zeros stay
    assertThat(s.findCost(2022).orElseThrow().personnel().overtimeHours()).isEqualTo(new BigDecimal("37.00"));
    assertThat(s.indicators()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(IndicatorKind.OUTCOME);
      assertThat(i.unit()).isEqualTo("時間");
      assertThat(i.description()).isEqualTo("(ロードマップNo. 4)");
      assertThat(i.values().get(2).actual()).isEqualTo(new BigDecimal("14959.0"));
      assertThat(i.values().get(5).target()).isEqualTo(new BigDecimal("5200.0"));
    });
    assertThat(s.evaluation().priority().comment()).isEqualTo("市民生活への影響等を鑑みて、優先的に取り組むことが必要と判断される。");
    assertThat(s.direction().reason()).isNull(); // line 359: -
  }

  @Test
  void sheet087() {
    Sheet s = sheets.get("087");
    assertThat(s.mayoralPledges()).containsExactly("4");
    assertThat(s.strategicPlan()).containsExactly(new PlanEntry("IV-3-3-2", "行政手続きの電子化に向けた取組"));
    assertThat(s.indicators()).hasSize(3);
    var security = s.indicators().get(2);
    assertThat(security.name()).isEqualTo("情報セキュリティ研修受講者数");
    assertThat(security.unit()).isNull(); // printed "()"
    assertThat(security.values()).extracting(IndicatorValue::actual).containsExactly(new BigDecimal("376.0"),
        new BigDecimal("72.0"), new BigDecimal("62.0"), new BigDecimal("0.0"), null, null);
    assertThat(security.values().get(5).target()).isEqualTo(new BigDecimal("0.0")); // targets kept
    assertThat(s.indicators().get(1).values().get(2).actual()).isEqualTo(new BigDecimal("97378.0"));
    assertThat(s.findCost(2021).orElseThrow().funding().other()).isEqualTo(70L);
    assertThat(s.findCost(2020).orElseThrow().personnel().overtimeHours()).isEqualTo(new BigDecimal("400.00"));
    assertThat(s.evaluation().cityInvolvement().comment()).isEqualTo("市が直接担うべき事業である。");
    assertThat(s.direction().decision()).isEqualTo("継続");
    assertThat(s.direction().reason()).isNull(); // the 理由 line is missing
  }
}
