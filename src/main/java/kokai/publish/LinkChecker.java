package kokai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;

/**
 * Checks a staged site before it is published: every internal link (a, link, img, script, source,
 * form) points to a file that exists, and every {@code #fragment} to an element with that id.
 * Pages are scanned in parallel, each once, by a single pass over their text ({@link HtmlLinks});
 * pages that other pages link into with a fragment are scanned a second time to read their ids, so
 * no page's ids are held for the whole site. The site's files are listed once, so checking a link
 * asks the file system nothing.
 *
 * <pre>{@code
 * List<Diagnostic> broken = new LinkChecker().check(staging.root(), Path.of("site"));
 * }</pre>
 */
public final class LinkChecker {
  private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

  /**
   * Checks the site under {@code root}; diagnostics name pages as they will be once published under
   * {@code reportAs}.
   */
  public List<Diagnostic> check(Path root, Path reportAs) {
    Diagnostics diags = new Diagnostics();
    Map<Path, Map<String, String>> wanted = new ConcurrentHashMap<>();
    Set<Path> files = allFiles(root);
    files.stream().filter(p -> p.toString().endsWith(".html")).sorted().toList().parallelStream()
        .forEach(f -> checkPage(root, reportAs, f, files, wanted, diags));
    wanted.entrySet().parallelStream().forEach(e -> {
      Set<String> ids = parse(e.getKey()).ids();
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

  private void checkPage(Path root, Path reportAs, Path file, Set<Path> files, Map<Path, Map<String, String>> wanted,
      Diagnostics diags) {
    HtmlLinks doc = parse(file);
    String page = name(root, reportAs, file);
    for (HtmlLinks.Link l : doc.links()) {
      String link = l.value();
      Target t = resolve(file, link);
      if (t == null) {
        continue;
      }
      if (t.path == null) {
        diags.error(SourceLocation.of(Path.of(page)), null, "the link \"" + link + "\" cannot be read as a URL", "write a valid relative URL");
        continue;
      }
      if (!t.path.startsWith(root) || !files.contains(t.path)) {
        diags.error(SourceLocation.of(Path.of(page)), null, "the link \"" + link + "\" points to a file that does not exist",
            "fix the template or content that makes this link");
        continue;
      }
      if (t.fragment == null || t.fragment.isEmpty()) {
        continue;
      }
      if (t.path.equals(file)) {
        if (!doc.ids().contains(t.fragment)) {
          diags.error(SourceLocation.of(Path.of(page)), null, "the link \"" + link + "\" points to no element with id \"" + t.fragment + "\" on the same page",
              "fix the template or content that makes this link, or give the target an id");
        }
      } else {
        wanted.computeIfAbsent(t.path, k -> new ConcurrentHashMap<>()).merge(t.fragment, page, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
  }

  private record Target(Path path, String fragment) {}

  /** Null for external links (with a scheme or starting with //); a null path for unreadable ones. */
  private static Target resolve(Path file, String link) {
    if (link.isEmpty() || link.startsWith("//") || SCHEME.matcher(link).matches()) {
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

  private static HtmlLinks parse(Path file) {
    try {
      return HtmlLinks.scan(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String name(Path root, Path reportAs, Path file) {
    return reportAs.resolve(root.relativize(file)).toString().replace('\\', '/');
  }

  private static Set<Path> allFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }
}
