package kokai.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.model.EditorFiles;

/**
 * The files a city publishes beside the site as they are ({@code content/static/}): the printed
 * sheets' PDFs, a web server's {@code .htaccess}, {@code .well-known/} files. Each is copied to
 * the same path under the site's root, after the pages, so links to it are checked. An editor's
 * leftovers are not copied; of the hidden names only {@code .htaccess} (in any folder) and
 * {@code .well-known} are. A file at a path kokai writes itself, or where it has a folder, is
 * refused, naming the file; so is one whose path differs from another file's only in capitals.
 *
 * <pre>{@code
 * content/static/pdf/r4-088.pdf   →  site/pdf/r4-088.pdf
 * content/static/.htaccess        →  site/.htaccess
 * }</pre>
 */
final class StaticFiles {
  static final String FOLDER = "static";

  private StaticFiles() {}

  /**
   * Copies the content's static files into each of {@code folders} of {@code out}, in order ("" for
   * the site's root, {@code en/} for a language version the build makes, whose pages link to them
   * there); every clash with the site's own files is an error. A web server's own files
   * ({@code .htaccess}, {@code .well-known/}) go to the root only, where they were written for.
   */
  static Void copy(Path content, SiteOutput out, List<String> folders, Diagnostics diags) throws IOException {
    Path dir = content.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return null;
    }
    List<Path> files;
    // Links are followed: a static folder may be a link to a shared drive's folder of PDFs.
    try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
      files = walk.filter(Files::isRegularFile).filter(f -> published(dir.relativize(f))).sorted().toList();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof FileSystemLoopException loop) {
        diags.error(SourceLocation.of(Path.of(loop.getFile())), null,
            "a link in the static folder leads back to a folder above it, so its files never end", "remove the link or point it elsewhere");
        return null;
      }
      throw e.getCause();
    }
    for (String folder : folders) {
      for (Path f : files) {
        if (folder.isEmpty() || !serverFile(dir.relativize(f))) {
          copy(f, folder + dir.relativize(f).toString().replace('\\', '/'), out, diags);
        }
      }
    }
    return null;
  }

  /** Copies one static file to {@code path} of {@code out}, unless the site has a file there or one named so but for capitals. */
  private static void copy(Path f, String path, SiteOutput out, Diagnostics diags) throws IOException {
    try {
      if (out.has(path)) {
        diags.error(SourceLocation.of(f), null, "the site has a file or folder of its own at " + path + ", which this one would replace",
            "give the file another name or put it in a folder of its own under static/");
        return;
      }
      Optional<String> variant = out.caseVariant(path);
      if (variant.isPresent()) {
        diags.error(SourceLocation.of(f), null, "the site has " + variant.get() + ", which differs from " + path
                + " only in capitals: on a server that ignores capitals (Windows, macOS and many hosting services) one"
                + " would replace the other",
            "rename the file, or its folder, so that the two differ in more than capitals");
        return;
      }
      try (OutputStream o = out.open(path)) {
        Files.copy(f, o);
      }
    } catch (InvalidPathException e) {
      diags.error(SourceLocation.of(f), null, "the file's name cannot be written where Java's language setting has no Japanese (LANG=C)",
          "run kokai with a UTF-8 language setting (LANG=C.UTF-8), or give the file a name of ASCII letters and digits");
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Whether a file of the static folder is a web server's ({@code .htaccess}, under {@code .well-known/}). */
  private static boolean serverFile(Path relative) {
    for (Path name : relative) {
      if (EditorFiles.isWebServerFile(name.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a file of the static folder goes to the site: not an editor's leftover, save a web server's hidden files. */
  static boolean published(Path relative) {
    for (Path name : relative) {
      String n = name.toString();
      if (EditorFiles.isLeftover(n) && !EditorFiles.isWebServerFile(n)) {
        return false;
      }
    }
    return true;
  }
}
