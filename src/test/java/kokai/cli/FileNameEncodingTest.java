package kokai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kokai run from a folder with a Japanese name by a cron job or service, whose language setting is
 * LANG=C: Java reads file names as ASCII there and cannot name the folder. kokai says so and how to
 * run it, instead of a stack trace from Java's start-up.
 */
class FileNameEncodingTest {
  @TempDir Path dir;

  @Test
  void aFolderJavaCannotNameUnderLangCIsSaidWithTheSettingToUse() throws Exception {
    assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "file names are bytes in the locale's encoding on Linux");
    Path folder = Files.createDirectories(dir.resolve("事務事業 評価"));
    Path log = dir.resolve("run.log");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "kokai.cli.Main", "check")
        .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove(QuickStart.SWITCH);
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(log, StandardCharsets.ISO_8859_1);
    assertThat(output).contains("kokai: Java reads file and folder names here as US-ASCII", "the folder kokai was run in",
        "LANG=C.UTF-8").doesNotContain("Exception", "\tat ");
    assertThat(p.exitValue()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void namesJavaCanWriteBackAreLeftAlone() {
    assertThat(Main.namesJavaCannotRead("UTF-8", "/srv/事務事業評価", "build", "--out", "/srv/公開/site")).isEmpty();
    assertThat(Main.namesJavaCannotRead("ANSI_X3.4-1968", "/srv/hyoka", "build")).isEmpty();
    assertThat(Main.namesJavaCannotRead(null, "/srv/hyoka", "build")).isEmpty();
    assertThat(Main.namesJavaCannotRead("ANSI_X3.4-1968", "/srv/hyoka", "build", "--content", "/srv/\uFFFD\uFFFD/content"))
        .hasValueSatisfying(m -> assertThat(m).contains("a path given", "LANG=C.UTF-8"));
  }
}
