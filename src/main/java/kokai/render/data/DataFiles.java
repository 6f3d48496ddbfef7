package kokai.render.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kokai.model.Sheet;
import kokai.model.SiteConfig;

/**
 * Makes the downloadable data files: per sheet {@code <year>/<id>/sheet.json}, {@code sheet.csv}
 * and {@code sheet.en.csv}; for the site {@code data/sheets.csv}, {@code data/sheets.json},
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

  /** Every data file of the site, per sheet first, then the site-wide ones. */
  public List<DataFile> all(List<Sheet> sheets, String schema) {
    List<DataFile> out = new ArrayList<>();
    sheets.forEach(s -> out.addAll(ofSheet(s)));
    out.addAll(ofSite(sheets, schema));
    return out;
  }

  /** The data files of one sheet, in its page's folder. */
  public List<DataFile> ofSheet(Sheet s) {
    String dir = DataUrls.sheetDir(s.ref());
    return List.of(
        new DataFile(dir + SHEET_JSON, json.bytes(json.tree(s))),
        new DataFile(dir + SHEET_CSV, sheetCsv.write(s, Csv.Lang.JA)),
        new DataFile(dir + SHEET_CSV_EN, sheetCsv.write(s, Csv.Lang.EN)));
  }

  /**
   * The site-wide data files below {@code data/}; {@code sheets} in the order to list them.
   * {@code schema} is the JSON Schema of the sheet format, published as {@code data/sheet.schema.json}:
   * the build passes the loader's, so the published schema is the one the content was checked by.
   */
  public List<DataFile> ofSite(List<Sheet> sheets, String schema) {
    SheetsCsv table = new SheetsCsv(urls);
    CostsCsv costs = new CostsCsv();
    List<DataFile> out = new ArrayList<>(List.of(
        new DataFile(SHEETS_CSV, table.write(sheets, Csv.Lang.JA)),
        new DataFile(SHEETS_CSV_EN, table.write(sheets, Csv.Lang.EN)),
        new DataFile(SHEETS_JSON, json.bytes(sheetsJson(sheets))),
        new DataFile(COSTS_CSV, costs.write(sheets, Csv.Lang.JA)),
        new DataFile(COSTS_CSV_EN, costs.write(sheets, Csv.Lang.EN))));
    out.add(new DataFile(SCHEMA, schema.getBytes(StandardCharsets.UTF_8)));
    return out;
  }

  /** Every sheet in full, with the site's name and the data licence beside them. */
  private ObjectNode sheetsJson(List<Sheet> sheets) {
    ObjectNode root = ModelJson.object();
    root.put("title", site.title());
    root.put("city", site.city());
    root.set("license", json.tree(site.license()));
    if (site.baseUrl() != null) {
      root.put("baseUrl", site.baseUrl());
      root.put("schema", urls.site(SCHEMA));
    }
    ArrayNode list = ModelJson.array();
    sheets.forEach(s -> list.add(json.tree(s)));
    root.set("sheets", list);
    return root;
  }
}
