package kokai.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import kokai.build.BuildConfig;
import kokai.build.BuildResult;
import kokai.build.IncrementalBuild;
import kokai.diag.Diagnostic;
import kokai.diag.DiagnosticFormatter;

/**
 * {@code kokai serve}: builds the site into a preview folder, serves it on loopback, and rebuilds
 * when the content or the theme changes: after an edit of sheets only the pages that show them are
 * rendered again ({@link IncrementalBuild}), and only files whose bytes changed are replaced, so the
 * rebuilt site is what {@code kokai build} would publish. After a failed build the last good pages
 * stay served and the problems are shown in the terminal and on every open page.
 *
 * <pre>{@code
 * try (PreviewSession s = PreviewSession.start(cfg, InetAddress.getLoopbackAddress(), 1313, out, err)) {
 *   s.watchForever();
 * }
 * }</pre>
 */
public final class PreviewSession implements AutoCloseable {
  private final BuildConfig config;
  private final IncrementalBuild build;
  private final PreviewServer server;
  private final PrintWriter out;
  private final PrintWriter err;
  private final AtomicLong generation = new AtomicLong();
  private volatile boolean stopping;
  /** Held while a rebuild runs. */
  private final ReentrantLock rebuilding = new ReentrantLock();

  /** Made before the first build, so that a file saved while it runs is rebuilt after it. */
  private final ContentWatcher watcher;

  private PreviewSession(BuildConfig config, IncrementalBuild build, PreviewServer server, ContentWatcher watcher,
      PrintWriter out, PrintWriter err) {
    this.config = config;
    this.build = build;
    this.server = server;
    this.watcher = watcher;
    this.out = out;
    this.err = err;
  }

  /** Builds once and starts serving {@code config.out()}; a failed first build is reported, not thrown. */
  public static PreviewSession start(BuildConfig config, InetAddress bind, int port, PrintWriter out, PrintWriter err)
      throws IOException {
    PreviewSession s = open(config, bind, port, out, err);
    s.rebuild(Set.of());
    return s;
  }

  /**
   * Starts serving {@code config.out()} without building it: {@code rebuild(Set.of())} makes the
   * first build. Until it is done every address answers with a page that waits for it.
   */
  public static PreviewSession open(BuildConfig config, InetAddress bind, int port, PrintWriter out, PrintWriter err)
      throws IOException {
    IncrementalBuild build = new IncrementalBuild(config);
    PreviewServer server;
    try {
      server = PreviewServer.start(() -> config.out(), build::unwritten, bind, port);
    } catch (IOException e) {
      build.close();
      throw e;
    }
    try {
      return new PreviewSession(config, build, server, new ContentWatcher(List.of(config.content(), config.themes())), out, err);
    } catch (IOException | RuntimeException e) {
      server.close();
      build.close();
      throw e;
    }
  }

  /**
   * Says that the preview is ending (Ctrl-C): a rebuild that fails from now on, because its folder
   * is being removed, is not reported as a fault.
   */
  public void stopping() {
    stopping = true;
  }

  public InetSocketAddress address() {
    return server.address();
  }

  /** The server, and the number of the last rebuild's reload: tests send events of their own. */
  PreviewServer server() {
    return server;
  }

  long lastGeneration() {
    return generation.get();
  }

  /**
   * Watches the content and the themes, rebuilding after each burst of changes, until interrupted;
   * the changes saved since the session opened (during the first build) come first.
   */
  public void watchForever() throws IOException, InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      Set<Path> changed = build.relevant(watcher.take());
      if (!changed.isEmpty()) {
        rebuild(changed, watcher.burstStart());
      }
    }
  }

  /**
   * Rebuilds after the given files changed (none: a full build); open pages reload on success, or
   * show the problems on failure. Returns when every file is up to date, the site-wide data files
   * and the feed included.
   */
  public BuildResult rebuild(Set<Path> changed) {
    BuildResult r = rebuild(changed, System.nanoTime());
    build.finish();
    return r;
  }

  /**
   * As {@link #rebuild(Set)}, {@code seen} being when the first change was noticed
   * ({@link System#nanoTime()}), but returns once open pages were told to reload: the pages and the
   * search index are up to date then, while the site-wide data files and the feed are still being
   * written in the background (a newer edit stops that work and starts it again). The log line gives
   * the time of each step from the change to the reload; a second line the time of the rest.
   */
  public BuildResult rebuild(Set<Path> changed, long seen) {
    rebuilding.lock();
    try {
      return rebuildNow(changed, seen);
    } finally {
      rebuilding.unlock();
    }
  }

  /**
   * Waits until no rebuild runs, the part after its reload included, at most {@code limit}; true
   * when none does. At Ctrl-C the temporary preview folder is removed once nothing writes into it.
   */
  public boolean awaitIdle(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    try {
      if (!rebuilding.tryLock(limit.toNanos(), TimeUnit.NANOSECONDS)) {
        return false;
      }
      rebuilding.unlock();
      var rest = build.afterReload();
      if (rest.isPresent()) {
        rest.get().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
      // The files of the last edit that are still being written to the folder.
      build.finish();
      return true;
    } catch (RuntimeException e) {
      // A write failed: the folder is going.
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      // Failed (its folder is going) or still running: either way, waited long enough.
      return e instanceof ExecutionException;
    }
  }

  /**
   * Tells the open pages to reload, unless the save changed no file (the same text saved again)
   * and they show no problems of a failed build that this one mended; returns when that began and ended.
   */
  private long[] reload(long g, long filesChanged) {
    long start = System.nanoTime();
    if (filesChanged > 0 || server.hasProblem()) {
      server.reload(g);
    }
    return new long[] {start, System.nanoTime()};
  }

  private BuildResult rebuildNow(Set<Path> changed, long seen) {
    long begin = System.nanoTime();
    long cpu = cpuNanos();
    long g = generation.incrementAndGet();
    long[] sheetPagesAt = {0};
    // When the open pages were told to reload, from and to (null: not yet).
    long[][] told = {null};
    BuildResult r;
    try {
      r = changed.isEmpty() ? build.full() : build.update(changed, pages -> {
        server.reloadPages(g, pages);
        // The first pages told are the edited sheets'.
        if (sheetPagesAt[0] == 0) {
          sheetPagesAt[0] = System.nanoTime();
        }
      }, filesChanged -> told[0] = reload(g, filesChanged));
    } catch (OutOfMemoryError e) {
      // Said with the command to give Java more memory, by the command's own handler.
      throw e;
    } catch (RuntimeException | Error e) {
      return fault(e, changed, begin);
    }
    report(r.diagnostics());
    if (!r.published()) {
      server.problem(new DiagnosticFormatter().formatAll(r.diagnostics().stream().filter(Diagnostic::isError).toList()));
      err.printf(Locale.ROOT, "build failed after %d ms; %s%n", r.elapsed().toMillis(), serving());
      err.flush();
      return r;
    }
    server.baseUrl(build.baseUrl());
    if (told[0] == null) {
      told[0] = reload(g, r.files() - r.unchanged());
    }
    long t0 = told[0][0];
    long reloaded = told[0][1];
    // A full build has a staging step; an incremental one reports its own steps.
    if (changed.isEmpty() || r.stageTimes().containsKey("staging")) {
      log(String.format(Locale.ROOT, "built %d pages in %d ms (%s)", r.pages(), r.elapsed().toMillis(), RebuildLine.changed(r)));
      return r;
    }
    log(RebuildLine.of(r, ms(seen, begin), sheetPagesAt[0] == 0 ? -1 : ms(seen, sheetPagesAt[0]), ms(t0, reloaded),
        ms(seen, reloaded), ms(cpu, cpuNanos())));
    // An edit says its own warnings; those of the other files stand, and are not gone.
    long others = build.standingWarnings().stream().filter(d -> !r.diagnostics().contains(d)).count();
    if (others > 0) {
      synchronized (this) {
        err.println(others == 1 ? "  1 warning of other files stands, as the last full build said it (kokai check lists it)"
            : "  " + others + " warnings of other files stand, as the last full build said them (kokai check lists them)");
        err.flush();
      }
    }
    // Logged by the background thread when it is done, so no thread waits for it.
    build.afterReload().ifPresent(f -> f.whenComplete(this::afterReload));
    return r;
  }

  /**
   * A fault inside kokai stopped the rebuild (a file gone part-way; a template that calls itself
   * without end is the theme's error, said as one): said in one line in the terminal and on open
   * pages, with the file that holds its details; the preview goes on, and the next edit rebuilds
   * everything.
   */
  private BuildResult fault(Throwable e, Set<Path> changed, long begin) {
    Duration took = Duration.ofNanos(System.nanoTime() - begin);
    BuildResult failed = new BuildResult(false, List.of(), 0, 0, 0, 0, took, Map.of(), 0);
    if (stopping) {
      // Ctrl-C: the rebuild failed because its folder is going.
      return failed;
    }
    String text = String.format(Locale.ROOT,
        "kokai serve: the rebuild stopped on a fault in kokai after %d ms: %s; details in %s%n"
            + "  %s; the next edit rebuilds the whole site (if the fault comes again, please report it with that file)%n",
        took.toMillis(), e, FaultLog.write(e, changed, err), serving());
    server.problem(text);
    synchronized (this) {
      err.print(text);
      err.flush();
    }
    return failed;
  }

  /** What the preview serves after a failed build: the last good pages, if there are any. */
  private String serving() {
    return Files.isDirectory(config.out()) ? "still serving the last good pages" : "no pages to serve yet";
  }

  private synchronized void afterReload(BuildResult rest, Throwable failure) {
    if (failure != null) {
      if (stopping) {
        return;
      }
      Throwable fault = failure instanceof CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      String text = "kokai serve: writing the data files after the reload stopped on a fault in kokai: " + fault
          + "; details in " + FaultLog.write(fault, Set.of(), err) + System.lineSeparator()
          + "  the pages are up to date, the downloads (data/, feed.xml) one edit behind until the next edit"
          + System.lineSeparator();
      server.problem(text);
      err.print(text);
      err.flush();
    } else if (rest != null) {
      report(rest.diagnostics());
      log(RebuildLine.after(rest));
    }
  }

  private synchronized void log(String line) {
    out.println(line);
    out.flush();
  }

  /** CPU time of the whole process (every thread, the collector too): on a shared machine it says what wall time cannot. */
  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private static long ms(long from, long to) {
    return Math.max(0, (to - from) / 1_000_000);
  }

  private synchronized void report(List<Diagnostic> problems) {
    if (!problems.isEmpty()) {
      err.print(new DiagnosticFormatter().formatAll(problems));
      err.flush();
    }
  }

  @Override
  public void close() {
    try {
      watcher.close();
    } catch (IOException e) {
      // The watch ends with the process; nothing to keep.
    }
    build.close();
    server.close();
  }
}
