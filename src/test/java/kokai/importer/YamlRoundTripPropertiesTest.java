package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kokai.diag.Diagnostics;
import kokai.load.ContentLoader;
import kokai.model.Direction;
import kokai.model.Organization;
import kokai.model.Overview;
import kokai.model.PlanEntry;
import kokai.model.Score;
import kokai.model.Sheet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever text a sheet carries (YAML's special characters, numbers as text, spaces at either end,
 * Japanese of any width), the written file loads back into an equal sheet.
 */
class YamlRoundTripPropertiesTest {
  private static final SheetYamlWriter WRITER = new SheetYamlWriter();
  private static Path root;

  @BeforeContainer
  static void makeRoot() throws IOException {
    root = Files.createTempDirectory("kokai-yaml");
    Files.createDirectories(root.resolve("sheets/2022"));
  }

  @AfterContainer
  static void removeRoot() throws IOException {
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> chars = Arbitraries.strings()
        .withChars(":#-?&*!|>'\"%@`{}[],~ \t\n\u3000。、（）・ー")
        .withCharRange('a', 'z').withCharRange('0', '9').withCharRange('あ', 'ん').withCharRange('０', '９')
        .ofMinLength(1).ofMaxLength(30)
        // A text of only spaces is read as not given (shown as "—"), so it does not load back as written.
        .filter(t -> !t.isBlank());
    return Arbitraries.oneOf(chars, Arbitraries.of("null", "~", "yes", "No", "true", "088", "1.50", "0x1F",
        "1e3", ".inf", "2022-04-01", "8:30", "- a", "? b", "--- c", "#", "'", "\"", " 先頭", "末尾 "));
  }

  @Property(tries = 300)
  void anyTextLoadsBackAsWritten(@ForAll("text") String a, @ForAll("text") String b, @ForAll("text") String c)
      throws IOException {
    // A project name, a department and a division are never blank (the loader and the record refuse
    // them), and blanks around the last two are not kept: the prefixes keep any text from being blank alone.
    Sheet sheet = new Sheet(2022, "001", "事業" + a, b, null, null, null, new Organization("部" + c, "課" + a, b), List.of(b, c),
        List.of(new PlanEntry(c, a)), c, null, null, List.of(a, b), List.of(), b, List.of(), new Overview(a, b, c),
        List.of(), null, List.of(), null, null, new Direction(b, c), List.of(), null);
    Path file = root.resolve("sheets/2022/001.yaml");
    Files.writeString(file, WRITER.write(sheet));

    Diagnostics d = new Diagnostics();
    Optional<Sheet> loaded = new ContentLoader().loadSheet(file, d);

    assertThat(loaded).as(d.sorted().toString()).hasValue(sheet);
  }

  @Property(tries = 100)
  void anyFigureLoadsBackWithItsDecimals(@ForAll("figures") BigDecimal staff) throws IOException {
    Sheet sheet = new Sheet(2022, "001", "t", null, null, null, null, new Organization("部", "課", null), List.of(),
        List.of(), null, null, null, List.of(), List.of(), null, List.of(), null,
        List.of(new kokai.model.CostYear(2022, 1L, null, null,
            new kokai.model.Personnel(null, staff, staff.abs(), null))),
        null, List.of(), null, new kokai.model.Evaluation(new Score(1, null), null, null, null), null, List.of(), null);
    Path file = root.resolve("sheets/2022/001.yaml");
    Files.writeString(file, WRITER.write(sheet));

    Optional<Sheet> loaded = new ContentLoader().loadSheet(file, new Diagnostics());

    assertThat(loaded).hasValue(sheet);
  }

  @Provide
  Arbitrary<BigDecimal> figures() {
    return Arbitraries.integers().between(0, 2).flatMap(scale ->
        Arbitraries.bigDecimals().between(new BigDecimal("-99999999"), new BigDecimal("99999999")).ofScale(scale));
  }
}
