package kokai.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import kokai.build.BuildConfig;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;

/** What the preview tests set up: a generated city's content and a preview of it on loopback. */
final class Previews {
  private Previews() {}

  /** Writes {@code sheets} generated sheets of the fiscal years {@code from}–{@code to} into {@code content}. */
  static Path content(Path content, long seed, int sheets, int from, int to) throws Exception {
    new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(seed, sheets, from, to)), content);
    return content;
  }

  /** Builds {@code content} into {@code preview} and serves it on a free loopback port; its output goes to {@code log}. */
  static PreviewSession start(Path content, Path preview, StringWriter log) throws Exception {
    return PreviewSession.start(BuildConfig.of(content, preview), InetAddress.getLoopbackAddress(), 0,
        new PrintWriter(log), new PrintWriter(log));
  }
}
