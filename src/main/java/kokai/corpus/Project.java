package kokai.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kokai.model.BudgetAccount;
import kokai.model.Organization;
import kokai.model.PlanEntry;

/**
 * What stays the same for one project from year to year: its name, who runs it, its budget account,
 * its size and its indicators. Each year's sheet is drawn from it by {@link SheetFactory}.
 */
record Project(
    int number,
    Organization organization,
    String topic,
    String title,
    String target,
    String partner,
    BudgetAccount account,
    List<String> pledges,
    List<PlanEntry> strategicPlan,
    String classification,
    String delivery,
    List<String> plans,
    List<String> legalBases,
    Integer startYear,
    List<Integer> sdgs,
    long budgetMedian,
    double grantShare,
    double otherShare,
    double staff,
    List<IndicatorPlan> indicators) {

  /** An indicator the project reports every year: name, unit, kind and the size of its figures. */
  record IndicatorPlan(String name, String unit, String kind, double base, double growth, String description) {}

  static Project draw(Vocabulary v, long seed, int number, int firstYear) {
    Dice d = Dice.of(seed, 1, number);
    Vocabulary.Department dept = pickDepartment(v, d);
    Vocabulary.Division div = d.pick(dept.divisions());
    String section = d.chance(0.92) ? d.pick(div.sections()) : null;
    String topic = d.pick(dept.topics());
    String prefix = d.chance(0.12) ? d.pick(v.require("地区")) : "";
    String title = prefix + topic + d.pick(v.require("接尾"));
    String target = d.pick(dept.targets());
    String partner = d.pick(v.require("連携先"));
    String account = String.format("%02d-%02d%02d%02d-%02d", d.between(1, 13), d.between(1, 10),
        d.between(1, 12), d.between(1, 20), d.between(10, 29));
    String accountName = truncate(topic + "に要する経費", 18);
    List<String> pledges = d.chance(0.25) ? List.of(String.format("%02d", d.between(1, 30))) : List.of();
    List<PlanEntry> plan = new ArrayList<>();
    for (int i = 0, n = d.weighted(45, 40, 15); i < n; i++) {
      String code = romans(d.between(1, 5)) + "-" + d.between(1, 4) + "-" + d.between(1, 4) + "-" + d.between(1, 3);
      plan.add(new PlanEntry(code, truncate(topic + "の推進による" + target + "の支援", 20)));
    }
    List<String> plans = dept.plans().isEmpty() || d.chance(0.3) ? List.of() : List.of(d.pick(dept.plans()));
    List<String> laws = dept.laws().isEmpty() || d.chance(0.25) ? List.of() : List.of(d.pick(dept.laws()));
    Integer start = d.chance(0.8) ? null : firstYear - d.between(0, 6);
    return new Project(number, new Organization(dept.name(), div.name(), section), topic, title,
        target, partner, new BudgetAccount(account, accountName), pledges, List.copyOf(plan),
        d.pick(List.of("自治事務（任意）", "自治事務（任意）", "自治事務（任意）", "自治事務（義務）", "法定受託事務")),
        d.pick(List.of("職員のみ", "一部委託", "一部委託", "全部委託", "補助")),
        plans, laws, start, sdgs(dept, d), d.amount(12_000), d.chance(0.3) ? d.uniform(0.1, 0.6) : 0,
        d.chance(0.2) ? d.uniform(0.02, 0.2) : 0, d.between(1, 40) * 0.05 + (d.chance(0.1) ? 1 : 0),
        indicators(v, topic, d));
  }

  private static Vocabulary.Department pickDepartment(Vocabulary v, Dice d) {
    // Departments with more themes run more projects, as large departments do.
    int[] weights = v.departments().stream().mapToInt(x -> x.topics().size() * x.divisions().size()).toArray();
    return v.departments().get(d.weighted(weights));
  }

  private static List<Integer> sdgs(Vocabulary.Department dept, Dice d) {
    TreeSet<Integer> goals = new TreeSet<>();
    int n = d.weighted(10, 40, 30, 20);
    for (int i = 0; i < n && !dept.sdgs().isEmpty(); i++) {
      goals.add(d.chance(0.85) ? d.pick(dept.sdgs()) : d.between(1, 17));
    }
    return List.copyOf(goals);
  }

  private static List<IndicatorPlan> indicators(Vocabulary v, String topic, Dice d) {
    List<String> templates = new ArrayList<>(v.require("指標"));
    int n = 1 + d.weighted(40, 30, 15, 10, 5);
    List<IndicatorPlan> out = new ArrayList<>();
    for (int i = 0; i < n && !templates.isEmpty(); i++) {
      String[] t = templates.remove(d.between(0, templates.size() - 1)).split("/");
      double base = Double.parseDouble(t[3]) * (t[1].equals("%") ? 1 : d.uniform(0.2, 3));
      String desc = d.chance(0.6) ? topic + "の取組状況を示す指標。" + (d.chance(0.3) ? "※前年度までは別指標で計上。" : "") : null;
      out.add(new IndicatorPlan(t[0].replace("{short}", topic), t[1], t[2], base,
          t[1].equals("%") ? 0 : d.uniform(-0.03, 0.08), desc));
    }
    return List.copyOf(out);
  }

  private static String romans(int n) {
    return List.of("I", "II", "III", "IV", "V").get(n - 1);
  }

  /** Published sheets cut long account and plan names at the cell's width; the corpus does too. */
  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
