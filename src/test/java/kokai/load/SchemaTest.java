package kokai.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import kokai.model.Sheet;
import kokai.model.ValueLimits;
import kokai.render.TemplateReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published schema and references are those the code gives, and the content obeys them. */
class SchemaTest {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final String REGENERATE = "regenerate with: java -jar target/kokai.jar schema --write";

  final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  @Test
  void committedSchemaFilesAreUpToDateWithTheModel() throws IOException {
    assertThat(read("schema/sheet.schema.json")).as(REGENERATE).isEqualTo(SheetSchema.sheet());
    assertThat(read("schema/site.schema.json")).as(REGENERATE).isEqualTo(SheetSchema.siteConfig());
    assertThat(read("docs/sheet-format.md")).as(REGENERATE).isEqualTo(FieldReference.markdown());
    assertThat(read("docs/templates.md")).as(REGENERATE).isEqualTo(TemplateReference.markdown());
  }

  @Test
  void schemaHasAPropertyForEveryComponentOfTheSheet() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(SheetSchema.sheet());
    List<String> components = Arrays.stream(Sheet.class.getRecordComponents()).map(RecordComponent::getName).toList();
    assertThat(schema.get("properties").fieldNames()).toIterable().containsExactlyElementsOf(components);
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
  }

  @Test
  void everyContentFileValidates() throws IOException {
    JsonSchema schema = schema(SheetSchema.sheet());
    List<Path> files;
    try (Stream<Path> s = Files.walk(ROOT.resolve("content/sheets"))) {
      files = s.filter(ContentLoader::isSheetFile).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      assertThat(schema.validate(yaml.readTree(f.toFile()))).as(f.toString()).isEmpty();
    }
    JsonSchema site = schema(SheetSchema.siteConfig());
    assertThat(site.validate(yaml.readTree(ROOT.resolve("content/site.yaml").toFile()))).isEmpty();
  }

  @Test
  void aMisspeltFieldDoesNotValidate() throws IOException {
    JsonNode sheet = yaml.readTree("""
        fiscalYear: 2022
        id: "001"
        title: テスト事業
        organization: {department: 総務部, division: 総務課}
        costs:
          - {fiscalYear: 2022, budjet: 100}
        """);
    Set<ValidationMessage> errors = schema(SheetSchema.sheet()).validate(sheet);
    assertThat(errors).anyMatch(m -> m.getMessage().contains("budjet"));
  }

  @Test
  void outOfRangeScoresAndGoalsDoNotValidate() throws IOException {
    JsonNode sheet = yaml.readTree("""
        fiscalYear: 2022
        id: "001"
        title: テスト事業
        organization: {department: 総務部, division: 総務課}
        sdgs: [18]
        evaluation: {progress: {score: 6}}
        """);
    assertThat(schema(SheetSchema.sheet()).validate(sheet)).hasSizeGreaterThanOrEqualTo(2);
  }

  /**
   * An editor's check by the schema agrees with the loader's: a number where text is meant is taken
   * (kept as written) by both; a blank required text, an id that cannot be a URL, a language kokai
   * does not speak, a base URL that is no web address and a slug with a space are refused by both.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      taken: a number as a pledge | sheet | mayoralPledges: [04, 8]                 | true
      taken: a number as a status | sheet | status: 2024                           | true
      refused: a blank title      | sheet | title: "   "                           | false
      refused: an empty id        | sheet | id: ""                                 | false
      refused: an id with a space | sheet | id: "08 8"                             | false
      refused: an id CON          | sheet | id: CON                                | false
      refused: a blank plan code  | sheet | strategicPlan: [{code: " ", title: x}] | false
      refused: a language fr      | site  | language: fr                           | false
      refused: no web address     | site  | baseUrl: example dot jp                | false
      refused: a slug with space  | site  | departmentSlugs: {総務部: "general affairs"} | false
      taken: language en          | site  | language: en                           | true
      refused: a date in 2999     | site  | published: 2999-01-01                  | false
      refused: a date in 1900     | sheet | published: 1900-01-01                  | false
      taken: a date in 2023       | sheet | published: 2023-06-01                  | true
      refused: a figure of 1e19   | sheet | indicators: [{name: 率, kind: 成果指標, values: [{fiscalYear: 2022, target: 1.0e+19}]}] | false
      taken: a year as 2022.0     | sheet | fiscalYear: 2022.0                     | true
      taken: a budget as 1000.0   | sheet | costs: [{fiscalYear: 2022, budget: 1000.0}] | true
      refused: a year 2022.5      | sheet | fiscalYear: 2022.5                     | false
      """)
  void theSchemaAndTheLoaderAgree(String name, String kind, String line, boolean valid, @TempDir Path dir) throws IOException {
    boolean sheet = kind.equals("sheet");
    String base = sheet ? """
        fiscalYear: 2022
        id: "001"
        title: テスト事業
        organization: {department: 総務部, division: 総務課}
        """ : "title: テスト市 事務事業評価\ncity: テスト市\n";
    String key = line.substring(0, line.indexOf(':'));
    String text = base.lines().filter(l -> !l.startsWith(key + ":")).collect(java.util.stream.Collectors.joining("\n", "", "\n")) + line + "\n";
    JsonSchema schema = schema(sheet ? SheetSchema.sheet() : SheetSchema.siteConfig());
    assertThat(schema.validate(yaml.readTree(text))).as("the schema on %s", text).matches(errors -> errors.isEmpty() == valid);
    Files.writeString(dir.resolve("site.yaml"), sheet ? "title: テスト市 事務事業評価\ncity: テスト市\n" : text);
    Path file = dir.resolve("sheets/2022/001.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, sheet ? text : """
        fiscalYear: 2022
        id: "001"
        title: テスト事業
        organization: {department: 総務部, division: 総務課}
        """);
    List<String> errors = new ContentLoader().load(dir).diagnostics().stream().filter(kokai.diag.Diagnostic::isError)
        .map(kokai.diag.Diagnostic::toString).toList();
    assertThat(errors.isEmpty()).as("the loader on %s: %s", text, errors).isEqualTo(valid);
  }

  /**
   * Every figure (a number that is not also taken as text) says that it has at most nine decimals,
   * as the loader refuses more; the schema cannot state it by a keyword validators apply alike.
   */
  @Test
  void everyFigureStatesItsLimitOfDecimals() throws IOException {
    // By where each figure is in the schema: one name in two places is two figures to check.
    Map<String, String> figures = new TreeMap<>();
    collectFigures(new ObjectMapper().readTree(SheetSchema.sheet()), "", figures);

    assertThat(figures.keySet().stream().map(at -> at.substring(at.lastIndexOf('/') + 1)).distinct())
        .containsExactlyInAnyOrder("actual", "overtimeHours", "regularStaff", "target");
    assertThat(figures.values()).allSatisfy(d -> assertThat(d).endsWith("小数点以下は" + ValueLimits.MAX_DECIMALS + "桁まで。"));
    assertThat(figures).hasEntrySatisfying(figures.keySet().stream().filter(at -> at.endsWith("/regularStaff")).findFirst().orElseThrow(),
        d -> assertThat(d).startsWith("人。正職員の従事割合の合計。例: 1.50 "));
  }

  /** Each property whose value is a number only, by its JSON pointer, with its description. */
  private static void collectFigures(JsonNode node, String at, Map<String, String> figures) {
    JsonNode props = node.path("properties");
    props.fieldNames().forEachRemaining(name -> {
      JsonNode p = props.get(name);
      List<String> types = new ArrayList<>();
      p.path("type").forEach(t -> types.add(t.asText()));
      if (p.path("type").isTextual()) {
        types.add(p.get("type").asText());
      }
      if (types.contains("number") && !types.contains("string")) {
        figures.put(at + "/properties/" + name, p.path("description").asText(""));
      }
    });
    node.fields().forEachRemaining(e -> collectFigures(e.getValue(), at + "/" + e.getKey(), figures));
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      collectFigures(node.get(i), at + "/" + i, figures);
    }
  }

  /** The schema's pattern for a date's year is written out; it takes the years the loader takes. */
  @Test
  void aDatesYearIsFromTheFirstFiscalYearToTheYearAfterTheLast() {
    java.util.regex.Pattern years = java.util.regex.Pattern.compile(RecordBinder.DATE_YEARS);
    for (int y = 1000; y <= 9999; y++) {
      boolean inRange = y >= kokai.model.FiscalYear.FIRST && y <= kokai.model.FiscalYear.LAST + 1;
      assertThat(years.matcher(y + "-01-01").find()).as("%d", y).isEqualTo(inRange);
    }
  }

  private static JsonSchema schema(String text) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text);
  }

  private static String read(String path) throws IOException {
    return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
  }
}
