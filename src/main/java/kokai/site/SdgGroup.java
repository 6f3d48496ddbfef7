package kokai.site;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kokai.model.Sheet;

/**
 * The sheets that serve one SDG goal (1–17), newest fiscal year first, and the same sheets split
 * by fiscal year ({@code years}, newest first), one page each.
 */
public record SdgGroup(int goal, String url, List<Sheet> sheets, List<YearGroup> years) {
  public SdgGroup {
    Objects.requireNonNull(url, "url");
    sheets = List.copyOf(sheets);
    years = List.copyOf(years);
  }

  /** The group with its years worked out from the sheets. */
  public SdgGroup(int goal, String url, List<Sheet> sheets) {
    this(goal, url, sheets, Groups.byYear(url, sheets));
  }

  /** The page of the goal's sheets of one fiscal year, if it has any. */
  public Optional<YearGroup> findYear(int fiscalYear) {
    return Groups.findYear(years, fiscalYear);
  }
}
