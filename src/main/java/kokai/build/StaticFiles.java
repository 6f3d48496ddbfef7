package kokai.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.model.EditorFiles;

/**
 * The files a city publishes beside the site as they are ({@code content/static/}): the printed
 * sheets' PDFs, a web server's {@code .htaccess}, {@code .well-known/} files. Each is copied to
 * the same path under the site's root, after the pages, so links to it are checked. An editor's
 * leftovers are not copied; of the hidden names only {@code .htaccess} and {@code .well-known}
 * are. A file at a path kokai writes itself is refused, naming the file.
 *
 * <pre>{@code
 * content/static/pdf/r4-088.pdf   →  site/pdf/r4-088.pdf
 * content/static/.htaccess        →  site/.htaccess
 * }</pre>
 */
final class StaticFiles {
  static final String FOLDER = "static";

  private StaticFiles() {}

  /** Copies the content's static files into {@code out}; every clash with the site's own files is an error. */
  static Void copy(Path content, SiteOutput out, Diagnostics diags) throws IOException {
    Path dir = content.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return null;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(f -> published(dir.relativize(f))).sorted().toList();
    }
    for (Path f : files) {
      String path = dir.relativize(f).toString().replace('\\', '/');
      if (out.has(path)) {
        diags.error(SourceLocation.of(f), null, "the site has a file of its own at " + path + ", which this one would replace",
            "give the file another name or put it in a folder of its own under static/");
        continue;
      }
      try (OutputStream o = out.open(path)) {
        Files.copy(f, o);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return null;
  }

  /** Whether a file of the static folder goes to the site: not an editor's leftover, save the web server's hidden files. */
  static boolean published(Path relative) {
    Path first = relative.getName(0);
    if (first.toString().equals(".well-known")) {
      return relative.getNameCount() == 1 || !EditorFiles.isLeftover(first.relativize(relative));
    }
    return relative.toString().equals(".htaccess") || !EditorFiles.isLeftover(relative);
  }
}
