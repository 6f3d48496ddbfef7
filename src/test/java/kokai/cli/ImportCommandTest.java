package kokai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kokai import}, end to end: files in, content out, then {@code kokai check} on it. */
class ImportCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private static Path seed() throws URISyntaxException {
    return Path.of(ImportCommandTest.class.getResource("/seed/tsukuba-r4-sheets.txt").toURI());
  }

  @Test
  void importsTheSeedIntoContentThatChecksCleanly(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content");

    assertThat(run("import", seed().toString(), "--out", content.toString())).isZero();
    assertThat(out.toString()).contains("wrote " + content.resolve("sheets/2022/091.yaml").toString().replace('\\', '/'))
        .contains("imported 6, skipped 0, unchanged 0");
    assertThat(content.resolve("site.yaml")).exists();

    assertThat(run("check", "--content", content.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("checked 6 sheets: no errors");
  }

  @Test
  void aBrokenSheetIsReportedWithFileLineAndFieldAndTheExitIsNonZero(@TempDir Path dir) throws Exception {
    String seed = Files.readString(seed());
    String broken = seed.replace("事務事業名\t090 基幹電算業務運営事業", "事務事業名\t");
    Path file = Files.writeString(dir.resolve("sheets.txt"), broken);
    int line = broken.lines().toList().indexOf("事務事業名\t\t\t\t\t\t") + 1;

    int code = run("import", file.toString(), "--out", dir.resolve("content").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains(file.toString().replace('\\', '/') + ":" + line + ":1: error: id: ");
    assertThat(out.toString()).contains("imported 5, skipped 1 (1 could not be read), unchanged 0");
    assertThat(dir.resolve("content/sheets/2022")).isDirectoryContaining(p -> p.endsWith("091.yaml"))
        .isDirectoryNotContaining(p -> p.endsWith("090.yaml"));
  }

  @Test
  void forceOverwritesAFileThatDiffers(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content");
    run("import", seed().toString(), "--out", content.toString());
    Path edited = content.resolve("sheets/2022/088.yaml");
    Files.writeString(edited, Files.readString(edited).replace("継続", "廃止"));

    assertThat(run("import", seed().toString(), "--out", content.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("skipped sheets/2022/088.yaml: existing file differs")
        .contains("imported 0, skipped 1 (1 existing file differs, not overwritten (use --force)), unchanged 5");
    assertThat(err.toString()).contains("088.yaml: error: not overwritten");
    assertThat(Files.readString(edited)).contains("廃止");

    assertThat(run("import", seed().toString(), "--out", content.toString(), "--force")).isZero();
    assertThat(Files.readString(edited)).doesNotContain("廃止");
  }

  @Test
  void theEncodingCanBeForced(@TempDir Path dir) throws Exception {
    String text = Files.readString(seed()).replace('—', '―');
    Path file = Files.write(dir.resolve("sjis.txt"), text.getBytes(Charset.forName("windows-31j")));

    assertThat(run("import", file.toString(), "--out", dir.resolve("a").toString(), "--encoding", "Shift_JIS"))
        .isZero();
    assertThat(run("import", file.toString(), "--out", dir.resolve("b").toString(), "--encoding", "UTF-8"))
        .isEqualTo(1);
    assertThat(run("import", file.toString(), "--out", dir.resolve("c").toString(), "--encoding", "EBCDIC"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unknown encoding 'EBCDIC'");
    assertThat(Files.readString(dir.resolve("a/sheets/2022/088.yaml"), StandardCharsets.UTF_8))
        .contains("情報通信ネットワーク運営業務");
    // Shift_JIS is read in its Windows form, which has ②.
    assertThat(Files.readString(dir.resolve("a/sheets/2022/091.yaml"), StandardCharsets.UTF_8))
        .contains("IV-3-②データで市民を豊かにするまちの推進");
  }

  @Test
  void withoutOutTheUsageIsWrong() throws Exception {
    assertThat(run("import", seed().toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
  }
}
