package kokai.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML read from the text in memory gives the tree, the positions and the words about errors that
 * Jackson's own factory, reading through SnakeYAML's windowed reader, gives for the same text.
 */
class InMemoryYamlTest {
  private final TreeReader inMemory = new TreeReader();
  private final TreeReader jacksons = new TreeReader(YAMLFactory.builder().streamReadConstraints(TreeReader.LIMITS).build());

  @TempDir Path dir;

  @Test
  void everyYamlFileOfTheLoaderCasesAndTheRealSheetsReadsAsThroughJacksonsOwnReader() throws IOException {
    List<Path> files = new ArrayList<>();
    for (LoaderCasesTest.Case c : LoaderCasesTest.cases().toList()) {
      for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
        if (TreeReader.isYaml(Path.of(f.getKey()))) {
          Path p = dir.resolve(files.size() + "-" + Path.of(f.getKey()).getFileName());
          files.add(Files.write(p, f.getValue()));
        }
      }
    }
    try (Stream<Path> real = Files.walk(Path.of("content"))) {
      real.filter(p -> TreeReader.isYaml(p)).forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThan(100);
    int compared = 0;
    for (Path f : files) {
      Optional<String> text = SourceText.read(f, new Diagnostics());
      if (text.isPresent()) {
        assertSameReading(f, text.get());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void lineEndsWideCharactersAndErrorsPastTheFirstThousandCharactersStandWhereJacksonsOwnReaderPutsThem() {
    String longText = "あいう、（全角）😀ｘ".repeat(150);
    List<String> texts = List.of(
        "a: 1\r\nb: [1, 2\r\nc: 3\r\n",
        "a: 1\rb: \"open\rc: 3\r",
        "a: x\u0085b: y\u2028c: z\u2029d: [\n",
        "a: \uFEFFx\nb: {c: 1\n",
        "title: " + longText + "\nlist: [1, 2\nnext: 3\n",
        "title: " + longText + "\n  bad: indent\n",
        "title: \"" + longText + "\nid: 1\n",
        "text: |\n  " + longText + "\n  😀 line two\n\tid: 2\n",
        "a: 1\nb: 😀😀 x: y\n",
        "title: " + longText + "\nctrl: \u0007\nlist: [1, 2\n",
        "list: [1, 2\n" + "x: " + longText + "\nctrl: \u0007\n",
        "a: 1\r",
        "a: 'it''s'\nb: \"esc \\u00e9 \\t\"\nc: ~\nd: 010\ne: '010'\nf: yes\ng: 1e3\nh: 2022-04-01\ni:\nj: 1_000\nk: 0x1F\nl: .inf\n",
        "",
        "# only a comment\n");
    for (int i = 0; i < texts.size(); i++) {
      assertSameReading(Path.of("case-" + i + ".yaml"), texts.get(i));
    }
  }

  private void assertSameReading(Path file, String text) {
    Diagnostics ours = new Diagnostics();
    Diagnostics theirs = new Diagnostics();
    Optional<Node> a = inMemory.read(file, text, ours);
    Optional<Node> b = jacksons.read(file, text, theirs);
    // The records' text shows the order of each mapping's fields, which their equality does not.
    assertThat(String.valueOf(a)).as("tree of %s", file).isEqualTo(String.valueOf(b));
    List<Diagnostic> said = ours.sorted();
    assertThat(said).as("diagnostics of %s", file).isEqualTo(theirs.sorted());
  }
}
