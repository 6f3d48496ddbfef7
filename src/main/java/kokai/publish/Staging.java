package kokai.publish;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A site being built in a staging folder next to the output folder, published by renaming: the old
 * output is renamed away, the staging folder renamed in its place, and the old one deleted. Until
 * {@link #publish()} the output folder is not touched, so a failed build leaves the previous site
 * as it was. Writing is safe from several threads.
 *
 * <p>A file whose bytes equal those of the same file in the current output is not written again:
 * the staged file becomes a hard link to the published one, so it keeps its modification time and
 * an upload by rsync or FTP sends only the files that changed.
 *
 * <pre>{@code
 * Staging staging = Staging.open(Path.of("site"));
 * try {
 *   staging.write("index.html", bytes);
 *   staging.publish();   // the previous site's folder when it could not be deleted
 * } finally {
 *   staging.discard();   // no-op after publish
 * }
 * }</pre>
 */
public final class Staging {
  private final Path out;
  private final Path root;
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong unchanged = new AtomicLong();
  /** Folders of the staging folder known to exist; most files go into a folder made for an earlier one. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();

  /** Deletes the staging folder when Java stops before the site is published or discarded. */
  private final Thread onStop;
  /** Set as Java stops: the build is ending, and no more files are written. */
  private volatile boolean stopping;
  /** Held from opening to publishing or discarding: another build for the same folder is refused meanwhile. */
  private FileChannel lockFile;

  /** What writing a file throws once Java is stopping: the build ends, and that is not a fault to report. */
  public static final class Stopped extends IOException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the build was stopped");
    }
  }

  /** What opening a staging folder throws while another build (another Java) has one for the same output. */
  public static final class Busy extends IOException {
    private static final long serialVersionUID = 1L;

    Busy(Path out) {
      super("another build is writing the site for " + out + " now");
    }
  }

  private Staging(Path out, Path root) {
    this.out = out;
    this.root = root;
    this.onStop = new Thread(this::stop, "kokai-staging-cleanup");
  }

  /**
   * Creates a fresh staging folder for {@code out} (removing one left by an interrupted build).
   * An output folder that is a symbolic link (to the web server's folder, say) is published where
   * the link points, and the link stays. Until the site is published or discarded, the staging
   * folder is deleted if Java is stopped (Ctrl-C, a service's stop).
   */
  public static Staging open(Path out) {
    Path abs = publishedAt(out).orElseThrow(
        () -> new UncheckedIOException(new IOException("the output folder " + out + " is a link to a folder that does not exist")));
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new IllegalArgumentException(out + " exists and is not a folder");
    }
    Path root = sibling(abs, "staging");
    Staging staging = new Staging(abs, root);
    // Before the folder is made: Java stopping in between then finds it to delete, or refuses the hook.
    try {
      Runtime.getRuntime().addShutdownHook(staging.onStop);
    } catch (IllegalStateException stopping) {
      throw new UncheckedIOException(new Stopped());
    }
    try {
      staging.lock();
      putBackInterrupted(abs);
      deleteTree(root);
      Files.createDirectories(root);
    } catch (Busy e) {
      staging.forgetStop();
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      staging.unlock();
      if (staging.stopping) {
        // Java stopped while a staging folder left by an interrupted build was being cleared.
        throw new UncheckedIOException(new Stopped());
      }
      staging.forgetStop();
      throw new UncheckedIOException("cannot create the staging folder " + root, e);
    }
    return staging;
  }

  /**
   * Takes the output's lock, a file beside it: a second build for the same folder (run by hand
   * while a scheduled one runs) would otherwise take the first one's staging folder for one left
   * by an interrupted build, and delete it while the first one writes there.
   */
  private synchronized void lock() throws IOException {
    Path file = sibling(out, "lock");
    // --out D:/web/hyoka/site with D:/web/hyoka not made yet: the output folder is made if missing,
    // and so are the folders it goes in, where the lock (and then the staging folder) lies.
    Files.createDirectories(file.getParent());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      if (channel.tryLock() == null) {
        channel.close();
        throw new Busy(out);
      }
    } catch (OverlappingFileLockException sameJava) {
      channel.close();
      throw new Busy(out);
    }
    lockFile = channel;
  }

  /**
   * Puts the previous site back where a build was stopped between its two publishing renames (the
   * machine switched off, the process killed): the output folder is then missing and the site it
   * held lies beside it, under the name {@link #publish()} gave it. Put back, it serves again, and
   * the build compares its files with it, so that unchanged files keep their times.
   */
  private static void putBackInterrupted(Path out) throws IOException {
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path previous = null;
    for (Path old : oldNames(out)) {
      if (!Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
        break;
      }
      previous = old;
    }
    if (previous != null) {
      Files.move(previous, out, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** The names the previous site is put aside under while publishing, in the order they are tried. */
  private static Iterable<Path> oldNames(Path out) {
    return () -> Stream.iterate(1, n -> n + 1).map(n -> sibling(out, n == 1 ? "old" : "old-" + n)).iterator();
  }

  /** Lets another build have the output: the lock's file goes, then its lock. */
  private synchronized void unlock() {
    if (lockFile == null) {
      return;
    }
    try (FileChannel channel = lockFile) {
      Files.deleteIfExists(sibling(out, "lock"));
    } catch (IOException e) {
      // An empty file beside the output: the next build takes it over.
    }
    lockFile = null;
  }

  /**
   * The folder a site for {@code out} is published in, absolute: where {@code out} points when it
   * is a symbolic link (to the web server's folder, say), which stays; empty for a link to nothing,
   * unless a build was stopped while publishing there and its previous site is to be put back.
   */
  public static Optional<Path> publishedAt(Path out) {
    Path abs = out.toAbsolutePath().normalize();
    if (!Files.isSymbolicLink(abs)) {
      return Optional.of(abs);
    }
    try {
      return Optional.of(abs.toRealPath());
    } catch (IOException e) {
      try {
        Path target = abs.resolveSibling(Files.readSymbolicLink(abs)).normalize();
        return Files.isDirectory(sibling(target, "old"), LinkOption.NOFOLLOW_LINKS) ? Optional.of(target) : Optional.empty();
      } catch (IOException | UnsupportedOperationException unreadable) {
        return Optional.empty();
      }
    }
  }

  /**
   * What happens when Java stops before the site is published: no file is begun after this, and
   * the staging folder is deleted. The rendering threads go on while Java stops, so a file being
   * written as the folder is deleted leaves its folder behind for another try.
   */
  void stop() {
    stopping = true;
    try {
      deleteStaged();
    } finally {
      unlock();
    }
  }

  private void deleteStaged() {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        deleteTree(root);
        return;
      } catch (IOException | RuntimeException e) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void forgetStop() {
    try {
      Runtime.getRuntime().removeShutdownHook(onStop);
    } catch (IllegalStateException stopping) {
      // Java is stopping already: the hook runs, and finds the folder gone or deletes it.
    }
  }

  /** The staging folder, for checks that read the staged site. */
  public Path root() {
    return root;
  }

  public long fileCount() {
    return files.get();
  }

  public long byteCount() {
    return bytes.get();
  }

  /** How many written files had the same bytes as in the current output (and kept its file). */
  public long unchangedCount() {
    return unchanged.get();
  }

  /**
   * The file that {@code relativePath} ({@code 2022/088/index.html}) names under {@code root}; a
   * path that is empty, absolute, written with backslashes or leaving the site is refused, as a
   * fault of the build's own.
   */
  public static Path inside(Path root, String relativePath) {
    Path target = root.resolve(relativePath).normalize();
    if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\") || !target.startsWith(root)) {
      throw new IllegalArgumentException("output path \"" + relativePath + "\" is not inside the site");
    }
    return target;
  }

  /** Writes one file; the path is relative to the site root and may not leave it. */
  public void write(String relativePath, byte[] content) {
    Path target = inside(root, relativePath);
    try {
      makeFolder(target.getParent());
      try {
        if (!linkUnchanged(relativePath, target, content)) {
          Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
      } catch (FileAlreadyExistsException e) {
        throw new IllegalStateException("two outputs were written to " + relativePath, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    files.incrementAndGet();
    bytes.addAndGet(content.length);
  }

  /**
   * Creates a folder of the staging folder once: asked again, {@code Files.createDirectories} would
   * try to create it and fail with an exception, for each of the site's tens of thousands of files.
   */
  private void makeFolder(Path folder) throws IOException {
    if (stopping) {
      throw new Stopped();
    }
    if (!folders.contains(folder)) {
      Files.createDirectories(folder);
      folders.add(folder);
    }
  }

  /** After a streamed file is written: when the published one has the same bytes, keeps that one instead. */
  private void keepIfUnchanged(String relativePath, Path target) throws IOException {
    Path published = out.resolve(relativePath);
    if (!Files.isRegularFile(published) || Files.size(published) != Files.size(target) || Files.mismatch(published, target) != -1) {
      return;
    }
    Path aside = target.resolveSibling(target.getFileName() + ".kokai-written");
    Files.move(target, aside);
    try {
      Files.createLink(target, published);
      Files.delete(aside);
      unchanged.incrementAndGet();
    } catch (IOException | UnsupportedOperationException e) {
      // No hard links here: keep the written copy (same bytes, new time stamp).
      Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Links {@code target} to the published file when that has exactly these bytes. */
  private boolean linkUnchanged(String relativePath, Path target, byte[] content) throws IOException {
    Path published = out.resolve(relativePath);
    // The size as File gives it: 0, not an exception, for a file that is not there (every file of a
    // first build), which the read below then finds missing.
    if (published.toFile().length() != content.length) {
      return false;
    }
    try {
      if (!Arrays.equals(Files.readAllBytes(published), content)) {
        return false;
      }
      Files.createLink(target, published);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (IOException | UnsupportedOperationException e) {
      // No published file (an empty file's, whose size 0 let it through), or a file system without
      // hard links: write the bytes (the time stamp changes, the content not).
      return false;
    }
    unchanged.incrementAndGet();
    return true;
  }

  /**
   * Opens one file to write as a stream (for large data files); counted when closed. The path
   * rules are those of {@link #write}.
   */
  public OutputStream open(String relativePath) {
    Path target = inside(root, relativePath);
    try {
      makeFolder(target.getParent());
      OutputStream file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      return new FilterOutputStream(new BufferedOutputStream(file, 1 << 16)) {
        private long n;
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          n++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          n += len;
        }

        @Override
        public void close() throws IOException {
          if (!closed) {
            closed = true;
            super.close();
            files.incrementAndGet();
            bytes.addAndGet(n);
            keepIfUnchanged(relativePath, target);
          }
        }
      };
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("two outputs were written to " + relativePath, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /**
   * Replaces the output folder by the staged site with two renames. If the second rename fails the
   * previous site is put back. The previous site is then deleted; a folder of it that cannot be
   * deleted (files of another user) is left beside the output and returned, and the next build
   * puts its previous site aside under another name.
   */
  public Optional<Path> publish() throws IOException {
    Path old = null;
    for (Path name : oldNames(out)) {
      if (deleted(name)) {
        old = name;
        break;
      }
    }
    boolean hadOld = Files.exists(out);
    if (hadOld) {
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(root, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (hadOld) {
        Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    forgetStop();
    try {
      return deleted(old) ? Optional.empty() : Optional.of(old);
    } finally {
      unlock();
    }
  }

  /** Deletes the staging folder if it is still there (after a failed build). */
  public void discard() {
    forgetStop();
    try {
      deleteTree(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the staging folder " + root, e);
    } finally {
      unlock();
    }
  }

  /** Whether {@code dir} is gone, deleted now if need be. */
  private static boolean deleted(Path dir) {
    try {
      deleteTree(dir);
      return true;
    } catch (IOException | UncheckedIOException e) {
      return !Files.exists(dir);
    }
  }

  private static Path sibling(Path out, String what) {
    Path parent = out.getParent();
    String name = "." + out.getFileName() + "-" + what;
    return parent == null ? Path.of(name) : parent.resolve(name);
  }

  /** Deletes a folder tree: the files in parallel (a big site has many), then the folders deepest first. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(dir)) {
      all = walk.toList();
    }
    try {
      all.parallelStream().filter(p -> !Files.isDirectory(p)).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path p : all.stream().filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
      Files.delete(p);
    }
  }
}
