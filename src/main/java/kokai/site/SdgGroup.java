package kokai.site;

import java.util.List;
import java.util.Objects;
import kokai.model.Sheet;

/** The sheets that serve one SDG goal (1–17), newest fiscal year first. */
public record SdgGroup(int goal, String url, List<Sheet> sheets) {
  public SdgGroup {
    Objects.requireNonNull(url, "url");
    sheets = List.copyOf(sheets);
  }
}
