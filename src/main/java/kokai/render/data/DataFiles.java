package kokai.render.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import kokai.model.Projects;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;

/**
 * Makes the downloadable data files: per sheet {@code <year>/<id>/sheet.json} and {@code sheet.csv}
 * (whose key column gives each row's English field path; an English site adds {@code sheet.en.csv}); for the site {@code data/sheets.csv}, {@code data/sheets.json},
 * {@code data/costs.csv} (each CSV also with English headers as {@code *.en.csv}) and the JSON
 * Schema of the sheet format. Same input, same bytes.
 *
 * <pre>{@code
 * DataFiles data = new DataFiles(content.site());
 * for (DataFile f : data.all(content.sheets(), SheetSchema.sheet())) {
 *   sink.write(f.path(), f.bytes());
 * }
 * }</pre>
 */
public final class DataFiles {
  public static final String SHEET_JSON = "sheet.json";
  public static final String SHEET_CSV = "sheet.csv";
  /** On an English site, the sheet's CSV with English headers, sections, items and units. */
  public static final String SHEET_CSV_EN = "sheet.en.csv";
  public static final String DIR = "data/";
  public static final String SHEETS_CSV = DIR + "sheets.csv";
  public static final String SHEETS_CSV_EN = DIR + "sheets.en.csv";
  public static final String SHEETS_JSON = DIR + "sheets.json";
  public static final String COSTS_CSV = DIR + "costs.csv";
  public static final String COSTS_CSV_EN = DIR + "costs.en.csv";
  public static final String SCHEMA = DIR + "sheet.schema.json";

  private final SiteConfig site;
  private final DataUrls urls;
  private final ModelJson json = new ModelJson();
  private final SheetCsv sheetCsv = new SheetCsv();

  public DataFiles(SiteConfig site) {
    this.site = Objects.requireNonNull(site, "site");
    this.urls = new DataUrls(site.baseUrl());
  }

  /** Every data file of the site, per sheet first, then the site-wide ones, in memory. */
  public List<DataFile> all(List<Sheet> sheets, String schema) {
    List<DataFile> out = new ArrayList<>();
    sheets.forEach(s -> out.addAll(ofSheet(s)));
    out.addAll(ofSite(sheets, schema));
    return out;
  }

  /**
   * The data files of one sheet, in its page's folder. An English site adds the CSV with English
   * headers and labels; {@code sheet.csv} stays Japanese there too, the same file for every city.
   */
  public List<DataFile> ofSheet(Sheet s) {
    return pathsOfSheet(s).stream().map(path -> new DataFile(path, path.endsWith(SHEET_JSON) ? json.bytes(s)
        : sheetCsv.write(s, path.endsWith(SHEET_CSV_EN) ? Csv.Lang.EN : Csv.Lang.JA))).toList();
  }

  /** A column of a CSV file as its header names it: the Japanese header and the English key. */
  public record Header(String ja, String key) {}

  /** The columns of a CSV file the site publishes, in their order, for the open-data page to explain. */
  public record Columns(String file, List<Header> headers) {}

  /** The columns of {@code sheets.csv}, {@code costs.csv} and each sheet's {@code sheet.csv}. */
  public List<Columns> columns() {
    return List.of(new Columns(SHEETS_CSV, headers(new SheetsCsv(urls).columns())),
        new Columns(COSTS_CSV, headers(CostsCsv.columns(Csv.Lang.JA))),
        new Columns(SHEET_CSV, headers(SheetCsv.columns(Csv.Lang.JA))));
  }

  private static List<Header> headers(List<? extends Column<?>> columns) {
    return columns.stream().map(c -> new Header(c.ja(), c.en())).toList();
  }

  /** The paths of {@link #ofSheet}'s files, without making them: for a check, which only names them. */
  public List<String> pathsOfSheet(Sheet s) {
    String dir = DataUrls.sheetDir(s.ref());
    return site.language().equals("en")
        ? List.of(dir + SHEET_JSON, dir + SHEET_CSV, dir + SHEET_CSV_EN)
        : List.of(dir + SHEET_JSON, dir + SHEET_CSV);
  }

  /**
   * The site-wide data files below {@code data/}, held in memory (for small sites and tests); see
   * {@link #writeSite} for what they hold.
   */
  public List<DataFile> ofSite(List<Sheet> sheets, String schema) {
    Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
    writeSite(sheets, schema, path -> files.computeIfAbsent(path, p -> new ByteArrayOutputStream()));
    return files.entrySet().stream().map(e -> new DataFile(e.getKey(), e.getValue().toByteArray())).toList();
  }

  /** The paths of the files {@link #writeSite} writes, without making them: for a check, which only names them. */
  public List<String> sitePaths() {
    return List.of(SHEETS_CSV, SHEETS_CSV_EN, SHEETS_JSON, COSTS_CSV, COSTS_CSV_EN, SCHEMA);
  }

  /**
   * Writes the site-wide data files, each streamed to the stream {@code open} gives for its path
   * (and closed), so that a city with a hundred thousand sheets does not need its data in memory;
   * {@code sheets} in the order to list them. {@code schema} is the JSON Schema of the sheet
   * format, published as {@code data/sheet.schema.json}: the build passes the loader's, so the
   * published schema is the one the content was checked by.
   */
  public void writeSite(List<Sheet> sheets, String schema, Function<String, OutputStream> open) {
    for (SheetList list : lists(sheets)) {
      list.write(sheets, open.apply(list.path()));
    }
    DataFile file = schema(schema);
    try (OutputStream out = open.apply(file.path())) {
      out.write(file.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code data/sheet.schema.json}, the JSON Schema of the sheet format {@code schema}, as {@link #writeSite} writes it. */
  public DataFile schema(String schema) {
    return new DataFile(SCHEMA, schema.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The site-wide files that list every sheet, in the order {@link #writeSite} writes them: all
   * of {@link #sitePaths} but the schema, for {@code sheets}. Each is made afresh, for one thread.
   * {@code sheets.csv} names each sheet's project, and {@code sheets.json} lists the projects after
   * the sheets, each as its sheets oldest first ({@code ["2021/088", "2022/088"]}): the sheets'
   * records are sheets as the schema has them, with no room for a field of the site's making.
   */
  public List<SheetList> lists(List<Sheet> sheets) {
    List<List<Sheet>> groups = Projects.of(sheets).groups();
    List<List<String>> projects = groups.stream().map(p -> p.stream().map(s -> s.ref().toString()).toList()).toList();
    Map<SheetRef, String> keys = SheetsCsv.projects(groups);
    SheetsCsv table = new SheetsCsv(urls);
    CostsCsv costs = new CostsCsv();
    return List.of(table.list(SHEETS_CSV, Csv.Lang.JA, keys).dependingOn(projects),
        table.list(SHEETS_CSV_EN, Csv.Lang.EN, keys).dependingOn(projects),
        SheetList.jsonLines(SHEETS_JSON, json.listHead(sheetsJsonHead(), "sheets"), json::line,
            json.listEnd("projects", projects)).dependingOn(projects),
        costs.list(COSTS_CSV, Csv.Lang.JA), costs.list(COSTS_CSV_EN, Csv.Lang.EN));
  }

  /** The fields of {@code sheets.json} before the sheets: the site's name and the data licence. */
  private ObjectNode sheetsJsonHead() {
    ObjectNode root = ModelJson.object();
    root.put("title", site.title());
    root.put("city", site.city());
    root.set("license", json.tree(site.license()));
    if (site.baseUrl() != null) {
      root.put("baseUrl", site.baseUrl());
      root.put("schema", urls.site(SCHEMA));
    }
    return root;
  }
}
