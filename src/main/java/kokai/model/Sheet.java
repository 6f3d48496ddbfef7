package kokai.model;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One evaluation sheet (事務事業マネジメントシート) of one fiscal year: every field of the published sheet
 * in its own place. Lists are never null; a value the sheet does not give is null.
 */
public record Sheet(
    @Field(ja = "年度", en = "Fiscal year", doc = "評価対象の年度。西暦の年度開始年（令和4年度 = 2022）。", required = true, min = FiscalYear.FIRST, max = FiscalYear.LAST) int fiscalYear,
    @Field(ja = "事業番号", en = "Project number", doc = "事務事業の番号。URL に使われるため英数字・ハイフン・アンダースコア・ドットのみ。例: \"088\"", required = true,
        pattern = Slugs.SCHEMA_PATTERN) String id,
    @Field(ja = "事務事業名", en = "Project name", required = true, nonBlank = true) String title,
    @Field(ja = "シート様式", en = "Form", doc = "例: 事務事業マネジメントシート") String form,
    @Field(ja = "公表日", en = "Published", doc = "シートの公表日（YYYY-MM-DD）。") LocalDate published,
    @Field(ja = "更新日", en = "Updated", doc = "シートの最終更新日（YYYY-MM-DD）。") LocalDate updated,
    @Field(ja = "予算科目", en = "Budget account") BudgetAccount budgetAccount,
    @Field(ja = "担当部課", en = "Organisation", doc = "担当の部・課・係。", required = true) Organization organization,
    @Field(ja = "市長公約", en = "Mayoral pledges", doc = "関連する市長公約の番号。シートの表記のまま（例: \"04\"）。") List<String> mayoralPledges,
    @Field(ja = "戦略プラン", en = "Strategic plan", doc = "関連する戦略プランの施策。") List<PlanEntry> strategicPlan,
    @Field(ja = "新規・継続", en = "New or continuing", doc = "新規、継続、移管 など。") String status,
    @Field(ja = "事業分類", en = "Classification", doc = "例: 自治事務（任意）、法定受託事務。") String classification,
    @Field(ja = "事業体制", en = "Delivery", doc = "例: 職員のみ、一部委託、全部委託。") String delivery,
    @Field(ja = "個別計画", en = "Individual plans") List<String> plans,
    @Field(ja = "根拠法令等", en = "Legal bases") List<String> legalBases,
    @Field(ja = "事業期間", en = "Period", doc = "例: 毎年度、令和2年度～令和6年度。") String period,
    @Field(ja = "SDGs", en = "SDGs", doc = "SDGs のゴール番号（1〜17）。", min = 1, max = 17) List<Integer> sdgs,
    @Field(ja = "事業の概要", en = "Overview") Overview overview,
    @Field(ja = "コストの推移", en = "Costs", doc = "年度ごとのコスト。") List<CostYear> costs,
    @Field(ja = "市民参加の取組状況", en = "Citizen participation") Participation participation,
    @Field(ja = "指標の推移", en = "Indicators", doc = "最大5つ。内容のない指標（「()」と 0 だけのもの）は書かない。") List<Indicator> indicators,
    @Field(ja = "事業の成果と課題", en = "Results and issues") Results results,
    @Field(ja = "評価", en = "Evaluation") Evaluation evaluation,
    @Field(ja = "方向性", en = "Direction") Direction direction,
    @Field(ja = "関連シート", en = "Related sheets", doc = "番号が変わった同じ事業など、他の年度のシート。") List<SheetRef> related,
    @Field(ja = "新しい事業", en = "New project", doc = "true: 前の年度に同じ事業番号のシートがあっても、その事業の続きではない"
        + "（番号が別の事業に改めて付けられた）。比較ページ・増減・他の年度の一覧でつながない。related に書いたシートとはつながる。"
        + "書かないか false なら、同じ番号の前の年度のシートを続ける。",
        hint = "%s says that this sheet starts a new project although an earlier sheet has its number: write it so, "
            + "or leave the field out where the sheet continues that sheet's project") Boolean newProject) {

  public Sheet {
    FiscalYear.requireInRange(fiscalYear);
    Slugs.requireSafe(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(organization, "organization");
    mayoralPledges = copy(mayoralPledges);
    strategicPlan = copy(strategicPlan);
    plans = copy(plans);
    legalBases = copy(legalBases);
    sdgs = copy(sdgs);
    costs = copy(costs);
    indicators = copy(indicators);
    related = copy(related);
    for (int i = 0; i < sdgs.size(); i++) {
      if (sdgs.get(i) < 1 || sdgs.get(i) > 17) {
        throw new InvalidFieldException("sdgs[" + i + "]", "SDG goal " + sdgs.get(i) + " is outside 1–17");
      }
    }
    // A goal listed twice (warned about by the check) is one goal on the page and in the data.
    sdgs = List.copyOf(new LinkedHashSet<>(sdgs));
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  public FiscalYear year() {
    return FiscalYear.of(fiscalYear);
  }

  /**
   * When the sheet was published: its own date, else {@code siteDate} (site.yaml's published, for
   * the sheets without one), unless the sheet was updated before that date, so that it was out
   * earlier; null when unknown. The page, the citation, the JSON-LD and the feed all take this one.
   */
  public LocalDate publishedOr(LocalDate siteDate) {
    if (published != null) {
      return published;
    }
    return siteDate != null && updated != null && updated.isBefore(siteDate) ? null : siteDate;
  }

  /**
   * Whether the sheet says it starts a new project ({@code newProject: true}): it continues no
   * earlier sheet of its number. Not said (null) or false: it does.
   */
  public boolean startsNewProject() {
    return Boolean.TRUE.equals(newProject);
  }

  /** This sheet as a reference. */
  public SheetRef ref() {
    return new SheetRef(fiscalYear, id);
  }

  /** The cost column of the given fiscal year. */
  public Optional<CostYear> findCost(int year) {
    for (CostYear c : costs) {
      if (c.fiscalYear() == year) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The cost column of the sheet's own fiscal year. */
  public Optional<CostYear> findOwnCost() {
    return findCost(fiscalYear);
  }
}
