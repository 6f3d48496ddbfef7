package kokai.render;

import java.util.List;
import kokai.render.chart.Chart;
import kokai.render.cite.Citation;
import kokai.render.cite.MetaTag;
import kokai.render.data.Download;

/**
 * What a sheet page offers people who reuse it: its data downloads, its charts, the suggested
 * citation, link-preview tags, the JSON-LD, and the comparison page of the project across years
 * ({@code compareUrl}, null when the project has one year only). {@code cost} and {@code funding}
 * are null when the sheet has no such figures.
 *
 * <pre>{@code
 * <#list page.data.downloads as d><a href="${link.to(d.url)}">${d.label}</a></#list>
 * }</pre>
 */
public record SheetData(List<Download> downloads, Chart cost, Chart funding, List<Chart> indicatorCharts,
    Citation citation, List<MetaTag> meta, String jsonLd, String compareUrl) {
  public SheetData {
    downloads = List.copyOf(downloads);
    indicatorCharts = List.copyOf(indicatorCharts);
    meta = List.copyOf(meta);
  }

  /** The chart of the {@code number}-th shown indicator (from 1), as a list of none or one for {@code <#list>}. */
  public List<Chart> indicatorChart(int number) {
    String id = "chart-indicator-" + number;
    return indicatorCharts.stream().filter(c -> c.id().equals(id)).toList();
  }
}
