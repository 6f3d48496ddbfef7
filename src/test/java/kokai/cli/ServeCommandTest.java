package kokai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void servesOnLoopbackByDefaultAndStopsWhenInterrupted() throws Exception {
    Path site = dir.resolve("city");
    assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "init", site.toString()))
        .isZero();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serve = new Thread(() -> exit.set(Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        "serve", "--content", site.resolve("content").toString(), "--port", "0", "--out", dir.resolve("preview").toString())));
    serve.start();
    // The address is said before the first build; the site is there once the build says it is built.
    Matcher m = Pattern.compile("previewing at http://([0-9.]+):(\\d+)/").matcher("");
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!(m.reset(out.toString()).find() && out.toString().contains("built ")) && System.nanoTime() < deadline && serve.isAlive()) {
      Thread.sleep(50);
    }
    assertThat(out.toString().indexOf("previewing at")).as(out.toString()).isLessThan(out.toString().indexOf("built "));
    assertThat(m.reset(out.toString()).find()).as(out + "\n" + err).isTrue();
    assertThat(m.group(1)).isEqualTo("127.0.0.1");
    HttpResponse<String> home = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(2) + "/")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("EventSource");
    // The 404 page names its style sheet by the base URL's path, which the preview serves too.
    HttpResponse<String> missing = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(2) + "/no/such/page/")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
    Matcher css = Pattern.compile("href=\"([^\"]+\\.css)\"").matcher(missing.body());
    assertThat(css.find()).as(missing.body()).isTrue();
    assertThat(css.group(1)).startsWith("/");
    HttpResponse<String> style = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(2) + css.group(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(style.statusCode()).as(css.group(1)).isEqualTo(200);
    assertThat(style.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    serve.interrupt();
    serve.join(30_000);
    assertThat(serve.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
  }

  /**
   * Ctrl-C during a rebuild: the temporary preview folder goes although the build is still writing
   * into it (as a build's threads do until the JVM halts, making the folders they need again).
   */
  /**
   * An output folder the build refuses (the content's own folder, a folder of other files) is not
   * served either: the preview would serve the sheets' files, or anything in it, until a build
   * replaced it, and no build ever does. It stops with the build's message before it listens.
   */
  @Test
  void anOutputFolderTheBuildRefusesIsNotServed() throws Exception {
    Path site = dir.resolve("city");
    assertThat(CliTest.run("init", site.toString()).code()).isZero();
    Path other = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(other.resolve("private.txt"), "x");
    for (Path refused : List.of(site, site.resolve("content"), other)) {
      CliTest.Run r = CliTest.run("serve", "--content", site.resolve("content").toString(), "--port", "0", "--out", refused.toString());
      assertThat(r.code()).as(refused.toString()).isEqualTo(ExitCodes.DATA);
      assertThat(r.err()).startsWith(refused + ": error: the output folder").contains("1 error");
      assertThat(r.out()).doesNotContain("previewing at");
    }
  }

  @Test
  void theTemporaryFolderGoesEvenWhileARebuildWritesIntoIt() throws Exception {
    Path temporary = Files.createDirectories(dir.resolve("kokai-preview1/.site-staging/2022"));
    AtomicBoolean stop = new AtomicBoolean();
    Thread build = new Thread(() -> {
      for (int i = 0; !stop.get(); i++) {
        Path page = temporary.resolve((i % 50) + "/index.html");
        try {
          Files.createDirectories(page.getParent());
          Files.writeString(page, "<p>" + i + "</p>");
        } catch (IOException e) {
          // the folder is going: the build fails, as it would when the JVM stops
        }
      }
    });
    build.start();
    Thread.sleep(100);
    // The build runs on for a while after the folder is asked to go, then stops.
    ServeCommand.removeTemporary(dir.resolve("kokai-preview1"), () -> {
      try {
        Thread.sleep(200);
        stop.set(true);
        build.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    assertThat(build.isAlive()).isFalse();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()).toList()).isEmpty();
    }
  }

  /**
   * Stopped while its first build writes the site (before the server says where it listens): the
   * temporary folder goes all the same, nothing is reported as a fault, and the exit code is the
   * JVM's for the signal. The test sends SIGTERM, which Java handles as it does Ctrl-C's SIGINT:
   * a process started in the background, as builds often are, ignores SIGINT.
   */
  @Test
  void stoppedDuringTheFirstBuildItLeavesNoTemporaryFolder() throws Exception {
    Path content = dir.resolve("content");
    assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "generate", "--sheets",
        "150", "--years", "2022-2023", "--out", content.toString())).isZero();
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path log = dir.resolve("serve.log");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "-Xmx256m", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        "kokai.cli.Main", "serve", "--content", content.toString(), "--port", "0")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!writing(tmp) && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
      assertThat(writing(tmp)).as(Files.readString(log)).isTrue();
      p.destroy();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    String output = Files.readString(log);
    assertThat(p.exitValue()).as(output).isEqualTo(128 + 15);
    assertThat(output).contains("previewing at").doesNotContain("fault", "Exception");
    try (var left = Files.list(tmp)) {
      assertThat(left.map(Path::toString).toList()).as(output).isEmpty();
    }
  }

  /** Whether a first build is writing into a preview folder under {@code tmp}. */
  private static boolean writing(Path tmp) throws IOException {
    try (var folders = Files.list(tmp)) {
      return folders.anyMatch(f -> Files.isDirectory(f.resolve(".site-staging/2022")));
    }
  }

  @Test
  void aPortInUseIsSaidPlainlyWithAnotherToTry() throws Exception {
    Path site = dir.resolve("city");
    assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "init", site.toString()))
        .isZero();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--content",
          site.resolve("content").toString(), "--port", Integer.toString(taken.getLocalPort()), "--out",
          dir.resolve("preview").toString());
      assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "--port")
          .doesNotContain("Exception", "\tat ");
    }
  }
}
