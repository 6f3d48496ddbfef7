package kokai.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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

  private PreviewSession(BuildConfig config, PreviewServer server, PrintWriter out, PrintWriter err) {
    this.config = config;
    this.build = new IncrementalBuild(config);
    this.server = server;
    this.out = out;
    this.err = err;
  }

  /** Builds once and starts serving {@code config.out()}; a failed first build is reported, not thrown. */
  public static PreviewSession start(BuildConfig config, InetAddress bind, int port, PrintWriter out, PrintWriter err)
      throws IOException {
    PreviewServer server = PreviewServer.start(() -> config.out(), bind, port);
    PreviewSession s = new PreviewSession(config, server, out, err);
    s.rebuild(Set.of());
    return s;
  }

  public InetSocketAddress address() {
    return server.address();
  }

  /** Watches the content and the themes, rebuilding after each burst of changes, until interrupted. */
  public void watchForever() throws IOException, InterruptedException {
    try (ContentWatcher watcher = new ContentWatcher(List.of(config.content(), config.themes()))) {
      while (!Thread.currentThread().isInterrupted()) {
        Set<Path> changed = watcher.take();
        if (changed.stream().anyMatch(p -> !p.getFileName().toString().startsWith("."))) {
          rebuild(changed);
        }
      }
    }
  }

  /**
   * Rebuilds after the given files changed (none: a full build); open pages reload on success, or
   * show the problems on failure.
   */
  public BuildResult rebuild(Set<Path> changed) {
    BuildResult r = changed.isEmpty() ? build.full() : build.update(changed);
    List<Diagnostic> problems = new ArrayList<>(r.diagnostics());
    DiagnosticFormatter fmt = new DiagnosticFormatter();
    if (!problems.isEmpty()) {
      err.print(fmt.formatAll(problems));
      err.flush();
    }
    long ms = r.elapsed().toMillis();
    if (r.published()) {
      long g = generation.incrementAndGet();
      server.reload(g);
      out.printf(Locale.ROOT, "%s %d pages in %d ms (%d files changed)%n",
          changed.isEmpty() ? "built" : "rebuilt", r.pages(), ms, r.files() - r.unchanged());
    } else {
      server.problem(fmt.formatAll(problems.stream().filter(Diagnostic::isError).toList()));
      err.printf(Locale.ROOT, "build failed after %d ms; still serving the last good pages%n", ms);
    }
    out.flush();
    return r;
  }

  @Override
  public void close() {
    server.close();
  }
}
