package kokai.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kokai.load.ContentLoader;
import kokai.model.EditorFiles;
import picocli.CommandLine;

/**
 * Runs {@code build} and {@code check} in a second Java with options for short-lived work: a
 * city's content with the quick compiler only, and any content with a fixed start for the garbage
 * collector's marking.
 *
 * <p>A build is short-lived work: the JVM's optimising compiler (C2) spends most of a small
 * build's CPU compiling code the build has nearly finished with, and a 2-core machine gives it a
 * whole core. With the quick compiler alone ({@code -XX:TieredStopAtLevel=1}) 1,000 sheets build in
 * 3.4 s instead of 5.6–7.7 s and 10,000 in 19.6–22.2 s instead of 24.1–24.3 s; from about 20,000 sheets
 * C2's faster code pays for its compiling (20,000: 39.5–41.7 s against 35.7–37.1 s; a nation's
 * 100,000 take 1.6 times as long without it; bench/SCALE.md); {@code check} of 10,000 sheets takes
 * 4.2 s instead of 5.5–5.9 s.
 *
 * <p>The collector (G1, the default) starts marking the heap concurrently when its occupancy
 * passes a threshold it adapts as it runs. A build keeps the whole site index live (some 450 MB at
 * 100,000 sheets in a 1 GB heap), so the adapted threshold kept marking running through most of
 * the rendering, on one of a 2-core machine's two cores. Fixed at 80 % of the heap
 * ({@link #GC_OPTIONS}), 100,000 sheets built in 121.9 s instead of 140.8 s (and 124.7 s against
 * 147.6 s, another pair; bench/SCALE.md); at 10,000 sheets the two were within the machine's noise.
 *
 * <p>A JVM option cannot be set from inside a jar, so {@code java -jar kokai.jar build} (or
 * {@code check}) starts a second Java with these options and the same memory settings, passes
 * its output and exit code through, and stops it when stopped itself.
 *
 * <p>Not when {@code KOKAI_QUICK_START=0} is set, nor when the Java was started with compiler,
 * agent or other {@code -XX:} options of its own (a profile or a measurement wants the Java it was
 * given), nor for the other commands ({@code serve} runs on, and its edits want C2's code).
 *
 * <pre>{@code
 * Optional<List<String>> child = QuickStart.command(args, jvmArgs, javaHome, classPath, System.getenv());
 * }</pre>
 */
final class QuickStart {
  /** Above this many sheet files C2's faster code pays for its compiling (measured: 10,000 gain, 20,000 lose). */
  static final int MAX_SHEETS = 12_000;
  /** Set to 0 to build in the Java that was started. */
  static final String SWITCH = "KOKAI_QUICK_START";
  /** Marks the second Java, which must not start a third. */
  static final String STARTED = "-Dkokai.quickStart=started";
  static final String OPTION = "-XX:TieredStopAtLevel=1";
  /** For any content: concurrent marking starts at a fixed 80 % of the heap (G1; other collectors ignore them). */
  static final List<String> GC_OPTIONS = List.of("-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=80");

  private QuickStart() {}

  /** Whether this Java is the second one, started by {@link #run}. */
  static boolean started() {
    return "started".equals(System.getProperty("kokai.quickStart"));
  }

  /**
   * In the second Java: stops when the first one ends without it, killed (SIGKILL, as a CI timeout
   * or a supervisor does) rather than stopped, so that it cannot signal this one. Left running, the
   * build would publish later, over a folder its caller took for untouched, or beside the caller's
   * next build. Stopping runs the shutdown hooks: the staging folder goes, nothing is published.
   */
  static void stopWithParent() {
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
      System.err.println("kokai: the command that started this build was killed; stopping");
      System.exit(128 + 9); // as the first one's, killed (nobody waits for it)
    }));
  }

  /** What {@code build --timings} says of the Java it ran in, given that Java's options. */
  static String describe(List<String> jvmArgs) {
    if (!started()) {
      return "java: as started";
    }
    List<String> chosen = jvmArgs.stream().filter(a -> a.startsWith("-Xmx") || a.equals(OPTION) || GC_OPTIONS.contains(a)).toList();
    return "java: a second Java, " + (chosen.contains(OPTION) ? "compiling with its quick compiler only" : "with the optimising compiler")
        + " (" + String.join(" ", chosen) + "; " + SWITCH + "=0 turns it off)";
  }

  /**
   * The command line of the second Java to run {@code args} in, or empty to run them here: when
   * the command is {@code build} or {@code check} and parses, the switch is not 0, and the Java runs with no options of
   * its own beyond memory and properties ({@code jvmArgs}). It compiles with the quick compiler only
   * when the content holds at most {@value #MAX_SHEETS} sheet files.
   */
  static Optional<List<String>> command(String[] args, List<String> jvmArgs, Path javaHome, String classPath,
      Map<String, String> env, long defaultMaxHeap) {
    if ("0".equals(env.get(SWITCH)) || classPath == null || classPath.isBlank() || !ownOptionsOnly(jvmArgs)) {
      return Optional.empty();
    }
    Optional<Path> content = contentOf(args);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    Path java = javaHome.resolve("bin").resolve(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
        ? "java.exe" : "java");
    if (!Files.isExecutable(java)) {
      return Optional.empty();
    }
    long sheets = sheetFiles(content.get());
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.addAll(jvmArgs);
    heapFor(sheets, jvmArgs, defaultMaxHeap).ifPresent(cmd::add);
    if (sheets <= MAX_SHEETS) {
      cmd.add(OPTION);
    }
    cmd.addAll(GC_OPTIONS);
    cmd.addAll(List.of(STARTED, "-cp", classPath, Main.class.getName()));
    cmd.addAll(List.of(args));
    return Optional.of(cmd);
  }

  /** The heap a build needs beside what it holds per sheet (templates, buffers, the search index's files being written). */
  static final long BASE_HEAP = 384L << 20;
  /** The heap a build needs per sheet: its model, its place in the site index and search postings. */
  static final long HEAP_PER_SHEET = 12L << 10;

  /**
   * The heap cap ({@code -Xmx…m}) for a build of this many sheet files, when the Java was given no
   * heap size: {@link #BASE_HEAP} and {@link #HEAP_PER_SHEET} each, never more than the Java's own
   * default ({@code defaultMaxHeap}, a quarter of the machine's memory). Without it the collector
   * lets the heap grow toward that default: 10,000 sheets took 1.36–1.43 GB of memory on a 23 GB
   * machine, and 0.49–0.50 GB with this cap (501 MB), in the same time (bench/SCALE.md, run U).
   * 100,000 sheets get 1,555 MB: 117.2 s and 1.75 GB of memory, against 123.7 s and 1.19 GB in the
   * 1 GB of the benchmark's {@code -Xmx1g}.
   */
  static Optional<String> heapFor(long sheets, List<String> jvmArgs, long defaultMaxHeap) {
    if (jvmArgs.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-Xms"))) {
      return Optional.empty();
    }
    long heap = BASE_HEAP + sheets * HEAP_PER_SHEET;
    return heap < defaultMaxHeap ? Optional.of("-Xmx" + (heap >> 20) + "m") : Optional.empty();
  }

  /**
   * Whether the Java's own options are only memory sizes and properties ({@code -Xmx1g}, {@code -Xss},
   * {@code -D…}): anything else (a compiler or garbage collector setting, an agent, a recording, a
   * debugger) was chosen by whoever started it, and it is kept. A second Java is never started twice.
   */
  static boolean ownOptionsOnly(List<String> jvmArgs) {
    return jvmArgs.stream().noneMatch(STARTED::equals)
        && jvmArgs.stream().allMatch(a -> a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xss") || a.startsWith("-D"));
  }

  /** The content folder of a {@code build} or {@code check} command line that parses and asks for one (not its help). */
  private static Optional<Path> contentOf(String[] args) {
    if (args.length == 0 || !(args[0].equals("build") || args[0].equals("check"))) {
      return Optional.empty();
    }
    try {
      CommandLine.ParseResult parsed = new CommandLine(new KokaiCommand()).parseArgs(args);
      CommandLine.ParseResult command = parsed.subcommand();
      if (command == null || command.isUsageHelpRequested() || command.isVersionHelpRequested()) {
        return Optional.empty();
      }
      Object user = command.commandSpec().userObject();
      return Optional.of(user instanceof BuildCommand b ? b.source.content : ((CheckCommand) user).source.content);
    } catch (CommandLine.ParameterException e) {
      // Said by the command itself, in this Java.
      return Optional.empty();
    }
  }

  /** How many sheet files the content's sheets folder holds. */
  static long sheetFiles(Path content) {
    Path sheets = content.resolve("sheets");
    if (!Files.isDirectory(sheets)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(sheets, 2)) {
      return files.filter(f -> ContentLoader.isSheetFile(f) && !EditorFiles.isLeftover(f.getFileName().toString()))
          .count();
    } catch (IOException | UncheckedIOException e) {
      // The build says what is wrong with the folder.
      return 0;
    }
  }

  /**
   * Runs the command line in a second Java with this one's standard streams and returns its exit
   * code; empty if it could not be started (the build then runs here). Stopped (Ctrl-C, a signal),
   * this Java stops it and waits for it to clean up.
   */
  static Optional<Integer> run(List<String> command) {
    Process child;
    try {
      ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
      // Under LANG=C (cron, a service) Java cannot name a file with Japanese in its name; the
      // build's Java runs with C.UTF-8, which Debian and current glibc always have.
      if (!"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"))) {
        pb.environment().put("LC_ALL", "C.UTF-8");
      }
      child = pb.start();
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
    Thread stop = new Thread(() -> {
      child.destroy();
      try {
        child.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "kokai-stop-build");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      int code = child.waitFor();
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException stopping) {
        // Stopped just as the build ended: the hook finds it ended.
      }
      return Optional.of(code);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      child.destroy();
      return Optional.of(ExitCodes.SOFTWARE);
    }
  }
}
