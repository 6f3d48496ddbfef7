package kokai.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a part of the sheet made of "label, value" lines (事業の概要, 評価, …). A line may carry a
 * group label before its own (課題 → 業務), the value may sit in the label's cell, and a line that
 * starts with empty cells and no label continues the value above (a wrapped cell). A line of one
 * cell without a label in the first column continues it too, with a warning; any other line that
 * starts with text that is no label of this part is an error, so no text is merged silently.
 *
 * @param <K> what each label stands for
 */
final class LabeledRows<K> {
  private final Labels<K> labels;
  private final Set<K> groups;
  /** Whether a value's first cell, when it holds a number alone (評価's score), is a thing of its own that a wrapped line never runs on from. */
  private final boolean firstAlone;

  LabeledRows(Labels<K> labels, Set<K> groups) {
    this(labels, groups, false);
  }

  LabeledRows(Labels<K> labels, Set<K> groups, boolean firstAlone) {
    this.labels = labels;
    this.groups = Set.copyOf(groups);
    this.firstAlone = firstAlone;
  }

  /** The next line's cells added to a value: run on from its last cell, unless that is a first cell kept alone. */
  private void continueWith(List<Cell> value, List<Cell> next) {
    if (firstAlone && value.size() == 1 && Texts.fold(value.get(0).text()).strip().matches("\\d+")) {
      value.addAll(next); // 進捗状況 4, and its comment on the line below
    } else {
      Texts.runOn(value, next);
    }
  }

  /** The value of one label: the line it is on and the cells after the label. */
  record Entry(Row row, List<Cell> values) {
    Entry {
      values = List.copyOf(values);
    }

    /** The value cells joined by one space; null when the value says nothing (empty or a dash). */
    String text() {
      String joined = Texts.joinOrNull(values.stream().map(Cell::text).toList());
      return Texts.orNull(joined);
    }
  }

  Map<K, Entry> read(List<Row> rows, String part, Problems problems) {
    Map<K, Row> where = new LinkedHashMap<>();
    Map<K, List<Cell>> values = new LinkedHashMap<>();
    K last = null;
    for (Row row : rows) {
      List<Cell> cells = row.nonEmpty();
      if (cells.isEmpty()) {
        continue;
      }
      Optional<Labelled<K>> found = label(cells);
      if (found.isEmpty()) {
        if (last != null && row.cells().get(0).isEmpty()) {
          continueWith(values.get(last), cells);
        } else if (last != null && cells.size() == 1) {
          // A wrapped line that lost its leading empty cell: read on, but say so, since it could
          // also be a label this reader does not know.
          continueWith(values.get(last), cells);
          problems.warning(row, cells.get(0), null, "a line without a label was read as the continuation of \""
              + where.get(last).cells().stream().filter(c -> !c.isEmpty()).findFirst().map(Cell::text).orElse("")
              + "\" (line " + where.get(last).line() + ")", "check the text of that item in " + Problems.WRITTEN_FILE);
        } else {
          problems.error(row, cells.get(0), null, "unknown label \"" + cells.get(0).text() + "\" in " + part,
              "the labels of " + part + " are fixed by the sheet form; check the line is in the right part");
        }
        continue;
      }
      K key = found.get().key();
      if (groups.contains(key)) {
        if (!found.get().values().isEmpty()) {
          problems.error(row, found.get().values().get(0), null, "text after \"" + cells.get(0).text()
              + "\" without the label that says which item it is", "add the item's label (e.g. 業務) before the text");
        }
        continue;
      }
      if (where.containsKey(key)) {
        problems.error(row, cells.get(0), null, "\"" + cells.get(0).text() + "\" is given twice in " + part
            + " (first on line " + where.get(key).line() + ")", "keep one of the two lines");
        continue;
      }
      where.put(key, row);
      values.put(key, new ArrayList<>(found.get().values()));
      last = key;
    }
    Map<K, Entry> out = new LinkedHashMap<>();
    where.forEach((k, row) -> out.put(k, new Entry(row, values.get(k))));
    return out;
  }

  private record Labelled<K>(K key, List<Cell> values) {}

  private Optional<Labelled<K>> label(List<Cell> cells) {
    K key = null;
    int i = 0;
    List<Cell> vals = new ArrayList<>();
    while (i < cells.size()) {
      Optional<Labels.Match<K>> m = labels.match(cells.get(i));
      if (m.isEmpty()) {
        break;
      }
      key = m.get().kind();
      i++;
      Cell rest = m.get().hasRest() ? m.get().rest() : null;
      // A group's label may share its cell with an item's label: 課題 業務 世界的な…
      while (rest != null && groups.contains(key)) {
        Optional<Labels.Match<K>> item = labels.match(rest);
        if (item.isEmpty()) {
          break;
        }
        key = item.get().kind();
        rest = item.get().hasRest() ? item.get().rest() : null;
      }
      if (rest != null) {
        vals.add(rest);
        break;
      }
      if (!groups.contains(key)) {
        break;
      }
    }
    if (key == null) {
      return Optional.empty();
    }
    vals.addAll(cells.subList(i, cells.size()));
    return Optional.of(new Labelled<>(key, vals));
  }
}
