package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few thousand generated sheets build in a separate JVM whose heap is capped at 96 MB, under two
 * fifths of the 256 MB the scale goals ask for. The build needs between 56 and 64 MB here
 * (2026-11-28: out of memory at 56 MB, done at 64 MB); with a 64 MB cap it once ran out on a
 * machine loaded with other builds, where the stages' timing differs, so the cap leaves that room. Pages are streamed to disk and each page's model is made
 * when it is rendered, equal values are shared as the sheets load, and the search index keeps no
 * second copy of the texts, so the heap holds little more than what is different in the content.
 * (Builds that held every comparison page and a copy of every text ran out of memory here; speed
 * is measured by bench/run.sh, not here.)
 */
class ScaleTest {
  private static final int SHEETS = 2_000;

  @TempDir static Path dir;
  private static Path content;

  @BeforeAll
  static void generate() throws Exception {
    content = dir.resolve("content");
    new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(3, SHEETS, 2020, 2024)), content);
  }

  @Test
  void twoThousandSheetsBuildWithA96MegabyteHeap() throws Exception {
    Path site = dir.resolve("site");
    Build b = build("-Xmx96m", site, "-XX:+ExitOnOutOfMemoryError");
    assertThat(b.exit()).as(b.output()).isZero();
    String output = b.output();
    long sheetPages;
    try (Stream<Path> s = Files.walk(site)) {
      sheetPages = s.filter(f -> f.getFileName().toString().equals("index.html"))
          .filter(f -> site.relativize(f).getNameCount() == 3 && site.relativize(f).getName(0).toString().matches("\\d{4}"))
          .count();
    }
    assertThat(sheetPages).isEqualTo(SHEETS);
    assertThat(output).contains(String.format(java.util.Locale.ROOT, "(%,d sheets)", SHEETS));
  }

  @Test
  void tooSmallAHeapEndsInAMessageSayingHowToGiveMoreAndTheSiteStaysAsItWas() throws Exception {
    Path site = dir.resolve("small-heap-site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), "the last good site");
    Build b = build("-Xmx16m", site);
    assertThat(b.exit()).as(b.output()).isEqualTo(3);
    // Usually "kokai: out of memory … nothing was published"; rarely a class whose set-up ran out
    // of memory in another thread fails in the main thread, reported as an internal error. Both
    // say how to give Java more memory, and exit with 3, not the 1 of content errors.
    assertThat(b.output()).containsAnyOf("kokai: out of memory: the content needs more than", "kokai: internal error")
        .contains("give Java more memory", "java -Xmx4g -jar target/kokai.jar build --content");
    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("the last good site");
  }

  private record Build(int exit, String output) {}

  private static Build build(String heap, Path site, String... jvmOptions) throws Exception {
    Path log = Files.createTempFile(dir, "build", ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, heap));
    cmd.addAll(List.of(jvmOptions));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "kokai.cli.Main",
        "build", "--content", content.toString(), "--out", site.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(done).as("build finished").isTrue();
    return new Build(p.exitValue(), output);
  }

}
