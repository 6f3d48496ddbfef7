package kokai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;

/**
 * Checks a staged site before it is published: every internal link (a, area, link, img, script,
 * source, iframe, form) points to a file that exists, and every {@code #fragment} to an element
 * with that id. Pages are parsed with jsoup in parallel, each once; pages that
 * other pages link into with a fragment are scanned a second time for their ids, so no page's ids
 * are held for the whole site.
 *
 * <pre>{@code
 * List<Diagnostic> broken = new LinkChecker().check(staging.root(), Path.of("site"));
 * }</pre>
 */
public final class LinkChecker {
  /**
   * Checks the site under {@code root}; diagnostics name pages as they will be once published under
   * {@code reportAs}.
   */
  public List<Diagnostic> check(Path root, Path reportAs) {
    Diagnostics diags = new Diagnostics();
    Map<Path, Map<String, String>> wanted = new ConcurrentHashMap<>();
    htmlFiles(root).parallelStream().forEach(f -> checkPage(root, reportAs, f, wanted, diags));
    wanted.entrySet().parallelStream().forEach(e -> {
      Set<String> ids = PageLinks.scan(read(e.getKey())).ids();
      e.getValue().forEach((fragment, from) -> {
        if (!ids.contains(fragment)) {
          diags.error(SourceLocation.of(Path.of(from)), null,
              "the link to " + name(root, reportAs, e.getKey()) + "#" + fragment + " points to no element with id \"" + fragment + "\"",
              "fix the template or content that makes this link, or give the target an id");
        }
      });
    });
    return diags.sorted();
  }

  private void checkPage(Path root, Path reportAs, Path file, Map<Path, Map<String, String>> wanted, Diagnostics diags) {
    PageLinks.Scan scan = PageLinks.scan(read(file));
    String page = name(root, reportAs, file);
    for (String link : scan.links()) {
      Target t = resolve(file, link);
      if (t == null) {
        continue;
      }
      if (t.path == null) {
        diags.error(SourceLocation.of(Path.of(page)), null, "the link \"" + link + "\" cannot be read as a URL", "write a valid relative URL");
        continue;
      }
      if (!t.path.startsWith(root) || !Files.isRegularFile(t.path)) {
        diags.error(SourceLocation.of(Path.of(page)), null, "the link \"" + link + "\" points to a file that does not exist",
            "fix the template or content that makes this link");
        continue;
      }
      if (t.fragment == null || t.fragment.isEmpty()) {
        continue;
      }
      if (t.path.equals(file)) {
        if (!scan.ids().contains(t.fragment)) {
          diags.error(SourceLocation.of(Path.of(page)), null, "the link \"" + link + "\" points to no element with id \"" + t.fragment + "\" on the same page",
              "fix the template or content that makes this link, or give the target an id");
        }
      } else {
        wanted.computeIfAbsent(t.path, k -> new ConcurrentHashMap<>()).merge(t.fragment, page, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
  }

  private record Target(Path path, String fragment) {}

  /** Null for external and root-absolute links (with a scheme or starting with /); a null path for unreadable ones. */
  private static Target resolve(Path file, String link) {
    // Root-absolute links (/hyoka/…, only on 404.html) depend on where the site is served: not checkable here.
    if (link.isEmpty() || link.startsWith("/") || link.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      return null;
    }
    try {
      URI u = new URI(link);
      String path = u.getPath() == null ? "" : u.getPath();
      Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
      if (path.endsWith("/")) {
        target = target.resolve("index.html");
      }
      return new Target(target, u.getFragment());
    } catch (URISyntaxException | java.nio.file.InvalidPathException e) {
      return new Target(null, null);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String name(Path root, Path reportAs, Path file) {
    return reportAs.resolve(root.relativize(file)).toString().replace('\\', '/');
  }

  private static List<Path> htmlFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return new ArrayList<>(walk.filter(p -> p.toString().endsWith(".html")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }
}
