package kokai.site;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kokai.model.Sheet;

/**
 * The sheets with one decided direction (継続, 廃止, …), newest fiscal year first, and the same
 * sheets split by fiscal year ({@code years}, newest first), one page each.
 */
public record DirectionGroup(String decision, String slug, String url, List<Sheet> sheets, List<YearGroup> years) {
  public DirectionGroup {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(url, "url");
    sheets = List.copyOf(sheets);
    years = List.copyOf(years);
  }

  /** The group with its years worked out from the sheets. */
  public DirectionGroup(String decision, String slug, String url, List<Sheet> sheets) {
    this(decision, slug, url, sheets, Groups.byYear(url, sheets));
  }

  /** The page of the direction's sheets of one fiscal year, if it has any. */
  public Optional<YearGroup> findYear(int fiscalYear) {
    return Groups.findYear(years, fiscalYear);
  }
}
