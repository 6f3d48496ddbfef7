package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing the seed gives exactly the sheet files committed under content/sheets (byte for byte,
 * no file more or less), and a second run changes nothing.
 */
class SeedGoldenTest {
  private static final Path EXPECTED = Path.of("content", "sheets");

  @Test
  void importingTheSeedGivesTheCommittedContentFiles(@TempDir Path out) throws IOException {
    ImportReport first = Fixtures.run(out, false, Seed.path());

    assertThat(first.ok()).as(first.diagnostics().toString()).isTrue();
    assertThat(first.siteWritten()).isTrue();
    Map<String, String> expected = files(EXPECTED);
    Map<String, String> actual = files(out.resolve("sheets"));
    assertThat(expected).as("committed sheets").isNotEmpty();
    assertThat(actual.keySet()).as("unpaired files").isEqualTo(expected.keySet());
    for (String name : expected.keySet()) {
      assertThat(visible(actual.get(name))).as(name).isEqualTo(visible(expected.get(name)));
    }
    assertThat(first.written()).hasSize(expected.size());
  }

  @Test
  void aSecondRunLeavesEveryFileAsItWas(@TempDir Path out) throws IOException {
    Fixtures.run(out, false, Seed.path());
    Map<String, String> before = files(out);

    ImportReport second = Fixtures.run(out, false, Seed.path());

    assertThat(second.ok()).isTrue();
    assertThat(second.written()).isEmpty();
    assertThat(second.unchanged()).hasSize(6);
    assertThat(second.siteWritten()).isFalse();
    assertThat(files(out)).isEqualTo(before);
    assertThat(second.summary()).isEqualTo("imported 0, skipped 0, unchanged 6");
  }

  /** Every file under {@code root} by its relative path, with its text. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** Makes tabs, ideographic spaces and trailing spaces visible in a failure message. */
  private static String visible(String s) {
    return s.replace("\t", "→").replace("\u3000", "□").replace(" \n", "·\n");
  }
}
