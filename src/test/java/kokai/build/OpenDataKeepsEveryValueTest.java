package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a journalist takes from the site is what the city wrote: for every sheet file of a content
 * folder (the real sheets, a generated city, and one sheet of awkward texts and figures), the
 * built sheet.json holds each value of the source file unchanged (decimals with their zeros, an
 * unknown value as null, never 0), sheet.csv has a row for each of them with the same text, and
 * every sheet.json and every record of data/sheets.json validates against data/sheet.schema.json.
 * The source is read as YAML on its own, not through the loader, so that a value the loader or
 * the writers changed on the way shows here.
 */
class OpenDataKeepsEveryValueTest {
  @TempDir static Path dir;

  /** Reads YAML and JSON alike: decimals exact (300.00 stays 300.00), dates and numbers as written. */
  private static final ObjectMapper YAML = exact(new YAMLFactory());
  private static final ObjectMapper JSON = exact(null);

  /** Texts a CSV parser must give back whole; figures whose zeros and unknowns must stay as they are. */
  private static final String AWKWARD = """
      fiscalYear: 2022
      id: "007"
      title: '窓口 "ワンストップ" 化, 第2期'
      organization: {department: 総務部, division: 市民窓口課, section: null}
      status: 継続
      sdgs: [16]
      overview:
        target: 市民
        purpose: |
          申請の手間を減らす。
          "一度で済む" 窓口、つまり
            字下げした行, と空行

          のある文。
        activities: +81-29-883-1111 へ電話で受け付ける
      costs:
        - {fiscalYear: 2021, budget: 0, settlement: 0, funding: {general: 0, grantsAndBonds: 0, other: 0}, personnel: {total: 0, regularStaff: 0.00}}
        - {fiscalYear: 2022, budget: 1200, settlement: 1187, personnel: {total: 3050, regularStaff: 0.10, overtimeHours: 12.50}}
        - {fiscalYear: 2023, budget: 1300, settlement: null, funding: {general: null, grantsAndBonds: null, other: null}}
      indicators:
        - name: =待ち時間の平均
          unit: 分
          kind: 成果指標
          values:
            - {fiscalYear: 2021, target: 15.0, actual: 0.0}
            - {fiscalYear: 2022, target: 12.50, actual: 9.75}
            - {fiscalYear: 2023, target: 10, actual: null}
      evaluation:
        citizenNeeds: {score: 3, comment: "-"}
        progress: {score: 4}
        cityInvolvement: {score: 5}
        priority: {score: 2}
      direction: {decision: 継続, reason: "理由1, 理由2\\n理由3"}
      """;

  @ParameterizedTest
  @ValueSource(strings = {"real", "generated", "awkward"})
  void everyValueOfEverySheetFileReachesItsJsonAndCsvUnchanged(String which) throws IOException {
    Path content = content(which);
    Path out = dir.resolve(which + "-site");
    BuildResult r = new SiteBuild().run(new BuildConfig(content, out, null, dir.resolve("no-themes")));
    assertThat(r.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(out.resolve("data/sheet.schema.json")));

    List<Path> sources = sheetFiles(content);
    assertThat(sources).isNotEmpty();
    for (Path source : sources) {
      JsonNode written = YAML.readTree(source.toFile());
      String folder = written.get("fiscalYear").asText() + "/" + written.get("id").asText() + "/";
      JsonNode json = JSON.readTree(out.resolve(folder + "sheet.json").toFile());
      String name = content.relativize(source).toString();
      assertThat(schema.validate(json)).as(name).isEmpty();
      List<String> differences = new ArrayList<>();
      sameValues(written, json, "", differences);
      assertThat(differences).as(name + ": values of the source that sheet.json does not have as written").isEmpty();

      List<List<String>> rows = csv(out.resolve(folder + "sheet.csv")).stream()
          .map(c -> List.of(c.get("キー"), c.get("年度"), c.get("値"))).toList();
      List<List<String>> leaves = new ArrayList<>();
      leaves(json, "", "", leaves);
      // A known value is its row; an unknown one (null) is an empty row of its key, or of each of
      // its fields when it is a group of fields (participation: null).
      assertThat(rows).as(name + ": sheet.csv rows").containsAll(leaves.stream().filter(l -> !l.get(2).isEmpty()).toList());
      for (List<String> unknown : leaves.stream().filter(l -> l.get(2).isEmpty()).toList()) {
        String key = unknown.get(0);
        assertThat(rows).as(name + ": an empty row for " + unknown).anyMatch(row -> row.get(1).equals(unknown.get(1))
            && row.get(2).isEmpty() && (row.get(0).equals(key) || row.get(0).startsWith(key + ".")));
      }
      // A row whose value the JSON does not hold is only ever an unknown one.
      assertThat(rows).as(name + ": sheet.csv rows with a value the JSON does not have")
          .filteredOn(row -> !leaves.contains(row)).allSatisfy(row -> assertThat(row.get(2)).isEmpty());
    }

    JsonNode all = JSON.readTree(out.resolve("data/sheets.json").toFile());
    assertThat(all.get("sheets")).hasSize(sources.size());
    for (JsonNode sheet : all.get("sheets")) {
      assertThat(schema.validate(sheet)).as(sheet.get("fiscalYear") + "/" + sheet.get("id")).isEmpty();
    }
  }

  private static Path content(String which) throws IOException {
    Path content = dir.resolve(which);
    switch (which) {
      case "real" -> {
        return Path.of("content");
      }
      case "generated" -> new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(3, 60, 2021, 2023)), content);
      default -> {
        Files.createDirectories(content.resolve("sheets/2022"));
        Files.writeString(content.resolve("site.yaml"), MiniSite.SITE_YAML, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("sheets/2022/007.yaml"), AWKWARD, StandardCharsets.UTF_8);
      }
    }
    return content;
  }

  /**
   * Every value the source gives is in the JSON, equal as written (the number 1.50 is not 1.5,
   * a null is a null); a field the source leaves out is unknown in the JSON: null, or an empty list.
   */
  private static void sameValues(JsonNode source, JsonNode json, String path, List<String> differences) {
    if (source.isObject()) {
      if (!json.isObject()) {
        differences.add(path + ": " + source + " became " + json);
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> i = source.fields(); i.hasNext();) {
        Map.Entry<String, JsonNode> e = i.next();
        sameValues(e.getValue(), json.path(e.getKey()), path + "." + e.getKey(), differences);
      }
      for (Iterator<Map.Entry<String, JsonNode>> i = json.fields(); i.hasNext();) {
        Map.Entry<String, JsonNode> e = i.next();
        JsonNode v = e.getValue();
        if (!source.has(e.getKey()) && !v.isNull() && !(v.isArray() && v.isEmpty())) {
          differences.add(path + "." + e.getKey() + ": not in the source, but " + v + " in sheet.json");
        }
      }
    } else if (source.isArray()) {
      if (!json.isArray() || json.size() != source.size()) {
        differences.add(path + ": " + source + " became " + json);
        return;
      }
      for (int i = 0; i < source.size(); i++) {
        sameValues(source.get(i), json.get(i), path + "[" + i + "]", differences);
      }
    } else if (!source.equals(json)) {
      differences.add(path + ": " + source + " became " + json);
    }
  }

  /**
   * The (key, fiscal year, cell) of each value of a sheet.json, as docs/data.md describes sheet.csv:
   * the content's field path, lists of records numbered from 0 except per-year ones, whose year
   * goes to its own column; a list of plain values is a row per element under the list's key.
   */
  private static void leaves(JsonNode node, String key, String year, List<List<String>> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> i = node.fields(); i.hasNext();) {
        Map.Entry<String, JsonNode> e = i.next();
        if (!year.isEmpty() && e.getKey().equals("fiscalYear")) {
          continue;
        }
        leaves(e.getValue(), key.isEmpty() ? e.getKey() : key + "." + e.getKey(), year, out);
      }
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.add(List.of(key, year, ""));
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode e = node.get(i);
        if (e.isObject() && e.path("fiscalYear").isInt()) {
          leaves(e, key, e.get("fiscalYear").asText(), out);
        } else if (e.isObject()) {
          leaves(e, key + "[" + i + "]", year, out);
        } else {
          leaves(e, key, year, out);
        }
      }
    } else {
      out.add(List.of(key, year, cell(node)));
    }
  }

  /** A value as docs/data.md says a CSV cell writes it: numbers plain, unknown empty, a formula-like text after '. */
  private static String cell(JsonNode v) {
    if (v.isNull()) {
      return "";
    }
    if (v.isBigDecimal()) {
      return v.decimalValue().toPlainString();
    }
    String text = v.asText();
    boolean formula = v.isTextual() && !text.isEmpty() && !text.equals("-") && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    return formula ? "'" + text : text;
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text.substring(1))).getRecords();
  }

  private static List<Path> sheetFiles(Path content) {
    try (Stream<Path> walk = Files.walk(content.resolve("sheets"))) {
      return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectMapper exact(YAMLFactory yaml) {
    JsonMapper.Builder b = yaml == null ? JsonMapper.builder() : JsonMapper.builder(yaml);
    return b.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .build();
  }
}
