package kokai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's watcher sees what staff do to the folders themselves, not only to their files. */
class ContentWatcherTest {
  @TempDir Path dir;

  /** Waits for the next burst of changes that includes a path under {@code wanted}. */
  private static Set<Path> takeUntil(ContentWatcher w, Path wanted) throws Exception {
    Set<Path> seen = new TreeSet<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (seen.stream().noneMatch(p -> p.startsWith(wanted)) && System.nanoTime() < deadline) {
      CompletableFuture<Set<Path>> next = CompletableFuture.supplyAsync(() -> {
        try {
          return w.take();
        } catch (InterruptedException e) {
          return Set.of();
        }
      });
      seen.addAll(next.get(10, TimeUnit.SECONDS));
    }
    return seen;
  }

  /** A theme folder made after the preview started (a city starts its own theme) is watched from then on. */
  @Test
  void aFolderMadeAfterTheStartIsWatched() throws Exception {
    Files.createDirectories(dir.resolve("content/sheets/2022"));
    Path themes = dir.resolve("themes");
    try (ContentWatcher w = new ContentWatcher(List.of(dir.resolve("content"), themes))) {
      Files.createDirectories(themes.resolve("city/templates"));
      assertThat(takeUntil(w, themes)).isNotEmpty();
      Path template = themes.resolve("city/templates/sheet.ftlh");
      Thread.sleep(50);
      Files.writeString(template, "<p>city</p>");
      assertThat(takeUntil(w, template)).contains(template);
    }
  }

  /**
   * A content folder that is a link (to a shared drive, say) is watched where it leads, and its
   * files are named under the link, as the build names them.
   */
  @Test
  void aContentFolderThatIsALinkIsWatchedWhereItLeads() throws Exception {
    Path real = Files.createDirectories(dir.resolve("share/content/sheets/2022"));
    Path link = Files.createSymbolicLink(dir.resolve("content"), dir.resolve("share/content"));
    try (ContentWatcher w = new ContentWatcher(List.of(link, dir.resolve("themes")))) {
      Files.writeString(real.resolve("001.yaml"), "id: \"001\"\n");
      Path named = link.resolve("sheets/2022/001.yaml");
      assertThat(takeUntil(w, named)).contains(named);
    }
  }

  /**
   * The content folder renamed away and a new one put in its place (or the same one renamed back):
   * both are seen, and edits in the new folder are too.
   */
  @Test
  void aContentFolderRenamedAwayAndBackIsSeen() throws Exception {
    Path root = dir.resolve("content");
    Files.createDirectories(root.resolve("sheets/2022"));
    try (ContentWatcher w = new ContentWatcher(List.of(root, dir.resolve("themes")))) {
      Files.move(root, dir.resolve("content-old"));
      assertThat(takeUntil(w, root)).contains(root);
      Files.createDirectories(root.resolve("sheets/2022"));
      assertThat(takeUntil(w, root)).contains(root);
      Thread.sleep(50);
      Path sheet = root.resolve("sheets/2022/001.yaml");
      Files.writeString(sheet, "id: \"001\"\n");
      assertThat(takeUntil(w, sheet)).contains(sheet);
      // The old folder is watched no more: its edits are not taken for the new one's.
      Files.writeString(dir.resolve("content-old/sheets/2022/002.yaml"), "id: \"002\"\n");
      Files.writeString(root.resolve("sheets/2022/003.yaml"), "id: \"003\"\n");
      assertThat(takeUntil(w, root.resolve("sheets/2022/003.yaml"))).doesNotContain(root.resolve("sheets/2022/002.yaml"));
    }
  }
}
