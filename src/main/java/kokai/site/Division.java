package kokai.site;

import java.util.List;
import java.util.Objects;
import kokai.model.Sheet;

/** A division (課) of a department with its sections, per-year totals and anchor on the department page. */
public record Division(String name, String anchor, List<Section> sections, List<Totals> totals) {
  public Division {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(anchor, "anchor");
    sections = List.copyOf(sections);
    totals = List.copyOf(totals);
  }

  /** Every sheet of the division, section by section. */
  public List<Sheet> sheets() {
    return sections.stream().flatMap(s -> s.sheets().stream()).toList();
  }
}
