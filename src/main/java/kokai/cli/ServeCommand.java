package kokai.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import kokai.build.BuildConfig;
import kokai.build.SiteBuild;
import kokai.diag.Diagnostic;
import kokai.serve.PreviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kokai serve}: a local preview that rebuilds and reloads open pages on every edit. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Previews the site at http://127.0.0.1:<port>/, rebuilding and reloading open pages when the content or theme changes.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions source;

  @Option(names = "--port", defaultValue = "1313", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
  String bind;

  @Option(names = "--out", description = "The preview folder (default: a temporary folder, deleted on exit).")
  Path out;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    var stdout = spec.commandLine().getOut();
    if (port < 0 || port > 65_535) {
      err.println("kokai serve: --port " + port + " is not a port number (0–65535)");
      return ExitCodes.USAGE;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      err.println("kokai serve: --bind " + bind + " is not an address of this computer; use 127.0.0.1");
      return ExitCodes.USAGE;
    }
    if (!address.isLoopbackAddress()) {
      err.println("kokai serve: warning: listening on " + bind + " makes the preview visible to other computers");
    }
    boolean temporary = out == null;
    if (!temporary) {
      // Served as it is until a build replaces it: a folder the build refuses (the content, its
      // parent, a folder of other files) would be served with everything in it.
      List<Diagnostic> refused = SiteBuild.refusedOutput(new BuildConfig(source.content, out, null, source.themeDir));
      if (!refused.isEmpty()) {
        DiagnosticPrinter.print(err, refused);
        return ExitCodes.DATA;
      }
    }
    Path folder = temporary ? Files.createTempDirectory("kokai-preview").resolve("site") : out;
    java.util.concurrent.atomic.AtomicReference<PreviewSession> running = new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
    Thread cleanup = new Thread(() -> {
      stopping.set(true);
      PreviewSession s = running.get();
      if (s != null) {
        s.stopping();
      }
      if (temporary) {
        // The first build may be running (at 10,000 sheets it takes many seconds): once its folder
        // is a file it fails at its next write, and only then does nothing write there any more.
        removeTemporary(folder.getParent(), () -> {
          if (s != null) {
            s.awaitIdle(java.time.Duration.ofSeconds(30));
          }
        });
      }
    }, "kokai-preview-cleanup");
    // Ctrl-C ends the JVM without running finally blocks; the hook still removes the preview folder.
    Runtime.getRuntime().addShutdownHook(cleanup);
    try (PreviewSession session = PreviewSession.open(new BuildConfig(source.content, folder, null, source.themeDir), address, port, stdout, err)) {
      running.set(session);
      if (stopping.get()) {
        return ExitCodes.OK;
      }
      // Said before the first build, which takes many seconds for a large city: the address answers
      // at once, with a page that waits for the build and then shows the site.
      var a = session.address();
      // Listening on every address (--bind 0.0.0.0): this computer's own is the one to open.
      String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
      stdout.println("previewing at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort()
          + "/ (Ctrl-C stops); building the site…");
      stdout.flush();
      session.rebuild(Set.of());
      if (stopping.get()) {
        return ExitCodes.OK;
      }
      session.watchForever();
    } catch (BindException e) {
      if (String.valueOf(e.getMessage()).contains("assign requested address")) {
        err.println("kokai serve: cannot listen on " + bind + ", which is not an address of this computer; use 127.0.0.1"
            + " (or 0.0.0.0 for every address it has)");
        return ExitCodes.USAGE;
      }
      err.println("kokai serve: cannot listen on " + bind + ":" + port + " (" + e.getMessage()
          + "); another preview or program may be using it: stop it, or pass another --port, e.g. --port "
          + (port == 0 || port == 65_535 ? 0 : port + 1));
      return ExitCodes.USAGE;
    } catch (InterruptedException e) {
      // Stopped by the caller (a test, an embedding tool): a normal end.
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      if (stopping.get()) {
        // Ctrl-C during a rebuild: it failed because its folder went; nothing to report.
        return ExitCodes.OK;
      }
      throw e;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
        cleanup.run();
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is removing the folder.
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Removes the temporary preview folder. At Ctrl-C a rebuild may still be writing into it, and a
   * build makes again the folders it writes into: the folder is renamed aside and a file put in
   * its place, so those writes fail instead; the file goes once {@code awaitIdle} returned (the
   * rebuild has ended, or the wait timed out).
   */
  static void removeTemporary(Path dir, Runnable awaitIdle) {
    List<Path> aside = new ArrayList<>();
    // Again if a write made the folder anew between the rename and the file.
    for (int i = 0; i < 5 && !Files.isRegularFile(dir, LinkOption.NOFOLLOW_LINKS); i++) {
      try {
        Path to = dir.resolveSibling(dir.getFileName() + ".removed" + i);
        Files.move(dir, to, StandardCopyOption.ATOMIC_MOVE);
        aside.add(to);
        Files.createFile(dir);
      } catch (IOException e) {
        // gone already, or made anew: see again
      }
    }
    try {
      awaitIdle.run();
    } finally {
      aside.add(dir);
      for (Path p : aside) {
        // A write under way at the rename may add a file while the folder is walked.
        for (int attempt = 0; attempt < 3 && Files.exists(p, LinkOption.NOFOLLOW_LINKS); attempt++) {
          try {
            deleteTree(p);
          } catch (IOException | UncheckedIOException again) {
            // walk it again (a build that failed is deleting its staging folder in there too)
          }
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
