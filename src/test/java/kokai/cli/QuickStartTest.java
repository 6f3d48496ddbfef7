package kokai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kokai.testutil.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When {@code java -jar kokai.jar build} (or {@code check}) runs in a second Java, with which
 * options (the quick compiler only for a city's content, the collector's fixed marking start for
 * any), and that the second Java's build is the build: same output, same exit code, same messages.
 */
class QuickStartTest {
  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
  private static final String CLASS_PATH = System.getProperty("java.class.path");

  @TempDir Path dir;

  private Optional<List<String>> command(List<String> jvmArgs, Map<String, String> env, String... args) {
    return QuickStart.command(args, jvmArgs, JAVA_HOME, CLASS_PATH, env, 6L << 30);
  }

  @Test
  void aCitysBuildRunsInASecondJavaWithTheSameMemoryAndArguments() throws IOException {
    Path content = content(3);
    List<String> cmd = command(List.of("-Xmx1g", "-Dfile.encoding=UTF-8"), Map.of(), "build", "--content", content.toString(),
        "--out", "x").orElseThrow();
    assertThat(cmd.get(0)).isEqualTo(JAVA_HOME.resolve("bin/java").toString());
    assertThat(cmd).containsSubsequence("-Xmx1g", "-Dfile.encoding=UTF-8", QuickStart.OPTION, QuickStart.GC_OPTIONS.get(0),
        QuickStart.GC_OPTIONS.get(1), QuickStart.STARTED, "-cp", CLASS_PATH, "kokai.cli.Main", "build", "--content",
        content.toString(), "--out", "x");
    assertThat(cmd.subList(cmd.indexOf("kokai.cli.Main") + 1, cmd.size())).containsExactly("build", "--content", content.toString(),
        "--out", "x");
  }

  @Test
  void forCheckTooButNotForOtherCommandsNorForHelpNorForACommandLineThatDoesNotParse() throws IOException {
    Path content = content(3);
    assertThat(command(List.of(), Map.of(), "check", "--content", content.toString())).isPresent();
    for (String[] args : List.of(new String[] {"serve", "--content", content.toString()}, new String[] {"import", "x.txt"},
        new String[] {"build", "--help"}, new String[] {"check", "--help"}, new String[] {"--version"},
        new String[] {"build", "--contnet", content.toString()}, new String[] {})) {
      assertThat(command(List.of(), Map.of(), args)).as(String.join(" ", args)).isEmpty();
    }
  }

  @Test
  void notWhenSwitchedOffNorWhenTheJavaHasOptionsOfItsOwn() throws IOException {
    Path content = content(3);
    String[] args = {"build", "--content", content.toString()};
    assertThat(command(List.of(), Map.of(QuickStart.SWITCH, "0"), args)).isEmpty();
    assertThat(command(List.of(), Map.of(QuickStart.SWITCH, "1"), args)).isPresent();
    for (String option : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:StartFlightRecording=filename=r.jfr",
        "-agentlib:jdwp=transport=dt_socket", "-javaagent:a.jar", "-Xint", QuickStart.STARTED)) {
      assertThat(command(List.of("-Xmx1g", option), Map.of(), args)).as(option).isEmpty();
    }
    assertThat(command(List.of("-Xms64m", "-Xss4m", "-Duser.language=ja"), Map.of(), args)).isPresent();
  }

  /** A nation's sheets keep the optimising compiler, whose faster code pays for its compiling there, and get the collector's options. */
  @Test
  void aNationsSheetsKeepTheOptimisingCompiler() throws IOException {
    List<String> city = command(List.of(), Map.of(), "build", "--content", content(QuickStart.MAX_SHEETS).toString()).orElseThrow();
    assertThat(city).contains(QuickStart.OPTION).containsAll(QuickStart.GC_OPTIONS);
    List<String> nation = command(List.of("-Xmx1g"), Map.of(), "build", "--content", content(QuickStart.MAX_SHEETS + 1).toString())
        .orElseThrow();
    assertThat(nation).doesNotContain(QuickStart.OPTION).containsSubsequence("-Xmx1g", QuickStart.GC_OPTIONS.get(0),
        QuickStart.GC_OPTIONS.get(1), QuickStart.STARTED);
  }

  /**
   * A Java given no heap size gets one for its content (a base and so much per sheet), never more
   * than its own default; one given a size keeps it.
   */
  @Test
  void aBuildGivenNoHeapSizeGetsOneForItsContent() throws IOException {
    String content = content(3).toString();
    List<String> cmd = command(List.of("-Dfile.encoding=UTF-8"), Map.of(), "build", "--content", content).orElseThrow();
    assertThat(cmd).containsSubsequence("-Dfile.encoding=UTF-8", "-Xmx384m", QuickStart.OPTION);
    assertThat(QuickStart.heapFor(10_000, List.of(), 6L << 30)).contains("-Xmx501m");
    assertThat(QuickStart.heapFor(100_000, List.of(), 6L << 30)).contains("-Xmx1555m");
    assertThat(QuickStart.heapFor(100_000, List.of(), 1L << 30)).isEmpty();
    for (String own : List.of("-Xmx2g", "-Xms64m")) {
      assertThat(QuickStart.heapFor(10_000, List.of(own), 6L << 30)).as(own).isEmpty();
      List<String> given = command(List.of(own), Map.of(), "build", "--content", content).orElseThrow();
      assertThat(given.stream().filter(a -> a.startsWith("-Xm"))).as(own).containsExactly(own);
    }
  }

  /**
   * Through {@code main}, as a city runs it: the build runs in the second Java (it says so with
   * {@code --timings}), writes the same site as a build in the first, and a build that fails gives
   * its messages and exit code as it would.
   */
  @Test
  void theSecondJavasBuildIsTheBuild() throws Exception {
    Path content = dir.resolve("real");
    Trees.copy(Path.of("content"), content, f -> true);
    Run quick = main(Map.of(), "build", "--timings", "--content", content.toString(), "--out", dir.resolve("quick").toString());
    assertThat(quick.exit()).as(quick.output()).isZero();
    // The real content's six sheets: the base heap.
    assertThat(quick.output()).contains("built 54 pages (6 sheets)", "java: a second Java, compiling with its quick compiler only (-Xmx384m "
        + QuickStart.OPTION + " " + String.join(" ", QuickStart.GC_OPTIONS) + "; KOKAI_QUICK_START=0 turns it off)");
    Run plain = main(Map.of(QuickStart.SWITCH, "0"), "build", "--timings", "--content", content.toString(), "--out",
        dir.resolve("plain").toString());
    assertThat(plain.exit()).as(plain.output()).isZero();
    assertThat(plain.output()).contains("built 54 pages (6 sheets)", "java: as started");
    assertThat(files(dir.resolve("quick"))).isEqualTo(files(dir.resolve("plain")));

    Path sheet = content.resolve("sheets/2022/088.yaml");
    Files.writeString(sheet, Files.readString(sheet).replace("status: 継続", "statuss: 継続"));
    Run failed = main(Map.of(), "build", "--content", content.toString(), "--out", dir.resolve("quick").toString());
    assertThat(failed.exit()).isEqualTo(ExitCodes.DATA);
    assertThat(failed.output()).contains("088.yaml:", "unknown field 'statuss' (did you mean 'status'?)", "was left as it was");
    Run checked = main(Map.of(), "check", "--content", content.toString());
    assertThat(checked.exit()).isEqualTo(ExitCodes.DATA);
    assertThat(checked.output()).contains("088.yaml:", "unknown field 'statuss' (did you mean 'status'?)");
  }

  /** What a command print()s without a line's end reaches the terminal whole before Java exits, in Japanese whatever the locale. */
  @Test
  void theSchemaOnStandardOutputIsWhole() throws Exception {
    Run schema = main(Map.of(), "schema");
    assertThat(schema.exit()).isZero();
    assertThat(schema.output()).isEqualTo(kokai.load.SheetSchema.sheet());
    // Under LANG=C (cron, a service) Java's default is ASCII: the Japanese comes out as UTF-8, not "???".
    Run ascii = main(Map.of("LANG", "C", "LC_ALL", "C"), "schema");
    assertThat(ascii.output()).contains("事業番号").isEqualTo(kokai.load.SheetSchema.sheet());
  }

  /** Under LANG=C (cron, a service) Java cannot name a file with Japanese in its name: the build's Java runs with C.UTF-8. */
  @Test
  void aBuildUnderLangCPublishesAJapaneseFileName() throws Exception {
    Path content = dir.resolve("real");
    Trees.copy(Path.of("content"), content, f -> true);
    Files.createDirectories(content.resolve("static/資料 フォルダ"));
    Files.writeString(content.resolve("static/資料 フォルダ/令和4年度.pdf"), "%PDF");
    Run built = main(Map.of("LANG", "C", "LC_ALL", "C"), "build", "--content", content.toString(), "--out", dir.resolve("site").toString());
    assertThat(built.exit()).as(built.output()).isZero();
    assertThat(dir.resolve("site/資料 フォルダ/令和4年度.pdf")).hasContent("%PDF");
  }

  /**
   * The first Java killed (SIGKILL: a CI timeout, a supervisor), which cannot pass it on: the
   * second stops too, and publishes nothing. It went on, and published seconds later over a folder
   * its caller took for untouched.
   */
  @Test
  void theSecondJavaStopsWhenTheFirstIsKilled() throws Exception {
    Path content = dir.resolve("generated");
    new kokai.corpus.CorpusWriter().write(new kokai.corpus.CorpusGenerator(new kokai.corpus.CorpusSpec(1, 400, 2020, 2024)), content);
    Path out = dir.resolve("site");
    ProcessBuilder pb = new ProcessBuilder(JAVA_HOME.resolve("bin/java").toString(), "-cp", CLASS_PATH, "kokai.cli.Main",
        "build", "--content", content.toString(), "--out", out.toString()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("build.log").toFile());
    pb.environment().remove(QuickStart.SWITCH);
    Process first = pb.start();
    Path staging = dir.resolve(".site-staging");
    for (int i = 0; i < 600 && !Files.isDirectory(staging) && first.isAlive(); i++) {
      Thread.sleep(50);
    }
    assertThat(staging).as("the second Java began to write").isDirectory();
    List<ProcessHandle> second = first.descendants().toList();
    assertThat(second).isNotEmpty();

    first.destroyForcibly();

    for (ProcessHandle h : second) {
      assertThat(h.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
    }
    assertThat(out).doesNotExist();
    assertThat(staging).doesNotExist();
    assertThat(Files.readString(dir.resolve("build.log"), StandardCharsets.UTF_8)).contains("was killed; stopping");
  }

  private record Run(int exit, String output) {}

  /** Runs {@code kokai.cli.Main} in a Java of its own (no options but the test's class path), with {@code env} added. */
  private Run main(Map<String, String> env, String... args) throws Exception {
    Path log = Files.createTempFile(dir, "main", ".log");
    List<String> cmd = new ArrayList<>(List.of(JAVA_HOME.resolve("bin/java").toString(), "-cp", CLASS_PATH, "kokai.cli.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove(QuickStart.SWITCH);
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Each file of a folder by its path in it, with its bytes' SHA-256: equal maps, equal folders. */
  private static Map<String, String> files(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    }
    return out;
  }

  /** A content folder with {@code n} sheet files (empty: only counted, never loaded). */
  private Path content(int n) throws IOException {
    Path content = dir.resolve("content-" + n);
    Path sheets = Files.createDirectories(content.resolve("sheets/2022"));
    for (int i = 0; i < n; i++) {
      Files.createFile(sheets.resolve(i + ".yaml"));
    }
    return content;
  }
}
