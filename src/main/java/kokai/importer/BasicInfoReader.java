package kokai.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers the values of 事業の基本情報 by label. The form prints two items side by side on a line
 * (予算科目 … 担当部課 …), so a label may follow another item's values on the same line. Values at
 * the start of a line, before any label, continue an item of the line above: the left-half item
 * when the line has a label further on (the second 戦略プラン entry), else the last item (SDGs).
 * A value right of where the last right-half label stood, on a line with no right-half label,
 * continues that right-half item even when a left-half item starts or continues on the line: the
 * SDGs printed beside the lines of a long 根拠法令等.
 */
final class BasicInfoReader {
  private static final Labels<BasicField> LABELS = labels();

  private BasicInfoReader() {}

  private static Labels<BasicField> labels() {
    Map<String, BasicField> m = new HashMap<>();
    for (BasicField f : BasicField.values()) {
      m.put(f.label, f);
    }
    return new Labels<>(m);
  }

  /** One line's values of one item. */
  record Values(Row row, List<Cell> cells) {
    Values {
      cells = List.copyOf(cells);
    }
  }

  static Map<BasicField, List<Values>> read(List<Row> rows, Problems p) {
    Map<BasicField, List<Values>> out = new EnumMap<>(BasicField.class);
    Map<BasicField, Row> first = new EnumMap<>(BasicField.class);
    BasicField left = null;
    BasicField last = null;
    int lastAt = 0;
    Column right = null;
    for (Row printed : rows) {
      if (printed.isBlank()) {
        continue;
      }
      Row row = splitJoinedLabels(printed, first.keySet());
      // The right-half item above, whose column a value of this line may continue.
      Column rightAbove = hasRightLabel(row) ? null : right;
      BasicField leftAbove = left;
      List<Cell> leading = new ArrayList<>();
      List<Integer> leadingAt = new ArrayList<>();
      BasicField current = null;
      int currentAt = 0;
      List<Cell> values = new ArrayList<>();
      boolean sawLabel = false;
      for (int i = 0; i < row.cells().size(); i++) {
        Cell cell = row.cells().get(i);
        if (cell.isEmpty()) {
          continue;
        }
        Optional<Labels.Match<BasicField>> m = LABELS.match(cell);
        if (m.isPresent()) {
          if (current != null) {
            add(out, current, row, values);
          }
          current = m.get().kind();
          currentAt = i;
          values = new ArrayList<>();
          if (m.get().hasRest()) {
            values.add(m.get().rest());
          }
          if (first.containsKey(current) && first.get(current).line() != row.line()) {
            p.warning(row, cell, current.field, current.label + " is given again (first on line "
                + first.get(current).line() + "); the values are read together", null);
          }
          first.putIfAbsent(current, row);
          if (!sawLabel && (current.left || i == 0)) {
            left = current;
          }
          if (isRight(current, i)) {
            right = new Column(current, i);
          }
          sawLabel = true;
        } else if (current == null) {
          leading.add(cell);
          leadingAt.add(i);
        } else if (current.left && rightAbove != null && i > rightAbove.at()) {
          add(out, rightAbove.field(), row, List.of(cell));
        } else {
          values.add(cell);
        }
      }
      if (current != null) {
        add(out, current, row, values);
      }
      if (!sawLabel && last != null && last.left && rightAbove != null) {
        continueRight(out, row, leading, leadingAt, rightAbove);
      }
      if (!leading.isEmpty()) {
        continueAbove(out, row, leading, leadingAt, sawLabel, leftAbove, last, lastAt, p);
      }
      if (current != null) {
        last = current;
        lastAt = currentAt;
      }
    }
    return out;
  }

  /**
   * Values at the start of a line, before any label, continue items of the line above. On a line
   * with a label further on they belong to the left-half item. On a line without labels, a value
   * left of where the last item's label stood continues the left-half item (a fourth 戦略プラン
   * entry under 事業体制), one under or right of it continues the last item (the SDGs).
   */
  private static void continueAbove(Map<BasicField, List<Values>> out, Row row, List<Cell> leading,
      List<Integer> leadingAt, boolean sawLabel, BasicField leftItem, BasicField last, int lastAt, Problems p) {
    BasicField above = sawLabel ? leftItem : last;
    if (!row.cells().get(0).isEmpty() || above == null) {
      // A wrapped line that lost its leading empty cell reads as a label; the hint says so.
      p.error(row, leading.get(0), null, "unknown label \"" + leading.get(0).text() + "\" in "
          + Section.BASIC.title(), "the labels are fixed by the sheet form, e.g. 事務事業名, 予算科目, 担当部課"
          + (above == null ? "" : "; if the line goes on from " + above.label + " above, start it with a tab (an empty cell)"));
      return;
    }
    if (sawLabel) {
      add(out, leftItem, row, leading);
      return;
    }
    List<Cell> toLeft = new ArrayList<>();
    List<Cell> toLast = new ArrayList<>();
    for (int k = 0; k < leading.size(); k++) {
      (leftItem != null && leftItem != last && leadingAt.get(k) < lastAt ? toLeft : toLast).add(leading.get(k));
    }
    if (!toLeft.isEmpty()) {
      add(out, leftItem, row, toLeft);
    }
    if (!toLast.isEmpty()) {
      add(out, last, row, toLast);
    }
  }

  /**
   * On a line without labels below a left-half item (a law's second line), the values right of
   * the right-half label above continue that item (the next SDGs); they are taken out of
   * {@code leading}, which keeps the values for the left-half item.
   */
  private static void continueRight(Map<BasicField, List<Values>> out, Row row, List<Cell> leading,
      List<Integer> leadingAt, Column right) {
    List<Cell> toRight = new ArrayList<>();
    for (int k = leading.size() - 1; k >= 0; k--) {
      if (leadingAt.get(k) > right.at()) {
        toRight.add(0, leading.remove(k));
        leadingAt.remove(k);
      }
    }
    if (!toRight.isEmpty()) {
      add(out, right.field(), row, toRight);
    }
  }

  /**
   * The line with each cell that holds a value and then a right-half label (with or without its
   * value) read as two cells: the export joined two cells that the form prints
   * apart ("つくば市情報化推進計画 事業期間 毎年度", "4 係名 企画推進係", "市長公約 係名 企画推進係"). Only a label that the sheet
   * has not had yet and that the line has in no cell of its own splits, and SDGs only before a
   * goal's number: a plan named "つくば市 SDGs 未来都市計画" stays whole.
   */
  private static Row splitJoinedLabels(Row row, Set<BasicField> had) {
    Set<BasicField> own = EnumSet.noneOf(BasicField.class);
    for (Cell c : row.cells()) {
      LABELS.match(c).ifPresent(m -> own.add(m.kind()));
    }
    List<Cell> out = new ArrayList<>();
    for (Cell printed : row.cells()) {
      Cell cell = printed;
      Optional<Integer> at = joinedLabel(cell, had, own);
      while (at.isPresent()) {
        out.add(cell.withText(cell.text().substring(0, at.get())));
        cell = cell.tail(at.get());
        LABELS.match(cell).ifPresent(m -> own.add(m.kind()));
        // A second label joined on after the first one's value.
        at = joinedLabel(cell, had, own);
      }
      out.add(cell);
    }
    return out.size() == row.cells().size() ? row : new Row(row.line(), out);
  }

  /**
   * Where, in the cell's text, a right-half label joined on starts; empty when none does. After a
   * space the label may end the cell; glued to the text before it ("4係名 企画推進係",
   * "…ポリシーSDGs 09…") it must be followed by its value after a space, so that a word holding a
   * label's characters ("関係名簿") stays whole.
   */
  private static Optional<Integer> joinedLabel(Cell cell, Set<BasicField> had, Set<BasicField> own) {
    String text = cell.text();
    for (int j = 1; j < text.length(); j++) {
      if (Character.isWhitespace(text.charAt(j))) {
        continue;
      }
      boolean afterSpace = Character.isWhitespace(text.charAt(j - 1));
      Optional<Labels.Match<BasicField>> m = LABELS.match(cell.tail(j));
      if (m.isPresent() && (afterSpace || m.get().hasRest()) && !m.get().kind().left && !had.contains(m.get().kind())
          && !own.contains(m.get().kind())
          && (m.get().kind() != BasicField.SDGS || !m.get().hasRest() || Texts.fold(m.get().rest().text()).matches("\\d.*"))) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }

  /** Where a right-half item's label stood: the column its continued values are right of. */
  private record Column(BasicField field, int at) {}

  /** A label of the form's right half, printed there (SDGs may also head a line of its own). */
  private static boolean isRight(BasicField f, int at) {
    return !f.left && at > 0;
  }

  private static boolean hasRightLabel(Row row) {
    for (int i = 0; i < row.cells().size(); i++) {
      Optional<Labels.Match<BasicField>> m = LABELS.match(row.cells().get(i));
      if (m.isPresent() && isRight(m.get().kind(), i)) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<BasicField, List<Values>> out, BasicField f, Row row, List<Cell> cells) {
    out.computeIfAbsent(f, k -> new ArrayList<>()).add(new Values(row, cells));
  }
}
