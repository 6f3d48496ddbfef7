package kokai.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kokai.model.CostYear;
import kokai.model.Direction;
import kokai.model.Evaluation;
import kokai.model.Funding;
import kokai.model.Indicator;
import kokai.model.IndicatorKind;
import kokai.model.IndicatorValue;
import kokai.model.Organization;
import kokai.model.Overview;
import kokai.model.Participation;
import kokai.model.Personnel;
import kokai.model.PlanEntry;
import kokai.model.Results;
import kokai.model.Score;
import kokai.model.Sheet;

/**
 * Deterministic sheets shaped like the real ones (25 departments of 5 divisions, several fiscal
 * years, texts of 700–1,000 characters built from the phrases such sheets use), for the search
 * benchmark. The same seed and count give the same sheets.
 */
final class SyntheticSheets {
  private static final String[] DEPARTMENTS = {
      "政策イノベーション部", "総務部", "財務部", "市民部", "福祉部", "こども部", "保健部", "経済部", "農林部",
      "環境生活部", "都市計画部", "建設部", "生涯学習部", "教育局", "消防本部", "会計事務局", "議会事務局",
      "選挙管理委員会事務局", "監査委員事務局", "危機管理部", "スポーツ推進部", "文化芸術部", "国際都市推進部",
      "上下水道部", "デジタル推進部"};
  private static final String[] DIVISIONS = {"企画課", "管理課", "推進課", "支援課", "調整課"};
  private static final String[] TOPICS = {
      "情報通信ネットワーク", "子育て支援", "高齢者福祉", "地域公共交通", "防災訓練", "ごみ減量", "観光振興",
      "中小企業支援", "農業振興", "学校給食", "図書館サービス", "スポーツ施設", "健康診査", "道路維持",
      "公園管理", "文化芸術振興", "国際交流", "移住定住促進", "電子申請", "窓口サービス", "ＬＧＷＡＮ接続",
      "空き家対策", "消防団活動", "下水道整備", "市民活動支援", "男女共同参画", "科学技術", "環境学習"};
  private static final String[] KINDS = {"運営業務", "推進事業", "支援事業", "管理事業", "整備事業", "補助事業", "委託業務"};
  private static final String[] TARGETS = {"市民", "市職員", "市内事業者", "子育て世帯", "高齢者", "児童生徒", "来訪者", "地域団体"};
  private static final String[] PURPOSES = {
      "市民サービスの向上を図る。", "安全で安心なまちづくりを推進する。", "庁内業務の効率化を図る。",
      "地域経済の活性化を図る。", "健康で生きがいのある生活を支える。", "持続可能な地域社会を実現する。",
      "誰もが利用しやすい環境を整える。"};
  private static final String[] ACTIONS = {
      "の管理・メンテナンスを行う。", "に関する相談窓口を運営する。", "の実施に係る経費を補助する。",
      "について関係機関と連携して取り組む。", "に係る業務を民間事業者に委託する。", "の周知啓発を行う。",
      "に必要な機器を更新する。", "の利用状況を調査・分析する。"};
  private static final String[] SENTENCES = {
      "前年度の課題を踏まえ、運用手順を見直した。",
      "利用者アンケートの結果、満足度は前年度を上回った。", "関係課と連携し、効率的な執行に努めた。",
      "新型コロナウイルス感染症の影響により一部の事業を縮小した。", "委託事業者との定例会議を毎月開催した。",
      "システムの安定稼働を維持し、重大な障害は発生しなかった。", "参加者数は目標を下回ったため、周知方法を改善する。",
      "国の補助制度を活用し、財源の確保に努めた。", "職員の負担軽減のため、業務の見直しが必要である。",
      "デジタル技術を活用した手続の簡素化を進める。", "地域の担い手不足が課題となっている。",
      "物価高騰により事業費が増加している。"};
  /** Sentences only the sheets about information systems use, as in a real city. */
  private static final String[] IT_SENTENCES = {
      "世界的な半導体不足等の影響により機器の調達が遅れた。", "ＬＧＷＡＮを経由した情報連携を開始した。",
      "庁内ネットワークの更新に合わせてセキュリティ対策を強化した。"};
  private static final java.util.Set<String> IT_TOPICS = java.util.Set.of("情報通信ネットワーク", "電子申請", "ＬＧＷＡＮ接続", "窓口サービス");
  private static final String[] COMMENTS = {
      "今後も一定の市民ニーズが見込まれる。", "計画どおり進んでいる。", "計画から遅れている。(未達成)",
      "市の関与の必要性が高い事業である。", "民間との役割分担を検討する余地がある。",
      "市民ニーズや市民生活への影響等を鑑みて、継続して実施する必要がある。"};
  private static final String[] INDICATORS = {"利用者数", "参加者数", "相談件数", "実施回数", "満足度", "停止時間", "登録者数", "処理件数"};
  private static final String[] UNITS = {"人", "件", "回", "%", "分以内"};

  private SyntheticSheets() {}

  static List<Sheet> generate(int count, long seed) {
    Random r = new Random(seed);
    List<Sheet> out = new ArrayList<>(count);
    int years = 5;
    for (int i = 0; i < count; i++) {
      out.add(sheet(r, 2022 - i % years, String.format("%05d", i / years + 1)));
    }
    return out;
  }

  private static Sheet sheet(Random r, int year, String id) {
    int dept = r.nextInt(DEPARTMENTS.length);
    int div = r.nextInt(DIVISIONS.length);
    // One division in 125 is 情報政策課; the other policy divisions share its last three characters,
    // which is where n-gram search without phrase checks returns false matches.
    String division = div > 0 ? DIVISIONS[div]
        : dept == 0 ? "情報政策課" : DEPARTMENTS[dept].substring(0, 2) + "政策課";
    String topic = pick(r, TOPICS);
    Organization org = new Organization(DEPARTMENTS[dept], division, pick(r, INDICATORS).substring(0, 2) + "係");
    Overview overview = new Overview(pick(r, TARGETS), pick(r, PURPOSES), topic + pick(r, ACTIONS) + pick(r, SENTENCES));
    List<Indicator> indicators = new ArrayList<>();
    for (int k = 0, n = 1 + r.nextInt(5); k < n; k++) {
      indicators.add(new Indicator(topic + "の" + pick(r, INDICATORS), pick(r, UNITS),
          k % 2 == 0 ? IndicatorKind.ACTIVITY : IndicatorKind.OUTCOME, pick(r, SENTENCES) + pick(r, PURPOSES),
          List.of(new IndicatorValue(year, BigDecimal.valueOf(r.nextInt(1000)), BigDecimal.valueOf(r.nextInt(1000))))));
    }
    String it = IT_TOPICS.contains(topic) ? pick(r, IT_SENTENCES) : "";
    Results results = new Results(text(r, 2), text(r, 3) + it, text(r, 2), text(r, 2), text(r, 1));
    Evaluation eval = new Evaluation(score(r), score(r), score(r), score(r));
    String decision = Direction.KNOWN.get(r.nextInt(5));
    List<CostYear> costs = List.of(new CostYear(year, (long) r.nextInt(100000), (long) r.nextInt(100000),
        new Funding(1000L, 0L, 0L), new Personnel((long) r.nextInt(20000), BigDecimal.ONE, BigDecimal.TEN, false)));
    return new Sheet(year, id, topic + pick(r, KINDS), "事務事業マネジメントシート", null, null, null, org,
        List.of(), List.of(new PlanEntry("IV-" + (1 + r.nextInt(5)) + "-1", topic + "の推進")), "継続",
        "自治事務（任意）", "一部委託", List.of(), List.of(), "毎年度", List.of(1 + r.nextInt(17)), overview, costs,
        new Participation(null, null, r.nextBoolean() ? "市民説明会を開催した。" : null, null), indicators,
        results, eval, new Direction(decision, text(r, 1)), List.of());
  }

  private static Score score(Random r) {
    return new Score(1 + r.nextInt(5), pick(r, COMMENTS));
  }

  private static String text(Random r, int sentences) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      b.append(pick(r, SENTENCES));
    }
    return b.toString();
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
