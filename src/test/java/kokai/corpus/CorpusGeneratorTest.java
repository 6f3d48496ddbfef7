package kokai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kokai.load.Content;
import kokai.load.ContentLoader;
import kokai.load.LoadResult;
import kokai.model.CostYear;
import kokai.model.IndicatorValue;
import kokai.model.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final CorpusSpec SPEC = new CorpusSpec(20240401L, 600, 2020, 2024);

  @TempDir static Path dir;
  static Path first;
  static LoadResult loaded;

  @BeforeAll
  static void writeAndLoad() {
    first = dir.resolve("a");
    new CorpusWriter().write(new CorpusGenerator(SPEC), first);
    loaded = new ContentLoader().load(first);
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    Path second = dir.resolve("b");
    new CorpusWriter().write(new CorpusGenerator(SPEC), second);
    List<Path> files = files(first);
    assertThat(files).hasSize(SPEC.sheets() + 1);
    assertThat(files(second)).isEqualTo(files);
    for (Path f : files) {
      assertThat(Files.readAllBytes(second.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(first.resolve(f)));
    }
  }

  @Test
  void anotherSeedWritesAnotherCity() {
    CorpusGenerator other = new CorpusGenerator(new CorpusSpec(SPEC.seed() + 1, SPEC.sheets(), 2020, 2024));
    CorpusGenerator same = new CorpusGenerator(SPEC);
    long differing = java.util.stream.IntStream.range(0, 50).filter(i -> !other.sheet(i).equals(same.sheet(i))).count();
    assertThat(differing).isEqualTo(50);
  }

  @Test
  void everyFileLoadsBackWithoutAnyDiagnosticAsTheSameSheet() {
    assertThat(loaded.diagnostics()).isEmpty();
    Content content = loaded.content().orElseThrow();
    assertThat(content.sheets()).hasSize(SPEC.sheets());
    CorpusGenerator g = new CorpusGenerator(SPEC);
    Set<Sheet> generated = new HashSet<>();
    for (int i = 0; i < g.size(); i++) {
      generated.add(g.sheet(i));
    }
    assertThat(new HashSet<>(content.sheets())).isEqualTo(generated);
    assertThat(content.site()).isEqualTo(g.site());
  }

  @Test
  void jsonFilesLoadBackAsTheSameSheetsAsYaml() {
    Path json = dir.resolve("json");
    new CorpusWriter(CorpusWriter.Format.JSON).write(new CorpusGenerator(SPEC), json);
    LoadResult r = new ContentLoader().load(json);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.content().orElseThrow().sheets()).isEqualTo(loaded.content().orElseThrow().sheets());
    assertThat(Files.exists(json.resolve("sheets/2020/001.json"))).isTrue();
  }

  @Test
  void sheetsAreShapedLikeThePublishedOnes() {
    List<Sheet> sheets = loaded.content().orElseThrow().sheets();
    Set<String> departments = sheets.stream().map(s -> s.organization().department()).collect(Collectors.toSet());
    assertThat(departments).hasSizeBetween(20, 30);
    assertThat(sheets.stream().map(s -> s.organization().division()).distinct().count()).isGreaterThan(60);
    assertThat(sheets.stream().map(Sheet::fiscalYear).distinct().sorted().toList()).containsExactly(2020, 2021, 2022, 2023, 2024);
    for (Sheet s : sheets) {
      assertThat(s.indicators()).hasSizeBetween(1, 5);
      assertThat(s.sdgs()).allSatisfy(g -> assertThat(g).isBetween(1, 17));
      assertThat(s.direction().decision()).isIn(kokai.model.Direction.KNOWN);
      for (CostYear c : s.costs()) {
        assertThat(c.settlement() == null).as(s.ref() + " settlement " + c.fiscalYear()).isEqualTo(c.fiscalYear() > s.fiscalYear());
      }
      for (IndicatorValue v : s.indicators().get(0).values()) {
        assertThat(v.actual() == null).as(s.ref() + " actual " + v.fiscalYear()).isEqualTo(v.fiscalYear() > s.fiscalYear());
      }
    }
    // A project keeps its name and department from year to year.
    assertThat(sheets.stream().filter(s -> s.id().equals("001")).map(Sheet::title).distinct()).hasSize(1);
  }

  @Test
  void textsContainWordsPeopleSearchFor() {
    CorpusGenerator g = new CorpusGenerator(new CorpusSpec(SPEC.seed(), 3_000, 2020, 2024));
    Set<String> missing = new java.util.TreeSet<>(
        List.of("子育て", "防災", "図書館", "ごみ", "高齢者", "道路", "検診", "観光", "説明会", "補助"));
    for (int i = 0; i < g.size() && !missing.isEmpty(); i++) {
      Sheet s = g.sheet(i);
      String text = s.title() + s.overview().purpose() + s.overview().activities() + s.results().achievements();
      missing.removeIf(text::contains);
    }
    assertThat(missing).as("words no sheet contains").isEmpty();
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
