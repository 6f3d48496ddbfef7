package kokai.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kokai.model.Direction;
import kokai.model.Overview;
import kokai.model.Participation;
import kokai.model.Results;

/** The parts of a sheet that are text under fixed labels: overview, participation, results, direction. */
final class NarrativeParser {
  private static final LabeledRows<String> OVERVIEW = rows(Map.of(
      "対象", "target", "目的", "purpose", "概要(取組内容)", "activities", "概要", "activities"), Set.of());
  private static final LabeledRows<String> PARTICIPATION = rows(Map.of(
      "共有、理解", "sharing", "企画・立案、計画", "planning", "実行", "implementation", "評価、検証", "evaluation"),
      Set.of());
  private static final LabeledRows<String> RESULTS = rows(Map.of(
      "前年度の課題への対応", "previousIssuesResponse", "成果", "achievements", "課題", "issues",
      "業務", "operationalIssues", "組織、予算等", "organizationalIssues", "改善目標", "improvementGoal"),
      Set.of("issues"));
  private static final LabeledRows<String> DIRECTION = rows(Map.of("方向性", "decision", "理由", "reason"), Set.of());

  private NarrativeParser() {}

  private static LabeledRows<String> rows(Map<String, String> labels, Set<String> groups) {
    return new LabeledRows<>(new Labels<>(labels), groups);
  }

  static Overview overview(List<Row> rows, Problems p) {
    Map<String, LabeledRows.Entry> e = OVERVIEW.read(rows, Section.OVERVIEW.title(), p);
    return new Overview(text(e, "target"), text(e, "purpose"), text(e, "activities"));
  }

  static Participation participation(List<Row> rows, Problems p) {
    Map<String, LabeledRows.Entry> e = PARTICIPATION.read(rows, Section.PARTICIPATION.title(), p);
    return new Participation(text(e, "sharing"), text(e, "planning"), text(e, "implementation"), text(e, "evaluation"));
  }

  static Results results(List<Row> rows, Problems p) {
    Map<String, LabeledRows.Entry> e = RESULTS.read(rows, Section.RESULTS.title(), p);
    return new Results(text(e, "previousIssuesResponse"), text(e, "achievements"), text(e, "operationalIssues"),
        text(e, "organizationalIssues"), text(e, "improvementGoal"));
  }

  static Direction direction(List<Row> rows, Problems p) {
    Map<String, LabeledRows.Entry> e = DIRECTION.read(rows, Section.DIRECTION.title(), p);
    return new Direction(known(text(e, "decision")), text(e, "reason"));
  }

  /** A usual decision printed in other widths ("拡大･拡充", "拡大・拡充 ") as listings group it; another as printed. */
  private static String known(String decision) {
    String folded = decision == null ? null : Texts.key(decision);
    return Direction.KNOWN.stream().filter(k -> k.equals(folded)).findFirst().orElse(decision);
  }

  private static String text(Map<String, LabeledRows.Entry> entries, String key) {
    LabeledRows.Entry e = entries.get(key);
    return e == null ? null : e.text();
  }
}
