package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few thousand generated sheets build in a separate JVM whose heap is capped at 256 MB: pages are
 * streamed to disk, so memory does not grow with the site. (Speed is measured by bench/run.sh, not here.)
 */
class ScaleTest {
  private static final int SHEETS = 2_000;

  @TempDir Path dir;

  @Test
  void twoThousandSheetsBuildWithA256MegabyteHeap() throws Exception {
    Path content = dir.resolve("content");
    CorpusSpec spec = new CorpusSpec(3, SHEETS, 2020, 2024);
    new CorpusWriter().write(new CorpusGenerator(spec), content);
    Path site = dir.resolve("site");
    Path log = dir.resolve("build.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), "kokai.cli.Main",
        "build", "--content", content.toString(), "--out", site.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(done).as("build finished").isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    long sheetPages;
    try (Stream<Path> s = Files.walk(site)) {
      sheetPages = s.filter(f -> f.getFileName().toString().equals("index.html"))
          .filter(f -> site.relativize(f).getNameCount() == 3 && site.relativize(f).getName(0).toString().matches("\\d{4}"))
          .count();
    }
    assertThat(sheetPages).isEqualTo(SHEETS);
    assertThat(output).contains("(" + SHEETS + " sheets)");
  }

}
