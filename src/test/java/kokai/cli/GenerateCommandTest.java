package kokai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void generatedContentPassesTheCheck() throws Exception {
    Path content = dir.resolve("content");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(run(out, err, "generate", "--sheets", "23", "--seed", "5", "--years", "2021-2023", "--out", content.toString()))
        .as(err.toString()).isZero();
    try (var files = Files.walk(content.resolve("sheets"))) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(23);
    }
    assertThat(Files.exists(content.resolve("sheets/2021/008.yaml"))).isTrue();
    assertThat(Files.exists(content.resolve("sheets/2023/008.yaml"))).isFalse();
    StringWriter checkOut = new StringWriter();
    StringWriter checkErr = new StringWriter();
    assertThat(run(checkOut, checkErr, "check", "--content", content.toString())).isZero();
    assertThat(checkErr.toString()).isEmpty();
    assertThat(checkOut.toString()).contains("checked 23 sheets");
    assertThat(out.toString()).startsWith("generated 23 sheets (2021–2023, seed 5)");
  }

  @Test
  void oneSheetIsCountedAsOne() throws Exception {
    Path content = dir.resolve("one");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(run(out, err, "generate", "--sheets", "1", "--years", "2024-2024", "--out", content.toString()))
        .as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("generated 1 sheet (2024–2024");
    StringWriter checkOut = new StringWriter();
    assertThat(run(checkOut, new StringWriter(), "check", "--content", content.toString())).isZero();
    assertThat(checkOut.toString()).contains("checked 1 sheet: no errors");
  }

  @Test
  void refusesToWriteIntoAFolderThatIsNotEmpty() throws Exception {
    Files.writeString(dir.resolve("keep.txt"), "mine");
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "generate", "--sheets", "3", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not empty");
    assertThat(Files.exists(dir.resolve("site.yaml"))).isFalse();
  }

  @Test
  void refusesAMalformedYearRange() {
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "generate", "--sheets", "3", "--years", "R4", "--out", dir.resolve("x").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("2020-2024");
  }
}
