package kokai.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import kokai.model.EditorFiles;

/**
 * Watches folders and their subfolders (content, theme) and hands out the files that changed, a
 * burst at a time: an editor's save is often a write, a rename and a delete, and they are reported
 * together once the folder has been quiet for a few milliseconds.
 *
 * <pre>{@code
 * try (ContentWatcher w = new ContentWatcher(List.of(Path.of("content"), Path.of("themes")))) {
 *   Set<Path> changed = w.take();   // blocks until something changed
 * }
 * }</pre>
 */
public final class ContentWatcher implements AutoCloseable {
  /** How long the folders must stay quiet before a burst of changes is handed out. */
  private static final long QUIET_MS = 8;
  /** A burst is handed out after this long even if changes keep coming. */
  private static final long MAX_WAIT_MS = 150;

  private final WatchService service;
  private final Map<WatchKey, Path> dirs = new HashMap<>();
  /** The watched folders, absolute. */
  private final List<Path> roots;
  /**
   * The folders holding a root, watched for the root itself: made after the start (a city's first
   * theme), deleted, or renamed away and back. Their other entries are not looked at.
   */
  private final Set<Path> above = new HashSet<>();
  private long burstStart;

  public ContentWatcher(List<Path> roots) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).distinct().toList();
    for (Path root : this.roots) {
      Path parent = root.getParent();
      if (parent != null && Files.isDirectory(parent) && !watched(parent)) {
        above.add(parent);
        dirs.put(parent.register(service, ENTRY_CREATE, ENTRY_DELETE), parent);
      }
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
  }

  /** Whether {@code dir} lies in a root, whose folders are all watched. */
  private boolean watched(Path dir) {
    return roots.stream().anyMatch(dir::startsWith);
  }

  /**
   * Blocks until something changes, then returns every changed path (absolute); a path whose
   * events were lost (overflow) is reported as its folder.
   */
  public Set<Path> take() throws InterruptedException {
    Set<Path> changed = new TreeSet<>();
    WatchKey first = service.take();
    burstStart = System.nanoTime();
    drain(first, changed);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
    while (System.nanoTime() < deadline) {
      WatchKey next = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
      if (next == null) {
        break;
      }
      drain(next, changed);
    }
    return changed;
  }

  /** When the first change of the last burst {@link #take} handed out was noticed ({@link System#nanoTime()}). */
  public long burstStart() {
    return burstStart;
  }

  private void drain(WatchKey key, Set<Path> changed) {
    Path dir = dirs.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (dir == null) {
        continue;
      }
      if (event.kind() == OVERFLOW) {
        changed.add(dir);
        continue;
      }
      Path p = dir.resolve((Path) event.context());
      if (roots.contains(p)) {
        root(p, event.kind() == ENTRY_CREATE);
      } else if (!watched(dir)) {
        // Another entry of a folder watched only for a root: nothing to do with the site.
        continue;
      }
      changed.add(p);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(p)) {
        try {
          registerTree(p);
        } catch (IOException e) {
          changed.add(dir);
        }
      }
    }
    if (!key.reset()) {
      dirs.remove(key);
    }
  }

  /**
   * A root was made (or renamed back) or went away. A folder renamed away stays watched under its
   * old name by the system, so its keys are dropped: its edits are not the site's any more.
   */
  private void root(Path root, boolean made) {
    dirs.entrySet().removeIf(e -> {
      boolean gone = e.getValue().startsWith(root);
      if (gone) {
        e.getKey().cancel();
      }
      return gone;
    });
    if (made && Files.isDirectory(root)) {
      try {
        registerTree(root);
      } catch (IOException e) {
        // Gone again already: its deletion comes as an event of its own.
      }
    }
  }

  /**
   * Watches a folder and the folders in it. Links are followed, so a content folder that is a link
   * to a shared drive is watched where it leads, its files named under the link as the build
   * names them. Folders with an editor's or a tool's name ({@code .git}) are not content.
   */
  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) throws IOException {
        String name = d.getFileName() == null ? "" : d.getFileName().toString();
        if (!d.equals(root) && EditorFiles.isLeftover(name) && !EditorFiles.isWebServerFile(name)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Path abs = d.toAbsolutePath().normalize();
        dirs.put(abs.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), abs);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        // Gone while walked (a checkout of another branch: its deletion is an event of its own), or
        // a link that leads back up the tree.
        return FileVisitResult.CONTINUE;
      }
    });
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
