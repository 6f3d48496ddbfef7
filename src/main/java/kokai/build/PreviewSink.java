package kokai.build;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import kokai.site.OutputSink;

/**
 * Writes into the preview folder while it is being served: a file whose bytes are already there is
 * left alone (its time too), any other is written beside it and renamed over it, so a page is never
 * served half-written. Large files are streamed to the temporary file and compared on close.
 *
 * <p>A sink made with {@link #undoable} remembers, until {@link #commit}, what each file it replaced
 * held, so that an edit whose rendering fails half-way can be taken back with {@link #undo}: the
 * preview keeps serving the last good pages, not a mix of old and new. Given {@link PendingWrites},
 * it leaves the files in them for the preview to serve at once and for their thread to write.
 */
final class PreviewSink implements OutputSink {
  private final Path root;
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  /** The files whose bytes this sink changed (written anew or deleted). */
  private final Set<String> changed = ConcurrentHashMap.newKeySet();
  private final BooleanSupplier cancelled;
  /** Where written files go before the disk; null: straight to disk. */
  private final PendingWrites pending;
  /** Whether the sink keeps nothing it is given (a dry run). */
  private final boolean discards;
  /** What the files replaced so far held (empty: there was none), by path; null when not remembered. */
  private volatile Map<String, Optional<byte[]>> before;

  /** A sink that stops with a {@link CancellationException} once {@code cancelled} says so. */
  PreviewSink(Path root, BooleanSupplier cancelled) {
    this(root, cancelled, null);
  }

  private PreviewSink(Path root, BooleanSupplier cancelled, PendingWrites pending) {
    this(root, cancelled, pending, false);
  }

  private PreviewSink(Path root, BooleanSupplier cancelled, PendingWrites pending, boolean discards) {
    this.root = root;
    this.cancelled = cancelled;
    this.pending = pending;
    this.discards = discards;
  }

  /**
   * A sink whose writes can be taken back with {@link #undo} until {@link #commit}, written
   * through {@code pending} (null: straight to disk).
   */
  static PreviewSink undoable(Path root, PendingWrites pending) {
    PreviewSink sink = new PreviewSink(root, () -> false, pending);
    sink.before = new ConcurrentHashMap<>();
    return sink;
  }

  /** Whether a newer edit stopped the writes of this sink. */
  boolean stopped() {
    return cancelled.getAsBoolean();
  }

  /** A sink that counts the files it is given and keeps none: for a dry run of an edit. */
  static PreviewSink discarding() {
    PreviewSink sink = new PreviewSink(Path.of(""), () -> false, null, true);
    sink.before = new ConcurrentHashMap<>();
    return sink;
  }

  private void checkCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException("a newer edit replaces this rebuild");
    }
  }

  long files() {
    return files.get();
  }

  long unchanged() {
    return files.get() - written.get();
  }

  /** Whether this sink gave the file ({@code 2022/088/index.html}) other bytes, or removed it. */
  boolean changed(String path) {
    return changed.contains(path);
  }

  @Override
  public void write(String path, byte[] bytes) {
    checkCancelled();
    if (discards) {
      files.incrementAndGet();
      return;
    }
    Path file = root.resolve(path);
    files.incrementAndGet();
    try {
      Map<String, Optional<byte[]>> log = before;
      PendingWrites.Entry waiting = pending == null ? null : pending.entry(path);
      byte[] old;
      if (waiting != null) {
        old = waiting.bytes();
      } else {
        old = Files.isRegularFile(file) && (log != null || Files.size(file) == bytes.length) ? Files.readAllBytes(file) : null;
      }
      if (old != null && Arrays.equals(old, bytes)) {
        return;
      }
      if (log != null) {
        log.putIfAbsent(path, Optional.ofNullable(old));
      }
      replace(path, bytes);
      changed.add(path);
      written.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @Override
  public OutputStream open(String path) {
    checkCancelled();
    if (discards) {
      files.incrementAndGet();
      return OutputStream.nullOutputStream();
    }
    if (pending != null) {
      // Kept whole, as every file of the pending writes is.
      return new ByteArrayOutputStream() {
        @Override
        public void close() {
          PreviewSink.this.write(path, toByteArray());
        }
      };
    }
    Path file = root.resolve(path);
    files.incrementAndGet();
    try {
      Path tmp = temporary(file);
      return new FilterOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
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
            rename(tmp, file);
            changed.add(path);
            written.incrementAndGet();
          }
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Fills the new version of a file from its old one; see {@link #rewrite}. */
  @FunctionalInterface
  interface Rewrite {
    void fill(FileChannel old, FileChannel out) throws IOException;
  }

  /**
   * Gives the file {@code path}, which must exist, new bytes made from its old ones: {@code rewrite}
   * writes them into a file beside it, with the old one open for reading, and that file is renamed
   * over it; a newer edit's stop leaves the old file. Not remembered for {@link #undo}, nor kept in
   * the pending writes: for the large files written after the reload.
   */
  void rewrite(String path, Rewrite rewrite) {
    checkCancelled();
    Path file = root.resolve(path);
    files.incrementAndGet();
    try {
      Path tmp = temporary(file);
      boolean renamed = false;
      try {
        try (FileChannel old = FileChannel.open(file, StandardOpenOption.READ);
            FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
          rewrite.fill(old, out);
        }
        // Half done or not, a stopped rewrite leaves the old file: the next rebuild writes it again.
        checkCancelled();
        rename(tmp, file);
        renamed = true;
      } finally {
        if (!renamed) {
          Files.deleteIfExists(tmp);
        }
      }
      changed.add(path);
      written.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Keeps what was written: {@link #undo} no longer applies, and nothing more is remembered. */
  void commit() {
    before = null;
  }

  /**
   * Puts back every file written since this sink was made, as it was (or removes it if it was
   * new); files streamed with {@link #open} are not remembered.
   */
  void undo() {
    Map<String, Optional<byte[]>> log = before;
    if (log == null) {
      throw new IllegalStateException("the writes were committed or not remembered");
    }
    before = null;
    try {
      for (Map.Entry<String, Optional<byte[]>> e : log.entrySet()) {
        if (e.getValue().isEmpty()) {
          delete(e.getKey());
        } else {
          replace(e.getKey(), e.getValue().get());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot put back the pages of the failed edit", e);
    }
  }

  /**
   * After a fault part-way through an edit: puts back what was written, as {@link #undo} does, if
   * the writes are still remembered; a failure to put them back is added to {@code fault}.
   */
  void undoIfRemembered(Throwable fault) {
    if (before == null) {
      return;
    }
    try {
      undo();
    } catch (RuntimeException e) {
      fault.addSuppressed(e);
    }
  }

  /** Removes a file the site no longer has. */
  void delete(String path) {
    // A removal is a change of the site too: counted as a file written.
    files.incrementAndGet();
    written.incrementAndGet();
    changed.add(path);
    if (discards) {
      return;
    }
    if (pending != null) {
      pending.delete(path);
      return;
    }
    try {
      Files.deleteIfExists(root.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root.resolve(path), e);
    }
  }

  /** Gives the file new bytes: to the pending writes, or beside the file and renamed over it. */
  private void replace(String path, byte[] bytes) throws IOException {
    if (pending != null) {
      pending.write(path, bytes);
    } else {
      put(root.resolve(path), bytes);
    }
  }

  private static Path temporary(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return file.resolveSibling("." + file.getFileName() + ".kokai-tmp");
  }

  /** Writes the bytes beside the file and renames them over it. */
  static void put(Path file, byte[] bytes) throws IOException {
    Path tmp = temporary(file);
    Files.write(tmp, bytes);
    rename(tmp, file);
  }

  private static void rename(Path tmp, Path file) throws IOException {
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
