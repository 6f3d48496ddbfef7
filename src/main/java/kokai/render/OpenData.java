package kokai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kokai.model.Indicator;
import kokai.model.Projects;
import kokai.model.Sheet;
import kokai.render.chart.Chart;
import kokai.render.chart.ChartText;
import kokai.render.chart.Charts;
import kokai.render.cite.SheetMeta;
import kokai.render.compare.Comparison;
import kokai.render.compare.Comparisons;
import kokai.render.data.DataFile;
import kokai.render.data.DataFiles;
import kokai.render.data.Download;
import kokai.render.feed.AtomFeed;
import kokai.site.Department;
import kokai.site.OutputSink;
import kokai.site.SiteIndex;

/**
 * The reuse side of the pages: writes each sheet's data files beside its page and gathers the
 * sheet's charts, citation and metadata; makes the department charts and the comparison pages.
 */
final class OpenData {
  private final SiteIndex index;
  private final OutputSink sink;
  private final DataFiles data;
  private final SheetMeta meta;
  private final Charts charts;
  private final Messages messages;
  private final boolean english;

  OpenData(SiteIndex index, OutputSink sink, Messages messages) {
    this.index = index;
    this.sink = sink;
    this.messages = messages;
    this.english = index.config().language().equals("en");
    this.charts = new Charts(new ChartText(messages::find, english));
    this.data = new DataFiles(index.config());
    this.meta = new SheetMeta(index.config(), messages::find);
  }

  /** Writes the sheet's data files and returns what its page shows of them; {@code shown} are the indicators on the page. */
  SheetData sheet(Sheet s, List<Indicator> shown) {
    List<DataFile> files = data.ofSheet(s);
    files.forEach(f -> sink.write(f.path(), f.bytes()));
    List<Download> downloads = Download.of(files);
    String url = index.sheetUrl(s);
    List<Chart> indicatorCharts = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      charts.indicator(shown.get(i), i + 1, s.fiscalYear()).ifPresent(indicatorCharts::add);
    }
    String compare = index.compareUrl(s).orElse(null);
    return new SheetData(downloads, charts.costTrend(s).orElse(null), charts.funding(s).orElse(null), indicatorCharts,
        meta.citation(s, url), meta.socialTags(s, url), meta.jsonLd(s, url, downloads), compare);
  }

  Optional<Chart> department(Department d) {
    return charts.totals("chart-department", d.name(), d.totals());
  }

  /**
   * The comparison pages of the projects of the given sheets, by URL, each made only when it is
   * rendered: at 100,000 sheets the comparisons of every project held at once would take a tenth
   * of a 1 GB heap.
   */
  List<PageFactory.Planned> comparePages(List<Sheet> of) {
    Map<String, Sheet> projects = new TreeMap<>();
    for (Sheet s : of) {
      index.compareUrl(s).ifPresent(url -> projects.putIfAbsent(url, s));
    }
    List<PageFactory.Planned> out = new ArrayList<>();
    projects.forEach((url, s) -> out.add(new PageFactory.Planned(url, true, () -> {
      List<Sheet> project = project(s);
      Comparison c = Comparisons.of(project, url, index::sheetUrl, messages::find, english).orElseThrow();
      return new ComparePage(c, c.url(), c.title(), project, meta.citation(c.title(), c.url(), project));
    })));
    return out;
  }

  /** The open-data page listing the site-wide files the data stage writes. */
  DataPage dataPage(String title) {
    List<String> files = List.of(DataFiles.SHEETS_CSV, DataFiles.SHEETS_CSV_EN, DataFiles.SHEETS_JSON,
        DataFiles.COSTS_CSV, DataFiles.COSTS_CSV_EN, DataFiles.SCHEMA);
    boolean feed = new AtomFeed(index.config()).whyNone(index.sheets()).isEmpty();
    return new DataPage(DataPage.URL, title, files, feed, data.columns());
  }

  /** The sheets of the project of {@code s}, oldest first, as the comparison's columns and its list of sheets run. */
  private List<Sheet> project(Sheet s) {
    List<Sheet> all = new ArrayList<>(index.otherYears(s));
    all.add(s);
    all.sort(Projects.OLDEST_FIRST);
    return all;
  }
}
