package kokai.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A sheet's lines grouped by part: each heading line (事業の概要, コストの推移, …) starts a part. */
final class Sections {
  /** Marks and numbers that forms of other years put around a part's heading: ■, 【】, 1., (2). */
  private static final java.util.regex.Pattern DECORATION = java.util.regex.Pattern.compile(
      "^[■□◆◇●○▼▽【\\[]*(?:\\(?\\d{1,2}[.)、]?)?|[】\\]]$");
  private final Map<Section, List<Row>> parts;

  private Sections(Map<Section, List<Row>> parts) {
    this.parts = parts;
  }

  static Sections of(SheetBlock block, Problems problems) {
    Map<Section, List<Row>> parts = new EnumMap<>(Section.class);
    Section current = null;
    for (Row row : block.rows()) {
      Optional<Section> heading = heading(row);
      // "方向性" is both the last part's heading and the label of its first line: a repeat of it is
      // a line of that part. Another part's heading printed again (at the top of its next page)
      // is no line of it.
      if (heading.isPresent() && heading.get() == current && current != Section.DIRECTION) {
        continue;
      }
      if (heading.isPresent() && heading.get() != current) {
        current = heading.get();
        if (parts.containsKey(current)) {
          problems.error(row, null, "the part " + current.title() + " appears twice in one sheet",
              "check that a sheet heading (令和 N年度 事務事業マネジメントシート) is not missing before this line");
        }
        parts.put(current, new ArrayList<>());
      } else if (current != null) {
        parts.get(current).add(row);
      } else if (!row.isBlank()) {
        problems.error(row, null, "text before the first part of the sheet: " + row.joined(),
            "a sheet continues with the heading 事業の基本情報 after its title line");
      }
    }
    return new Sections(parts);
  }

  private static Optional<Section> heading(Row row) {
    List<Cell> cells = row.nonEmpty();
    if (cells.size() != 1) {
      return Optional.empty();
    }
    String key = DECORATION.matcher(Texts.key(cells.get(0).text())).replaceAll("");
    for (Section s : Section.values()) {
      if (Texts.key(s.title()).equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  Optional<List<Row>> find(Section s) {
    return Optional.ofNullable(parts.get(s));
  }

  /** The parts the sheet has. */
  java.util.Set<Section> present() {
    return parts.isEmpty() ? java.util.EnumSet.noneOf(Section.class) : java.util.EnumSet.copyOf(parts.keySet());
  }
}
