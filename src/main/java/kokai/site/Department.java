package kokai.site;

import java.util.List;
import java.util.Objects;
import kokai.model.Sheet;

/** A department (部): its URL slug, its divisions and its totals per fiscal year. */
public record Department(String name, String slug, String url, List<Division> divisions, List<Totals> totals) {
  public Department {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(url, "url");
    divisions = List.copyOf(divisions);
    totals = List.copyOf(totals);
  }

  /** Every sheet of the department. */
  public List<Sheet> sheets() {
    return divisions.stream().flatMap(d -> d.sheets().stream()).toList();
  }

  /** The division with this name. */
  public java.util.Optional<Division> findDivision(String division) {
    return divisions.stream().filter(d -> d.name().equals(division)).findFirst();
  }
}
