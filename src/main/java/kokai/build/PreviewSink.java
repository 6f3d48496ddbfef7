package kokai.build;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import kokai.site.OutputSink;

/**
 * Writes into the preview folder while it is being served: a file whose bytes are already there is
 * left alone (its time too), any other is written beside it and renamed over it, so a page is never
 * served half-written. Large files are streamed to the temporary file and compared on close.
 */
final class PreviewSink implements OutputSink {
  private final Path root;
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final java.util.function.BooleanSupplier cancelled;

  PreviewSink(Path root) {
    this(root, () -> false);
  }

  /** A sink that stops with a {@link java.util.concurrent.CancellationException} once {@code cancelled} says so. */
  PreviewSink(Path root, java.util.function.BooleanSupplier cancelled) {
    this.root = root;
    this.cancelled = cancelled;
  }

  private void checkCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new java.util.concurrent.CancellationException("a newer edit replaces this rebuild");
    }
  }

  long files() {
    return files.get();
  }

  long unchanged() {
    return files.get() - written.get();
  }

  @Override
  public void write(String path, byte[] bytes) {
    checkCancelled();
    Path file = root.resolve(path);
    files.incrementAndGet();
    try {
      if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
        return;
      }
      Path tmp = temporary(file);
      Files.write(tmp, bytes);
      replace(tmp, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @Override
  public OutputStream open(String path) {
    checkCancelled();
    Path file = root.resolve(path);
    files.incrementAndGet();
    try {
      Path tmp = temporary(file);
      return new FilterOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        private boolean closed;

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          checkCancelled();
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          if (closed) {
            return;
          }
          closed = true;
          super.close();
          if (cancelled.getAsBoolean()) {
            // Half written: the next rebuild writes the file again.
            Files.deleteIfExists(tmp);
          } else if (Files.isRegularFile(file) && Files.mismatch(tmp, file) == -1) {
            Files.delete(tmp);
          } else {
            replace(tmp, file);
          }
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Removes a file the site no longer has. */
  void delete(String path) {
    try {
      Files.deleteIfExists(root.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root.resolve(path), e);
    }
  }

  private static Path temporary(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return file.resolveSibling("." + file.getFileName() + ".kokai-tmp");
  }

  private void replace(Path tmp, Path file) throws IOException {
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    written.incrementAndGet();
  }
}
