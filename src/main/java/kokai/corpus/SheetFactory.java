package kokai.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kokai.model.CostYear;
import kokai.model.Direction;
import kokai.model.Evaluation;
import kokai.model.FiscalYear;
import kokai.model.Funding;
import kokai.model.Indicator;
import kokai.model.IndicatorKind;
import kokai.model.IndicatorValue;
import kokai.model.Overview;
import kokai.model.Participation;
import kokai.model.Personnel;
import kokai.model.Results;
import kokai.model.Score;
import kokai.model.Sheet;

/**
 * Draws one fiscal year's sheet of a project, shaped like the published ones: the cost table runs
 * from two years before to two years after the sheet's year, indicators from three before to two
 * after, and what is not known yet (later settlements and actuals) is null.
 */
final class SheetFactory {
  private static final String[][] COMMENTS = {
    {"市民ニーズはほとんど見込まれない。", "市民ニーズは減少傾向にある。", "今後も一定の市民ニーズが見込まれる。",
      "十分に高く、今後も変わらずにあると見込まれる。", "市民ニーズが非常に高く、今後も増加が見込まれる。"},
    {"計画から大幅に遅れている。", "計画から遅れている。(未達成)", "おおむね計画通りに事業を実施することができた。",
      "年度当初の計画通りに事業を実施することができた。", "計画を上回って事業を実施することができた。"},
    {"市が関与する必要性は低い。", "民間等での実施も可能な事業である。", "市の関与が一定程度必要な事業である。",
      "市の関与の必要性が高い事業である。", "市が直接担うべき事業である。"},
    {"事業の廃止を含めた見直しが必要である。", "事業の見直しを検討する必要がある。",
      "市民ニーズや市民生活への影響等を鑑みて、継続して実施する必要がある。",
      "市民生活への影響等を鑑みて、優先的に取り組むことが必要と判断される。", "最優先で取り組むべき事業である。"},
  };
  private static final List<String> DECISIONS = List.of("継続", "拡大・拡充", "改善", "縮小", "統合", "休止", "廃止", "完了");
  private static final List<String> REASON_KEYS = List.of("", "理由拡大", "理由改善", "理由縮小", "理由統合", "理由休止", "理由廃止", "理由完了");

  private final Vocabulary vocabulary;
  private final long seed;

  SheetFactory(Vocabulary vocabulary, long seed) {
    this.vocabulary = vocabulary;
    this.seed = seed;
  }

  Sheet sheet(Project p, String id, int year) {
    Dice d = Dice.of(seed, 2, p.number(), year);
    Texts t = new Texts(vocabulary, p, d);
    boolean isNew = p.startYear() != null && p.startYear() == year;
    String period = p.startYear() == null ? "毎年度"
        : FiscalYear.of(p.startYear()).japanese() + "～" + FiscalYear.of(p.startYear() + 6).japanese();
    Overview overview = new Overview(p.target(), t.fill("目的"), t.fill("概要"));
    Results results = new Results(t.fill("前年度対応"), t.fill("成果") + (d.chance(0.5) ? t.fill("成果") : ""),
        t.fill("業務課題"), t.fill("組織課題"), t.fill("改善目標"));
    Participation participation = d.chance(0.7) ? null
        : new Participation(d.chance(0.6) ? t.fill("参加") : null, d.chance(0.3) ? t.fill("参加") : null,
            d.chance(0.3) ? t.fill("参加") : null, d.chance(0.2) ? t.fill("参加") : null);
    return new Sheet(year, id, p.title(), "事務事業マネジメントシート",
        LocalDate.of(year + 1, 8, 1).plusDays(d.between(0, 60)), null, p.account(), p.organization(),
        p.pledges(), p.strategicPlan(), isNew ? "新規" : d.chance(0.03) ? "移管" : "継続", p.classification(),
        p.delivery(), p.plans(), p.legalBases(), period, p.sdgs(), overview, costs(p, year),
        participation, indicators(p, year), results, evaluation(d), direction(t, d), List.of(), null);
  }

  private List<CostYear> costs(Project p, int year) {
    List<CostYear> out = new ArrayList<>();
    for (int y = year - 2; y <= year + 2; y++) {
      // Figures of a column depend on the project and that column's year only, so the sheets of
      // consecutive years agree where their tables overlap, as the real ones do.
      Dice d = Dice.of(seed, 3, p.number(), y);
      long budget = Math.round(p.budgetMedian() * (1 + 0.04 * (y - year)) * d.uniform(0.85, 1.2));
      double staff = Math.max(0.1, Math.round((p.staff() + d.between(-2, 2) * 0.05) * 20) / 20.0);
      double overtime = d.between(0, 80) * 5.0;
      Personnel personnel = new Personnel(Math.round(staff * 7_050 + overtime * 3.1),
          Dice.decimal(staff, 2), Dice.decimal(overtime, 2), d.chance(0.3));
      if (y > year) {
        out.add(new CostYear(y, budget, null, new Funding(null, null, null), personnel));
        continue;
      }
      long settlement = Math.round(budget * d.uniform(0.82, 1.0));
      long grants = Math.round(settlement * p.grantShare());
      long other = Math.round(settlement * p.otherShare());
      out.add(new CostYear(y, budget, settlement, new Funding(settlement - grants - other, grants, other), personnel));
    }
    return out;
  }

  private List<Indicator> indicators(Project p, int year) {
    List<Indicator> out = new ArrayList<>();
    for (int i = 0; i < p.indicators().size(); i++) {
      Project.IndicatorPlan plan = p.indicators().get(i);
      List<IndicatorValue> values = new ArrayList<>();
      for (int y = year - 3; y <= year + 2; y++) {
        Dice d = Dice.of(seed, 4, p.number() * 8L + i, y);
        double target = roundFor(plan.unit(), plan.base() * (1 + plan.growth() * (y - year)));
        BigDecimal actual = null;
        if (y <= year) {
          double a = target * d.uniform(0.7, 1.25);
          actual = Dice.decimal(plan.unit().equals("%") ? Math.min(100, a) : roundFor(plan.unit(), a), 1);
        }
        values.add(new IndicatorValue(y, Dice.decimal(target, 1), actual));
      }
      IndicatorKind kind = plan.kind().equals(IndicatorKind.OUTCOME.label()) ? IndicatorKind.OUTCOME : IndicatorKind.ACTIVITY;
      out.add(new Indicator(plan.name(), plan.unit(), kind, plan.description(), values));
    }
    return out;
  }

  private static double roundFor(String unit, double v) {
    return unit.equals("%") ? Math.min(100, Math.round(v * 10) / 10.0) : Math.max(0, Math.round(v));
  }

  private static Evaluation evaluation(Dice d) {
    Score[] s = new Score[4];
    for (int i = 0; i < 4; i++) {
      int score = 1 + d.weighted(2, 8, 45, 35, 10);
      s[i] = new Score(score, COMMENTS[i][score - 1]);
    }
    return new Evaluation(s[0], s[1], s[2], s[3]);
  }

  private Direction direction(Texts t, Dice d) {
    int i = d.weighted(70, 8, 9, 4, 3, 1, 3, 2);
    String reason = i == 0 ? (d.chance(0.8) ? null : "－") : t.fill(REASON_KEYS.get(i));
    return new Direction(DECISIONS.get(i), reason);
  }
}
