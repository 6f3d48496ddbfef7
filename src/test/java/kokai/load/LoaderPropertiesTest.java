package kokai.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever bytes a sheet file holds, the loader answers with diagnostics that point into the
 * file, or with a sheet; it never throws and never hangs.
 */
class LoaderPropertiesTest {
  static final String VALID = """
      fiscalYear: 2022
      id: "001"
      title: テスト事業
      organization:
        department: 総務部
        division: 総務課
        section: 庶務係
      sdgs: [9, 16]
      costs:
        - fiscalYear: 2022
          budget: 86185
          settlement: 77967
          funding: {general: 77967, grantsAndBonds: 0, other: 0}
          personnel: {total: 7046, regularStaff: 1.00, overtimeHours: 100.00, fiscalYearAppointedStaff: false}
      indicators:
        - name: 停止時間
          unit: 分
          kind: 活動結果指標
          values:
            - {fiscalYear: 2022, target: 280.0, actual: 3.0}
      evaluation:
        progress: {score: 2, comment: 遅れている}
      direction: {decision: 継続, reason: null}
      """;

  static Path root;

  @BeforeContainer
  static void makeRoot() throws IOException {
    root = Files.createTempDirectory("kokai-props");
    Files.createDirectories(root.resolve("sheets/2022"));
  }

  @AfterContainer
  static void removeRoot() throws IOException {
    try (var s = Files.walk(root)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 300)
  void randomYamlNeverCrashes(@ForAll("yamlish") String text) {
    assertOnlyDiagnostics("001.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 200)
  void randomJsonNeverCrashes(@ForAll("jsonish") String text) {
    assertOnlyDiagnostics("001.json", text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void mutatedSheetsNeverCrash(@ForAll("mutations") String text) {
    assertOnlyDiagnostics("001.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 100)
  void randomBytesNeverCrash(@ForAll byte[] bytes) {
    assertOnlyDiagnostics("001.yaml", bytes);
  }

  private static void assertOnlyDiagnostics(String name, byte[] bytes) {
    Path file = root.resolve("sheets/2022").resolve(name);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Diagnostics diags = new Diagnostics();
    boolean loaded = new ContentLoader().loadSheet(file, diags).isPresent();
    List<Diagnostic> ds = diags.sorted();
    if (!loaded) {
      assertThat(ds).as("a sheet that does not load says why").anyMatch(Diagnostic::isError);
    }
    long lines = new String(bytes, StandardCharsets.UTF_8).lines().count() + 1;
    for (Diagnostic d : ds) {
      assertThat(d.location().file()).isEqualTo(file);
      assertThat(d.location().line()).isBetween(0, (int) lines + 1);
      assertThat(d.message()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> yamlish() {
    return Arbitraries.strings()
        .withChars(":-[]{}\"'#&*!|>%@`,? \n\t0123456789abcdefghij年度事業\u3000")
        .ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.strings().withChars("{}[]\":,0123456789.-truefalsn \n\\u年").ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> mutations() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length());
    Arbitrary<String> insert = Arbitraries.of(":", "-", " ", "\n", "  ", "\t", "[", "]", "{", "}", "\"", "'", "#",
        "null", "0", "-1", "99999999999999999999", "1.5", "true", "abc", "—", "&a", "*a", "!!binary", "? ", "\u3000");
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
    return Combinators.combine(position, insert, length, kind).as((pos, ins, len, k) -> {
      int end = Math.min(VALID.length(), pos + len);
      return switch (k) {
        case 0 -> VALID.substring(0, pos) + ins + VALID.substring(pos);
        case 1 -> VALID.substring(0, pos) + VALID.substring(end);
        case 2 -> VALID.substring(0, pos) + ins + VALID.substring(end);
        default -> VALID.substring(0, pos);
      };
    });
  }
}
