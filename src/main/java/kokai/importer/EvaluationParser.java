package kokai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kokai.model.Evaluation;
import kokai.model.Score;

/** 評価: four lines of "label, score 1–5, comment"; the score may share the comment's cell. */
final class EvaluationParser {
  private static final LabeledRows<String> ROWS = new LabeledRows<>(new Labels<>(Map.of(
      "市民ニーズ", "citizenNeeds", "進捗状況", "progress", "市の関与", "cityInvolvement", "優先度", "priority")),
      Set.of(), true);
  private static final Pattern SCORE = Pattern.compile("^(\\d+)(?:\\s+(.*))?$", Pattern.DOTALL);

  private EvaluationParser() {}

  static Evaluation parse(List<Row> rows, Problems p) {
    Map<String, LabeledRows.Entry> e = ROWS.read(rows, Section.EVALUATION.title(), p);
    return new Evaluation(score(e.get("citizenNeeds"), "citizenNeeds", p), score(e.get("progress"), "progress", p),
        score(e.get("cityInvolvement"), "cityInvolvement", p), score(e.get("priority"), "priority", p));
  }

  private static Score score(LabeledRows.Entry entry, String name, Problems p) {
    if (entry == null || entry.values().isEmpty()) {
      return null;
    }
    String field = "evaluation." + name + ".score";
    Cell first = entry.values().get(0);
    if (entry.values().stream().allMatch(c -> Texts.isNone(c.text()))) {
      return null; // not scored, as on a new project's first sheet; its comment a dash too, or none
    }
    Matcher m = SCORE.matcher(Texts.fold(first.text()));
    Optional<Cell> blank = blankScore(entry);
    if (!m.matches() && blank.isPresent()) {
      p.error(entry.row(), blank.get(), field, "the score is blank, before the comment \"" + first.text() + "\"",
          "write the score, a whole number from 1 to 5, in the blank cell after the label, as the printed sheet has it");
      return null;
    }
    if (!m.matches()) {
      p.error(entry.row(), first, field, "expected a score from 1 to 5 but found \"" + first.text() + "\"",
          "the cell after the label holds the score, a whole number from 1 to 5");
      return null;
    }
    String digits = m.group(1).replaceFirst("^0+(?=\\d)", "");
    // A figure pasted into the cell may have more digits than an int holds.
    int score = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    if (score < 1 || score > Score.MAX) {
      p.error(entry.row(), first, field, "score " + digits + " is outside 1–" + Score.MAX, "check the printed score");
      return null;
    }
    List<String> comment = new ArrayList<>();
    if (m.group(2) != null) {
      // The comment shared the score's cell; keep it as printed rather than folded.
      comment.add(first.text().replaceFirst("^[0-9０-９]+[\\s\u3000]+", ""));
    }
    entry.values().stream().skip(1).map(Cell::text).forEach(comment::add);
    return new Score(score, Texts.orNull(Texts.joinOrNull(comment)));
  }

  /** The score's cell when it is empty and text comes after it: a comment without its score. */
  private static Optional<Cell> blankScore(LabeledRows.Entry entry) {
    List<Cell> cells = entry.row().cells();
    int value = cells.indexOf(entry.values().get(0));
    return value > 1 && cells.get(value - 1).isEmpty() ? Optional.of(cells.get(value - 1)) : Optional.empty();
  }
}
