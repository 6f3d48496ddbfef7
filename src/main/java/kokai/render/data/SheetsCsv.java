package kokai.render.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kokai.model.CostYear;
import kokai.model.Evaluation;
import kokai.model.Funding;
import kokai.model.Personnel;
import kokai.model.Projects;
import kokai.model.Score;
import kokai.model.Sheet;
import kokai.model.SheetRef;

/**
 * {@code sheets.csv}: one row per sheet with its key figures for its own fiscal year (and the
 * next year's budget), for a quick spreadsheet of every project. Unknown figures are empty cells.
 */
final class SheetsCsv {
  private final DataUrls urls;

  SheetsCsv(DataUrls urls) {
    this.urls = urls;
  }

  /**
   * The file, one row per sheet, with the header row in {@code lang}: the rows are the same in
   * either language. {@code projects}: each sheet's project key ({@link #projects}).
   */
  SheetList list(String path, Csv.Lang lang, Map<SheetRef, String> projects) {
    List<Column<Sheet>> columns = columns(projects);
    Csv.Rows<Sheet> rows = new Csv.Rows<>(columns);
    return SheetList.csv(path, Csv.head(columns, lang), s -> rows.of(List.of(s)));
  }

  /**
   * Each sheet's project ({@code groups}: {@link Projects#groups()}), named by the project's oldest sheet ({@code 2021/088}), as the address of
   * its comparison page is: one key for the sheets a reader groups as one project's years.
   */
  static Map<SheetRef, String> projects(List<List<Sheet>> groups) {
    Map<SheetRef, String> keys = new HashMap<>();
    for (List<Sheet> project : groups) {
      String key = project.get(0).ref().toString();
      project.forEach(s -> keys.put(s.ref(), key));
    }
    return keys;
  }

  /** The columns, for their headers alone. */
  List<Column<Sheet>> columns() {
    return columns(Map.of());
  }

  private List<Column<Sheet>> columns(Map<SheetRef, String> projects) {
    return List.of(
        new Column<>("年度", "fiscal_year", Sheet::fiscalYear),
        new Column<>("年度（和暦）", "fiscal_year_japanese", s -> s.year().japanese()),
        new Column<>("事業番号", "id", Sheet::id),
        new Column<>("事務事業名", "title", Sheet::title),
        new Column<>("部", "department", s -> s.organization().department()),
        new Column<>("課", "division", s -> s.organization().division()),
        new Column<>("係", "section", s -> s.organization().section()),
        new Column<>("新規・継続", "status", Sheet::status),
        new Column<>("事業分類", "classification", Sheet::classification),
        new Column<>("SDGs", "sdgs", s -> s.sdgs().isEmpty() ? null
            : s.sdgs().stream().map(String::valueOf).collect(Collectors.joining(" "))),
        own("予算額（千円）", "budget", CostYear::budget),
        own("決算額（千円）", "settlement", CostYear::settlement),
        own("一般財源（千円）", "funding_general", c -> funding(c, Funding::general)),
        own("国庫、県支出金、地方債（千円）", "funding_grants_and_bonds", c -> funding(c, Funding::grantsAndBonds)),
        own("その他財源（千円）", "funding_other", c -> funding(c, Funding::other)),
        own("人件費（千円）", "personnel_cost", c -> personnel(c, Personnel::total)),
        own("正職員従事割合（人）", "regular_staff", c -> personnel(c, Personnel::regularStaff)),
        own("総コスト（千円）", "total_cost", CostYear::totalCost),
        new Column<>("翌年度予算額（千円）", "next_year_budget",
            s -> s.findCost(s.fiscalYear() + 1).map(CostYear::budget).orElse(null)),
        new Column<>("方向性", "direction", s -> s.direction() == null ? null : s.direction().decision()),
        score("評点 市民ニーズ", "score_citizen_needs", Evaluation::citizenNeeds),
        score("評点 進捗状況", "score_progress", Evaluation::progress),
        score("評点 市の関与", "score_city_involvement", Evaluation::cityInvolvement),
        score("評点 優先度", "score_priority", Evaluation::priority),
        new Column<>("指標数", "indicator_count", s -> s.indicators().size()),
        new Column<>("公表日", "published", Sheet::published),
        new Column<>("更新日", "updated", Sheet::updated),
        new Column<>("URL", "url", s -> urls.page(s.ref())),
        new Column<>("JSON", "json_url", s -> urls.sheetJson(s.ref())),
        new Column<>("CSV", "csv_url", s -> urls.sheetCsv(s.ref())),
        new Column<>("事業（最初のシート）", "project", s -> projects.get(s.ref())));
  }

  /** A figure of the cost column of the sheet's own fiscal year. */
  private static Column<Sheet> own(String ja, String en, Function<CostYear, Object> f) {
    return new Column<>(ja, en, s -> s.findOwnCost().map(f).orElse(null));
  }

  private static Column<Sheet> score(String ja, String en, Function<Evaluation, Score> f) {
    return new Column<>(ja, en, s -> Optional.ofNullable(s.evaluation()).map(f).map(Score::score).orElse(null));
  }

  private static Object funding(CostYear c, Function<Funding, Long> f) {
    return c.funding() == null ? null : f.apply(c.funding());
  }

  private static Object personnel(CostYear c, Function<Personnel, Object> f) {
    return c.personnel() == null ? null : f.apply(c.personnel());
  }
}
