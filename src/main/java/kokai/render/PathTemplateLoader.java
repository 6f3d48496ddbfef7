package kokai.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads templates from a folder given as a {@link Path}, so the same loader serves a theme on disk
 * and the default theme packed in the jar (a zip file system).
 */
final class PathTemplateLoader implements TemplateLoader {
  private final Path root;

  PathTemplateLoader(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  @Override
  public Object findTemplateSource(String name) {
    Path p = root.resolve(name).normalize();
    return p.startsWith(root) && Files.isRegularFile(p) ? p : null;
  }

  @Override
  public long getLastModified(Object source) {
    // Templates do not change during a build; a constant keeps the cache from re-reading them.
    return 0;
  }

  /** The template's text; a byte order mark that Windows' Notepad puts first is not part of it (nor of every page). */
  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    PushbackReader r = new PushbackReader(Files.newBufferedReader((Path) source, Charset.forName(encoding)));
    int first = r.read();
    if (first != -1 && first != '\uFEFF') {
      r.unread(first);
    }
    return r;
  }

  @Override
  public void closeTemplateSource(Object source) {
    // Nothing is held open between calls.
  }
}
