package kokai.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Files of the preview folder whose new bytes are known but not yet on disk. An edit of a sheet
 * rewrites the pages that show it and tens of search shards: written one by one beside the old
 * file and renamed over it, they cost the reload 15-25 ms of file system work on an ordinary disk.
 * Here they are kept in memory, where the preview server reads them at once ({@link #read}), and
 * one thread writes them to the folder in the order they came, each beside the old file and then
 * renamed over it. A file leaves memory once its last bytes are on disk.
 *
 * <pre>{@code
 * PendingWrites pending = new PendingWrites(Path.of("preview"));
 * pending.write("2022/088/index.html", bytes);   // served from now on
 * pending.flush();                                // on disk
 * }</pre>
 */
public final class PendingWrites implements AutoCloseable {
  /** New bytes of a file, or null when the file is to be deleted. */
  record Entry(byte[] bytes) {}

  private final Path root;
  private final ConcurrentHashMap<String, Entry> files = new ConcurrentHashMap<>();
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "kokai-preview-writer");
    t.setDaemon(true);
    return t;
  });
  private final AtomicReference<IOException> failure = new AtomicReference<>();

  public PendingWrites(Path root) {
    this.root = root;
  }

  /**
   * The bytes a file of the folder ({@code search/index/s/12.js}) has while they are not yet on
   * disk; empty when the disk has them (or the file is being deleted).
   */
  public Optional<byte[]> read(String path) {
    Entry e = files.get(path);
    return e == null ? Optional.empty() : Optional.ofNullable(e.bytes());
  }

  /** What is waiting for the disk for this file, or null when nothing is: the disk has its bytes. */
  Entry entry(String path) {
    return files.get(path);
  }

  void write(String path, byte[] bytes) {
    put(path, new Entry(bytes));
  }

  void delete(String path) {
    put(path, new Entry(null));
  }

  private void put(String path, Entry e) {
    files.put(path, e);
    writer.execute(() -> {
      try {
        Path file = root.resolve(path);
        if (e.bytes() == null) {
          Files.deleteIfExists(file);
        } else {
          PreviewSink.put(file, e.bytes());
        }
        // A newer write of the same file keeps its entry.
        files.remove(path, e);
      } catch (IOException ex) {
        // The entry stays, so the preview keeps serving the right bytes; flush reports the failure.
        failure.compareAndSet(null, ex);
      }
    });
  }

  /** Waits until every file written so far is on disk; throws if one of them could not be written. */
  public void flush() {
    Future<?> done = writer.submit(() -> { });
    try {
      done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    IOException e = failure.getAndSet(null);
    if (e != null) {
      throw new UncheckedIOException("cannot write the preview folder", e);
    }
  }

  /**
   * Drops what is still held: the files whose writing failed. Called before a full build, which
   * writes every file of the folder anew; kept, their bytes would be served instead of the build's.
   */
  void forget() {
    files.clear();
    failure.set(null);
  }

  /** Writes what is pending and stops the writing thread. */
  @Override
  public void close() {
    try {
      flush();
    } finally {
      writer.shutdown();
    }
  }
}
