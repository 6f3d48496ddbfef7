package kokai.render;

import java.util.List;
import kokai.model.Sheet;
import kokai.render.cite.Citation;
import kokai.render.compare.Comparison;

/** The page comparing one project across fiscal years ({@code compare/<id>/}), with its suggested citation. */
public record ComparePage(Comparison comparison, String url, String title, List<Sheet> sheets, Citation citation)
    implements PageModel {
  public ComparePage {
    sheets = List.copyOf(sheets);
  }

  @Override
  public String template() {
    return "compare.ftlh";
  }
}
