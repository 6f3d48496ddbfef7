package kokai.site;

import java.util.List;
import java.util.Objects;
import kokai.model.Sheet;

/** The sheets with one decided direction (継続, 廃止, …), newest fiscal year first. */
public record DirectionGroup(String decision, String slug, String url, List<Sheet> sheets) {
  public DirectionGroup {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(slug, "slug");
    sheets = List.copyOf(sheets);
  }
}
