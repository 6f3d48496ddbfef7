package kokai.render.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import kokai.diag.Diagnostics;
import kokai.load.Content;
import kokai.load.ContentLoader;
import kokai.load.SheetSchema;
import kokai.model.CostYear;
import kokai.model.Funding;
import kokai.model.Indicator;
import kokai.model.IndicatorValue;
import kokai.model.Sheet;
import kokai.model.SiteConfig;
import kokai.testutil.SampleContent;
import kokai.testutil.SheetCopies;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {
  @TempDir static Path dir;
  static Content content;
  static Map<String, byte[]> files;

  @BeforeAll
  static void build() {
    content = SampleContent.load(dir.resolve("content"));
    files = new LinkedHashMap<>();
    new DataFiles(content.site()).all(content.sheets(), SheetSchema.sheet()).forEach(f -> files.put(f.path(), f.bytes()));
  }

  /** A check names the data files without making them: the names are those the build writes, in both languages. */
  @Test
  void thePathsACheckNamesAreTheFilesTheBuildWrites() {
    for (String language : List.of("ja", "en")) {
      SiteConfig c = content.site();
      DataFiles data = new DataFiles(new SiteConfig(c.title(), c.city(), c.baseUrl(), language, c.description(), c.license(),
          c.theme(), c.departmentSlugs(), c.published()));
      for (Sheet s : content.sheets()) {
        assertThat(data.pathsOfSheet(s)).as(language).containsExactlyElementsOf(data.ofSheet(s).stream().map(DataFile::path).toList());
      }
      assertThat(data.sitePaths()).as(language)
          .containsExactlyInAnyOrderElementsOf(data.ofSite(content.sheets(), SheetSchema.sheet()).stream().map(DataFile::path).toList());
    }
  }

  /** Opened in Excel, "+81-29-…" would be computed and "=HYPERLINK(…)" a live link: such texts are written as text. */
  @Test
  void aTextASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
    assertThat(Csv.text("=HYPERLINK(\"http://evil.example/\",\"click\")")).isEqualTo("'=HYPERLINK(\"http://evil.example/\",\"click\")");
    assertThat(Csv.text("+81-29-883-1111")).isEqualTo("'+81-29-883-1111");
    assertThat(Csv.text("-2+3")).isEqualTo("'-2+3");
    assertThat(Csv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.text("\t=1")).isEqualTo("'\t=1");
    // A dash alone is a cell's "none", numbers stay numbers, and other texts are as written.
    assertThat(Csv.text("-")).isEqualTo("-");
    assertThat(Csv.text(-4924L)).isEqualTo("-4924");
    assertThat(Csv.text(new java.math.BigDecimal("-1.50"))).isEqualTo("-1.50");
    assertThat(Csv.text("市民の満足度 = 90%")).isEqualTo("市民の満足度 = 90%");
  }

  @Test
  void everyCsvStartsWithBomAndEndsLinesWithCrlf() {
    List<String> csvs = files.keySet().stream().filter(p -> p.endsWith(".csv")).toList();
    assertThat(csvs).contains("data/sheets.csv", "data/sheets.en.csv", "data/costs.csv", "data/costs.en.csv",
        "2022/088/sheet.csv");
    for (String p : csvs) {
      byte[] b = files.get(p);
      assertThat(Arrays.copyOf(b, 3)).as(p).containsExactly(0xEF, 0xBB, 0xBF);
      String text = new String(b, StandardCharsets.UTF_8);
      assertThat(text).as(p).endsWith("\r\n");
      assertThat(text.replace("\r\n", "")).as(p + " has a bare line end").doesNotContain("\n").doesNotContain("\r");
    }
  }

  @Test
  void sheetsCsvGivesEachSheetsOwnYearFigures() throws IOException {
    List<CSVRecord> rows = parse("data/sheets.csv");
    assertThat(rows).hasSize(content.sheets().size());
    for (int i = 0; i < rows.size(); i++) {
      Sheet s = content.sheets().get(i);
      CSVRecord r = rows.get(i);
      CostYear own = s.findOwnCost().orElseThrow();
      assertThat(r.get("年度")).isEqualTo(Integer.toString(s.fiscalYear()));
      assertThat(r.get("事業番号")).isEqualTo(s.id());
      assertThat(r.get("事務事業名")).isEqualTo(s.title());
      assertThat(r.get("予算額（千円）")).isEqualTo(cell(own.budget()));
      assertThat(r.get("決算額（千円）")).isEqualTo(cell(own.settlement()));
      assertThat(r.get("人件費（千円）")).isEqualTo(cell(own.personnel() == null ? null : own.personnel().total()));
      assertThat(r.get("URL")).isEqualTo("https://example.jp/hyoka/" + s.fiscalYear() + "/" + s.id() + "/");
      // total cost: settlement (else budget) plus personnel cost, and unknown when either part is
      Long base = own.settlement() != null ? own.settlement() : own.budget();
      Long staff = own.personnel() == null ? null : own.personnel().total();
      assertThat(r.get("総コスト（千円）")).as(s.ref().toString())
          .isEqualTo(base == null || staff == null ? "" : Long.toString(base + staff));
    }
    // an unknown settlement is an empty cell, never 0
    CSVRecord tricky = rows.stream().filter(r -> r.get("事業番号").equals("200")).findFirst().orElseThrow();
    assertThat(tricky.get("決算額（千円）")).isEmpty();
  }

  /**
   * A direction written with blanks around it (' 継続 ', full-width ones too) is in the open data as
   * its listing names it: a reader who filters the CSV or the JSON on 継続 finds every sheet the
   * 継続 page lists.
   */
  @Test
  void aDirectionWrittenWithBlanksIsTheOneItsListingNames() throws IOException {
    Sheet s = content.sheets().get(0);
    Sheet blanks = SheetCopies.with(s, "direction", new kokai.model.Direction("\u3000継続 ", null));
    Map<String, byte[]> out = new LinkedHashMap<>();
    new DataFiles(content.site()).all(List.of(blanks), SheetSchema.sheet()).forEach(f -> out.put(f.path(), f.bytes()));
    String csv = new String(out.get("data/sheets.csv"), StandardCharsets.UTF_8);
    CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.substring(1))).getRecords().get(0);
    assertThat(row.get("方向性")).isEqualTo("継続");
    JsonNode json = new ObjectMapper().readTree(out.get(s.fiscalYear() + "/" + s.id() + "/sheet.json"));
    assertThat(json.at("/direction/decision").asText()).isEqualTo("継続");
  }

  @Test
  void englishVariantHasTheSameCellsUnderEnglishKeys() throws IOException {
    List<CSVRecord> ja = parse("data/sheets.csv");
    List<CSVRecord> en = parse("data/sheets.en.csv");
    assertThat(en.get(0).getParser().getHeaderNames())
        .containsExactlyElementsOf(new SheetsCsv(new DataUrls(null)).columns().stream().map(Column::en).toList());
    for (int i = 0; i < ja.size(); i++) {
      assertThat(en.get(i).toList()).isEqualTo(ja.get(i).toList());
    }
    assertThat(en.get(1).get("budget")).isEqualTo(ja.get(1).get("予算額（千円）"));
  }

  @Test
  void costsCsvHoldsEveryAmountOfEveryCostTable() throws IOException {
    List<CSVRecord> rows = parse("data/costs.csv");
    long columns = content.sheets().stream().mapToLong(s -> s.costs().size()).sum();
    assertThat(rows).hasSize((int) columns * CostsCsv.Item.values().length);
    for (Sheet s : content.sheets()) {
      for (CostYear c : s.costs()) {
        Map<String, String> amounts = rows.stream()
            .filter(r -> r.get("シートの年度").equals("" + s.fiscalYear()) && r.get("事業番号").equals(s.id())
                && r.get("年度").equals("" + c.fiscalYear()))
            .collect(Collectors.toMap(r -> r.get("項目"), r -> r.get("金額（千円）")));
        Funding f = c.funding();
        assertThat(amounts).containsEntry("予算額", cell(c.budget()))
            .containsEntry("決算額", cell(c.settlement()))
            .containsEntry("一般財源", cell(f == null ? null : f.general()))
            .containsEntry("人件費", cell(c.personnel() == null ? null : c.personnel().total()));
      }
    }
    assertThat(parse("data/costs.en.csv").get(0).get("item")).isEqualTo("budget");
  }

  @Test
  void sheetCsvHasEveryFigureOfTheSheetByKeyAndYear() throws IOException {
    for (Sheet s : content.sheets()) {
      List<CSVRecord> rows = parse(s.fiscalYear() + "/" + s.id() + "/sheet.csv");
      assertThat(value(rows, "title", null)).isEqualTo(s.title());
      for (CostYear c : s.costs()) {
        assertThat(value(rows, "costs.budget", c.fiscalYear())).isEqualTo(cell(c.budget()));
        assertThat(value(rows, "costs.settlement", c.fiscalYear())).isEqualTo(cell(c.settlement()));
      }
      for (int i = 0; i < s.indicators().size(); i++) {
        Indicator ind = s.indicators().get(i);
        assertThat(value(rows, "indicators[" + i + "].name", null)).isEqualTo(ind.name());
        for (IndicatorValue v : ind.values()) {
          String key = "indicators[" + i + "].values.";
          assertThat(value(rows, key + "target", v.fiscalYear())).isEqualTo(cell(v.target()));
          assertThat(value(rows, key + "actual", v.fiscalYear())).isEqualTo(cell(v.actual()));
          assertThat(unit(rows, key + "actual", v.fiscalYear())).isEqualTo(cell(ind.unit()));
        }
      }
    }
    List<CSVRecord> rows = parse("2022/088/sheet.csv");
    // every field has its rows, an empty list too (one row, empty value), so stacked files share their keys
    for (java.lang.reflect.RecordComponent c : Sheet.class.getRecordComponents()) {
      String name = c.getName();
      assertThat(rows).as(name).anyMatch(r -> r.get("キー").equals(name) || r.get("キー").startsWith(name + ".")
          || r.get("キー").startsWith(name + "["));
    }
    assertThat(value(rows, "legalBases", null)).isEmpty();
    assertThat(unit(rows, "costs.budget", 2022)).isEqualTo("千円");
    assertThat(rows.stream().filter(r -> r.get("キー").equals("sdgs")).map(r -> r.get("値")).toList())
        .containsExactly("9", "16");
  }

  /** A sheet that starts a new project under an old number says so in its data files, and its sheet.json loads back saying so. */
  @Test
  void aSheetThatStartsANewProjectSaysSoInItsDataFiles() throws IOException {
    Sheet s = content.sheets().get(0);
    Sheet fresh = SheetCopies.with(s, "newProject", true);
    Map<String, byte[]> out = new LinkedHashMap<>();
    new DataFiles(content.site()).all(List.of(fresh), SheetSchema.sheet()).forEach(f -> out.put(f.path(), f.bytes()));
    String path = s.fiscalYear() + "/" + s.id() + "/";
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(out.get(path + "sheet.json")).get("newProject").asBoolean(false)).isTrue();
    assertThat(m.readTree(out.get("data/sheets.json")).at("/sheets/0/newProject").asBoolean(false)).isTrue();
    assertThat(m.readTree(files.get(path + "sheet.json")).get("newProject").isNull()).as("null where the sheet does not say it").isTrue();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(new String(out.get(path + "sheet.csv"), StandardCharsets.UTF_8).substring(1))).getRecords();
    assertThat(value(rows, "newProject", null)).isEqualTo("true");
    Path again = dir.resolve("again-new");
    SampleContent.file(again, "sheets/" + s.fiscalYear() + "/" + s.id() + ".json", new String(out.get(path + "sheet.json"), StandardCharsets.UTF_8));
    Diagnostics d = new Diagnostics();
    assertThat(new ContentLoader().loadSheet(again.resolve("sheets/" + s.fiscalYear() + "/" + s.id() + ".json"), d))
        .as(d.sorted().toString()).contains(fresh);
  }

  @Test
  void sheetJsonLoadsBackAsTheSameSheet() throws IOException {
    Path again = dir.resolve("again");
    SampleContent.file(again, "site.yaml", SampleContent.SITE);
    for (Sheet s : content.sheets()) {
      String path = s.fiscalYear() + "/" + s.id() + "/sheet.json";
      Path f = again.resolve("sheets/" + s.fiscalYear() + "/" + s.id() + ".json");
      SampleContent.file(again, "sheets/" + s.fiscalYear() + "/" + s.id() + ".json",
          new String(files.get(path), StandardCharsets.UTF_8));
      Diagnostics d = new Diagnostics();
      assertThat(new ContentLoader().loadSheet(f, d)).as(d.sorted().toString()).contains(s);
    }
  }

  @Test
  void everyJsonValidatesAgainstThePublishedSchema() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(new String(files.get("data/sheet.schema.json"), StandardCharsets.UTF_8));
    ObjectMapper m = new ObjectMapper();
    for (Sheet s : content.sheets()) {
      JsonNode sheet = m.readTree(files.get(s.fiscalYear() + "/" + s.id() + "/sheet.json"));
      assertThat(schema.validate(sheet)).as(s.ref().toString()).isEmpty();
    }
    JsonNode all = m.readTree(files.get("data/sheets.json"));
    assertThat(all.get("sheets")).hasSize(content.sheets().size());
    for (JsonNode sheet : all.get("sheets")) {
      assertThat(schema.validate(sheet)).isEmpty();
    }
    assertThat(all.get("license").get("name").asText()).isEqualTo("CC BY 4.0");
    // the schema really checks: a sheet.json with a wrong type does not validate
    ObjectNode broken = (ObjectNode) m.readTree(files.get("2022/088/sheet.json"));
    broken.put("fiscalYear", "twenty");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void theSiteWideJsonHasEachSheetOnALineOfItsOwn() throws IOException {
    String text = new String(files.get("data/sheets.json"), StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    int projects = kokai.model.Projects.of(content.sheets()).groups().size();
    assertThat(lines).hasSize(content.sheets().size() + 2 + projects + 1);
    assertThat(lines.get(0)).startsWith("{\"title\":").endsWith("\"sheets\":[");
    // After the sheets, each project on a line of its own.
    assertThat(lines.get(content.sheets().size() + 1)).isEqualTo("],\"projects\":[");
    assertThat(lines.get(content.sheets().size() + 2)).startsWith("[\"");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("]}");
    ObjectMapper m = new ObjectMapper();
    for (int i = 0; i < content.sheets().size(); i++) {
      String line = lines.get(i + 1);
      JsonNode sheet = m.readTree(i + 1 < content.sheets().size() ? line.substring(0, line.length() - 1) : line);
      assertThat(sheet).isEqualTo(m.readTree(files.get(sheet.get("fiscalYear").asText() + "/" + sheet.get("id").asText() + "/sheet.json")));
    }
  }

  @Test
  void sameInputGivesTheSameBytes() {
    List<DataFile> second = new DataFiles(content.site()).all(content.sheets(), SheetSchema.sheet());
    assertThat(second).hasSize(files.size());
    for (DataFile f : second) {
      assertThat(f.bytes()).as(f.path()).isEqualTo(files.get(f.path()));
    }
  }

  private static List<CSVRecord> parse(String path) throws IOException {
    String text = new String(files.get(path), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    return f.parse(new StringReader(text.substring(1))).getRecords();
  }

  private static String value(List<CSVRecord> rows, String key, Integer year) {
    return find(rows, key, year).get("値");
  }

  private static String unit(List<CSVRecord> rows, String key, Integer year) {
    return find(rows, key, year).get("単位");
  }

  private static CSVRecord find(List<CSVRecord> rows, String key, Integer year) {
    List<CSVRecord> found = rows.stream()
        .filter(r -> r.get("キー").equals(key) && r.get("年度").equals(year == null ? "" : year.toString()))
        .toList();
    assertThat(found).as(key + " " + year).hasSize(1);
    return found.get(0);
  }

  /** What a CSV cell holds for a value: empty when unknown. */
  private static String cell(Object v) {
    if (v instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    return Objects.toString(v, "");
  }
}
