package kokai.importer;

/** The labels of 事業の基本情報, and whether each sits in the left half of the printed form. */
enum BasicField {
  NAME("事務事業名", "id", true),
  ACCOUNT("予算科目", "budgetAccount", true),
  PLEDGES("市長公約", "mayoralPledges", true),
  PLAN("戦略プラン", "strategicPlan", true),
  PLANS("個別計画", "plans", true),
  LEGAL("根拠法令等", "legalBases", true),
  ORGANIZATION("担当部課", "organization", false),
  SECTION("係名", "organization.section", false),
  STATUS("新規・継続", "status", false),
  CLASSIFICATION("事業分類", "classification", false),
  DELIVERY("事業体制", "delivery", false),
  PERIOD("事業期間", "period", false),
  SDGS("SDGs", "sdgs", false);

  final String label;
  final String field;
  /** Values of a wrapped left-half item continue on the next line before the right half's label. */
  final boolean left;

  BasicField(String label, String field, boolean left) {
    this.label = label;
    this.field = field;
    this.left = left;
  }
}
