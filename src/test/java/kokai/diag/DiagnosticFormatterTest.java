package kokai.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source line under a diagnostic, with a caret at its column; a line too long for a terminal shown around the column. */
class DiagnosticFormatterTest {
  @TempDir Path dir;

  @Test
  void aShortLineIsShownWholeWithTheCaretUnderTheColumn() throws IOException {
    Path f = Files.writeString(dir.resolve("a.yaml"), "id: \"001\"\ntitle: 事業\n");
    String out = new DiagnosticFormatter().format(Diagnostic.error(new SourceLocation(f, 2, 8), "title", "wrong", "fix"));

    assertThat(out.lines()).containsExactly(f + ":2:8: error: title: wrong (fix)", "    2 | title: 事業", "      |        ^");
  }

  /** The parsers take a carriage return alone (an old Mac file's line break) for a line break; so does the excerpt. */
  @Test
  void aCarriageReturnAloneEndsALineAsTheParsersCountThem() throws IOException {
    Path f = Files.writeString(dir.resolve("c.yaml"), "id: \"001\"\rtitle: x\r\nsdgs: [0]\n");
    String out = new DiagnosticFormatter().format(Diagnostic.error(new SourceLocation(f, 3, 8), "sdgs[0]", "out of range", "fix"));

    assertThat(out.lines()).containsExactly(f + ":3:8: error: sdgs[0]: out of range (fix)", "    3 | sdgs: [0]", "      |        ^");
  }

  /** A name quoted in a message cannot send the terminal commands (clear the screen, colour the text). */
  @Test
  void controlCharactersInTheMessageAreDrawnNotSent() throws IOException {
    Path f = Files.writeString(dir.resolve("d.yaml"), "id: \"001\"\n");
    String out = new DiagnosticFormatter().format(Diagnostic.warning(new SourceLocation(f, 0, 0), "organization.department",
        "the department \"\u001b[2J\u001b[31mFAKE\u009b0m\" has no slug", "add one"));

    assertThat(out).doesNotContain("\u001b").doesNotContain("\u009b").contains("\"\u241b[2J\u241b[31mFAKE\ufffd0m\"");
  }

  @Test
  void aVeryLongLineIsShownAroundTheColumnOnly() throws IOException {
    String text = "x".repeat(2_000_000) + "ERR" + "y".repeat(2_000_000);
    Path f = Files.writeString(dir.resolve("b.yaml"), "title: " + text + "\n");
    int column = 8 + 2_000_000;
    String out = new DiagnosticFormatter().format(Diagnostic.error(new SourceLocation(f, 1, column), "title", "too long", "cut it"));

    String[] lines = out.split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith("    1 | …x").endsWith("y…").contains("ERR");
    assertThat(lines[1].length()).isLessThan(DiagnosticFormatter.SHOWN + 12);
    // The caret stands under the E of ERR.
    assertThat(lines[1].charAt(lines[2].indexOf('^'))).isEqualTo('E');
  }
}
