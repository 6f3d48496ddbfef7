package kokai.site;

import java.util.List;
import java.util.Objects;
import kokai.model.Sheet;

/**
 * A section (係) of a division, with its sheets (newest fiscal year first, then by id). The name is
 * null for sheets that name no section. The anchor is the fragment on the department page.
 */
public record Section(String name, String anchor, List<Sheet> sheets) {
  public Section {
    Objects.requireNonNull(anchor, "anchor");
    sheets = List.copyOf(sheets);
  }
}
