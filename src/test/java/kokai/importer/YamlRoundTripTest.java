package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kokai.load.ContentLoader;
import kokai.load.LoadResult;
import kokai.model.BudgetAccount;
import kokai.model.CostYear;
import kokai.model.Direction;
import kokai.model.Evaluation;
import kokai.model.Funding;
import kokai.model.Indicator;
import kokai.model.IndicatorKind;
import kokai.model.IndicatorValue;
import kokai.model.Organization;
import kokai.model.Overview;
import kokai.model.Participation;
import kokai.model.Personnel;
import kokai.model.PlanEntry;
import kokai.model.Results;
import kokai.model.Score;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the YAML writer writes loads back, through the content loader, into an equal sheet. */
class YamlRoundTripTest {
  private final SheetYamlWriter writer = new SheetYamlWriter();

  @Test
  void theSeedSheetsLoadBackEqual(@TempDir Path dir) throws IOException {
    Map<String, Sheet> parsed = Seed.sheets().keySet().stream()
        .collect(Collectors.toMap(Function.identity(), id -> Fixtures.sheet(Seed.sheet(id))));
    for (Sheet s : parsed.values()) {
      save(dir, s);
    }

    Map<String, Sheet> loaded = load(dir);

    assertThat(loaded).isEqualTo(parsed);
  }

  @Test
  void textThatLooksLikeYamlSyntaxOrNumbersStaysText(@TempDir Path dir) throws IOException {
    Sheet tricky = tricky();
    save(dir, tricky);

    assertThat(load(dir)).containsOnlyKeys("007-a").containsValue(tricky);
    String yaml = writer.write(tricky);
    assertThat(yaml).contains("  - \"04\"\n").contains("settlement: null\n").contains("regularStaff: 1.50\n")
        .endsWith("newProject: true\n");
    assertThat(writer.write(tricky)).isEqualTo(yaml);
  }

  @Test
  void fieldsAreWrittenInTheModelsOrderWithNullsShown() {
    String yaml = writer.write(Fixtures.sheet(Seed.sheet("088")));
    List<String> top = yaml.lines().filter(l -> !l.startsWith(" ") && !l.startsWith("-"))
        .map(l -> l.substring(0, l.indexOf(':'))).toList();
    List<String> components = java.util.Arrays.stream(Sheet.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName)
        .filter(n -> !List.of("published", "updated", "related", "newProject").contains(n)).toList();

    assertThat(top).isEqualTo(components);
    assertThat(yaml).startsWith("fiscalYear: 2022\nid: \"088\"\n").contains("  reason: null\n")
        .contains("title: 情報通信ネットワーク運営業務\n").doesNotContain("\\u");
  }

  /**
   * Texts that a YAML reader takes for numbers, dates or keys when they stand plain (YAML 1.1's
   * base-60 8:30 is 510, 0x10 is 16, 2022-04-01 a date) are quoted: SnakeYAML, which reads YAML 1.1,
   * reads them as text too.
   */
  @Test
  void textThatAnotherYamlReaderTakesForANumberOrADateIsQuoted(@TempDir Path dir) throws IOException {
    List<String> texts = List.of("0x10", "0o17", "0b101", "1_000", "8:30", "1:20:30", "-1:30.5", "1e3", "1.5e-3", ".5",
        ".inf", "-.inf", ".nan", "=", "<<", "12", "-3.5", "8:30~22:00", "第1_2号",
        "2022-04-01", "2022-4-1", "2022-04-01T10:00:00Z", "2022-04-01t10:00:00.5+09:00", "2022-04-01 10:00:00",
        "2022-4-1  9:05:00 -5", "2022-04-01 10:00:00.25 Z", "2022-04-01から", "2022-04", "R4-04-01");
    Sheet s = tricky(texts);
    save(dir, s);
    assertThat(load(dir)).containsValue(s);
    String yaml = writer.write(s);
    Map<String, Object> plain = new org.yaml.snakeyaml.Yaml().load(yaml);
    assertThat(plain.get("legalBases")).isEqualTo(texts);
    // Only those: a text with more in it stays plain.
    assertThat(yaml).contains("  - \"8:30\"\n").contains("  - 8:30~22:00\n").contains("  - 第1_2号\n")
        .contains("  - \"2022-04-01\"\n").contains("  - 2022-04-01から\n").contains("  - 2022-04\n");
  }

  private static Sheet tricky() {
    return tricky(List.of());
  }

  private static Sheet tricky(List<String> legalBases) {
    Personnel staff = new Personnel(7046L, new BigDecimal("1.50"), new BigDecimal("100.00"), true);
    return new Sheet(2022, "007-a", "題名: 途中に # と コロン", "事務事業マネジメントシート", LocalDate.of(2023, 8, 1), null,
        new BudgetAccount("01-020108-15", null), new Organization("教育委員会事務局", "学務課", "null"),
        List.of("04", "1", "yes"), List.of(new PlanEntry("1-2", "- 先頭の記号"), new PlanEntry("IV", null)),
        "true", "自治事務（任意）", " 先頭に空白", List.of("~", "8:30~22:00"), legalBases, "2022-04-01",
        List.of(1, 17), new Overview("「引用」", "'単引用'", "一行目\n二行目"),
        List.of(new CostYear(2022, 0L, 12L, new Funding(10L, 2L, 0L), staff),
            new CostYear(2023, 5L, null, new Funding(null, null, null), null)),
        new Participation("*星", "&参照", "!タグ", "%"), List.of(new Indicator("件数", null, IndicatorKind.OUTCOME, "@",
            List.of(new IndicatorValue(2022, new BigDecimal("1570.0"), null)))),
        new Results("{波括弧}", "[角括弧]", "|", ">", "\"二重\""),
        new Evaluation(new Score(1, "#"), null, new Score(5, null), new Score(3, "—")),
        new Direction("継続", "—"), List.of(new SheetRef(2021, "007")), true);
  }

  private void save(Path dir, Sheet s) throws IOException {
    Path f = dir.resolve("sheets").resolve(Integer.toString(s.fiscalYear())).resolve(s.id() + ".yaml");
    Files.createDirectories(f.getParent());
    Files.writeString(f, writer.write(s));
    if (!Files.exists(dir.resolve("site.yaml"))) {
      Files.writeString(dir.resolve("site.yaml"), ContentFiles.DEFAULT_SITE);
    }
  }

  private static Map<String, Sheet> load(Path dir) {
    LoadResult r = new ContentLoader().load(dir);
    assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
    return r.content().orElseThrow().sheets().stream().collect(Collectors.toMap(Sheet::id, Function.identity()));
  }
}
