package kokai.site;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * Where the build writes its files: a path relative to the site root ({@code 2022/088/index.html},
 * {@code search/shards/ab.json}) and the file's bytes. The render and search stages write through
 * it; the build bridges it to the staging folder. Implementations must be safe to call from
 * several threads at once.
 *
 * <pre>{@code
 * OutputSink sink = (path, bytes) -> Files.write(root.resolve(path), bytes);
 * sink.write("robots.txt", "User-agent: *\n".getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
@FunctionalInterface
public interface OutputSink {
  void write(String relativePath, byte[] bytes);

  /** Writes a text file (a rendered page) as UTF-8; a sink that reads the pages it writes overrides this. */
  default void writeText(String relativePath, String text) {
    write(relativePath, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * A sink that writes into {@code folder} ({@code en/}) of {@code sink}: a page written to
   * {@code 2022/088/index.html} goes to {@code en/2022/088/index.html}.
   */
  static OutputSink under(String folder, OutputSink sink) {
    return new OutputSink() {
      @Override
      public void write(String relativePath, byte[] bytes) {
        sink.write(folder + relativePath, bytes);
      }

      @Override
      public void writeText(String relativePath, String text) {
        sink.writeText(folder + relativePath, text);
      }

      @Override
      public OutputStream open(String relativePath) {
        return sink.open(folder + relativePath);
      }
    };
  }

  /**
   * Opens a file to write as a stream, for files too large to hold in memory (the site-wide data
   * of a large city); the file is complete when the stream is closed. This default collects the
   * bytes and hands them to {@link #write} on close; a sink backed by files streams them.
   */
  default OutputStream open(String relativePath) {
    return new ByteArrayOutputStream() {
      private boolean closed;

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          OutputSink.this.write(relativePath, toByteArray());
        }
      }
    };
  }
}
