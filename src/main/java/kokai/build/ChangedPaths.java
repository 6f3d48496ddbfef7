package kokai.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kokai.model.EditorFiles;

/**
 * Sorts out the paths a file watcher reports after a save: which of them a rebuild has to look
 * at. Editors leave names behind that the build never reads: swap, lock, backup and autosave files
 * ({@link EditorFiles}) and the temporary file written beside a sheet and renamed over it (gone by
 * the time the rebuild starts).
 */
final class ChangedPaths {
  private ChangedPaths() {}

  /**
   * The paths of {@code changed} that matter: not an editor's leftover under the content or the themes, and
   * either still there or read by the last good build ({@code sheetFiles}, absolute; null when
   * there was none, and then every path that is not a leftover matters).
   */
  static Set<Path> relevant(Set<Path> changed, BuildConfig config, Collection<Path> sheetFiles) {
    Set<Path> out = new TreeSet<>();
    for (Path p : changed) {
      Path a = abs(p);
      if (!hidden(a, config) && (sheetFiles == null || Files.exists(a) || wasRead(a, config, sheetFiles))) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean hidden(Path a, BuildConfig config) {
    Path statics = abs(config.content()).resolve(StaticFiles.FOLDER);
    if (a.startsWith(statics) && !a.equals(statics)) {
      return !StaticFiles.published(statics.relativize(a));
    }
    for (Path root : List.of(abs(config.content()), abs(config.themes()))) {
      if (a.startsWith(root) && !a.equals(root)) {
        return EditorFiles.isLeftover(root.relativize(a));
      }
    }
    return a.getFileName() != null && EditorFiles.isLeftover(a.getFileName().toString());
  }

  /**
   * Whether a path that is gone mattered to the last good build: a sheet file or a folder above
   * one, or anything outside the sheets folder (pages, the site config, the themes).
   */
  private static boolean wasRead(Path gone, BuildConfig config, Collection<Path> sheetFiles) {
    if (!gone.startsWith(abs(config.content()).resolve("sheets"))) {
      return true;
    }
    return sheetFiles.stream().anyMatch(f -> f.startsWith(gone));
  }

  private static Path abs(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
