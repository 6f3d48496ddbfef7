package kokai.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.publish.Staging;

/**
 * Publishing replaces the whole output folder, so a mistyped {@code --out} must not replace the
 * content, the themes or a folder that is not a site, nor lie where the next build reads content
 * (the sheets, the pages) or be a file; and the folder that holds it must be one kokai may write
 * in: refused before anything is written. A link is checked where it points.
 */
final class OutputGuard {
  private OutputGuard() {}

  /** The path with the links of its deepest existing folder resolved; the rest, not made yet, as given. */
  static Path real(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }

  static void check(BuildConfig cfg, Diagnostics diags) {
    // Published where a link points (the web server's folder, say); the link stays.
    Optional<Path> published = Staging.publishedAt(cfg.out());
    if (published.isEmpty()) {
      diags.error(SourceLocation.of(cfg.out()), null, "the output folder is a link to a folder that does not exist",
          "make the folder the link points to, or give another --out");
      return;
    }
    // Compared as the file system has them: a link on the way (content/pages as lnk, or the
    // content folder itself a link) must not hide that the output is inside the content.
    Path out = real(published.get());
    Path content = real(cfg.content());
    Path themes = real(cfg.themes());
    if (content.startsWith(out) || themes.startsWith(out)) {
      diags.error(SourceLocation.of(cfg.out()), null,
          "the output folder contains the content or the themes, and publishing replaces it as a whole",
          "give an output folder of its own with --out, e.g. site");
      return;
    }
    if (out.startsWith(themes) && themes.relativize(out).getNameCount() > 1) {
      // Inside a theme: its assets are copied into the site, which would hold itself, deeper each build.
      diags.error(SourceLocation.of(cfg.out()), null, "the output folder lies inside a theme, whose assets the site copies",
          "give an output folder beside the content and the themes, e.g. --out site");
      return;
    }
    if (out.startsWith(content)) {
      // In sheets/, pages/ or static/ the next build would read the site as content; elsewhere in the
      // content a city's content would hold a copy of its site.
      diags.error(SourceLocation.of(cfg.out()), null,
          "the output folder lies inside the content folder, which the next build reads (its static/ is published as it is)",
          "give an output folder beside the content, e.g. --out site");
      return;
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      diags.error(SourceLocation.of(cfg.out()), null, "the output folder is a file",
          "give the path of a folder with --out (it is made if missing), e.g. site");
      return;
    }
    Path parent = out.getParent();
    while (parent != null && !Files.isDirectory(parent)) {
      parent = parent.getParent();
    }
    if (parent != null && !Files.isWritable(parent) || Files.isDirectory(out) && !Files.isWritable(out)) {
      Path denied = parent != null && !Files.isWritable(parent) ? parent : out;
      diags.error(SourceLocation.of(denied), null,
          "kokai may not write in this folder (permission denied), and publishing makes the new site beside the old one and renames it",
          "run kokai as a user who may write in " + denied + ", or give an --out elsewhere");
      return;
    }
    if (Files.isDirectory(out) && !Files.isRegularFile(out.resolve("index.html")) && !isEmpty(out)) {
      diags.error(SourceLocation.of(cfg.out()), null,
          "the output folder holds files but no index.html, so it does not look like a site kokai built; publishing would delete them",
          "choose another --out, or empty the folder first");
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
