package kokai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.diag.Suggestions;
import kokai.site.SiteIndex;

/**
 * Checks a staged site before it is published: every internal link (a, area, link, img, script,
 * source, iframe, form) points to a file that exists, and every {@code #fragment} to an element
 * with that id. Each page is read once ({@link PageLinks}), by the thread that rendered it and from the
 * text it rendered ({@link #page}), so the check runs alongside rendering and never reads the
 * pages back; {@link #finish} then looks up what the pages pointed at. Only each page's ids are
 * kept (shared strings), and each distinct target once.
 *
 * <pre>{@code
 * LinkChecker links = new LinkChecker(Path.of("site"));
 * links.page("index.html", html);              // from any thread, as pages are written
 * List<Diagnostic> broken = links.finish(staging.root());
 * }</pre>
 */
public final class LinkChecker {
  private static final String[] NO_IDS = new String[0];
  /** A link with a scheme (https:, mailto:, …): not a file of this site. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final Path reportAs;
  private final Diagnostics diags = new Diagnostics();
  /** The ids of every page seen, sorted, as shared strings. */
  private final Map<String, String[]> idsOf = new ConcurrentHashMap<>();
  /**
   * Each file linked to (relative to the site root) with each fragment asked of it ("" for none),
   * and the first link asking. One flat map: a map per file cost some 40 MB at 100,000 sheets.
   */
  private final Map<Wanted, Asker> wanted = new ConcurrentHashMap<>();
  private final Map<String, String> shared = new ConcurrentHashMap<>();
  /**
   * Links from the web server's root ({@code /assets/…}) of pages other than the 404 page, and of
   * stylesheets, with where they are: said in {@link #finish} when they name a file of the site.
   */
  private final Queue<RootLink> rootLinks = new ConcurrentLinkedQueue<>();

  private record RootLink(SourceLocation at, String link, boolean stylesheet) {}

  /** The links to files that do not exist, said by {@link #finish} once per link as written. */
  private final Queue<Broken> broken = new ConcurrentLinkedQueue<>();

  /** The files stylesheets point at with url(…) or @import, each with where it is asked for. */
  private final List<StyleRef> styleRefs = Collections.synchronizedList(new ArrayList<>());
  /** url(x), url("x"), url('x') and @import "x" in a stylesheet. */
  private static final Pattern CSS_REF = Pattern.compile("url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)|@import\\s+[\"']([^\"']*)[\"']");

  /** The pages not rendered ({@code years/2022/index.html}), by a rule. */
  private volatile Predicate<String> unrendered = target -> false;
  /** Folders whose pages may be missing only for now ({@code sdgs/}), and why: links into them that fail are warnings. */
  private final Set<String> uncertain = ConcurrentHashMap.newKeySet();
  private volatile String uncertainWhy = "";

  /** Diagnostics name pages as they will be once published under {@code reportAs}. */
  public LinkChecker(Path reportAs) {
    this.reportAs = reportAs;
  }

  /**
   * For a site rendered without some pages (a template failed on them): links to these pages
   * ({@code years/2022/index.html}) are taken to work, as they will once the pages render; the
   * other links are checked all the same.
   */
  public void notRendered(Collection<String> pages) {
    notRendered(Set.copyOf(pages)::contains);
  }

  /** Checks every {@code .html} file under {@code root} as it is on disk. */
  public List<Diagnostic> check(Path root) {
    htmlFiles(root).parallelStream().forEach(f -> page(relative(root, f), read(f)));
    return finish(root);
  }

  /**
   * Reads one page: its ids are kept, its links to itself checked at once, its other links noted
   * for {@link #finish}. Safe to call from several threads.
   */
  public void page(String relativePath, String html) {
    page(relativePath, html.getBytes(StandardCharsets.UTF_8));
  }

  /** As {@link #page(String, String)}, for a page given as its UTF-8 bytes, as it is written. */
  public void page(String relativePath, byte[] utf8) {
    PageLinks.Scan scan = PageLinks.scan(utf8);
    String[] ids = scan.ids().isEmpty() ? NO_IDS : scan.ids().stream().map(this::share).sorted().toArray(String[]::new);
    idsOf.put(relativePath, ids);
    String page = display(relativePath);
    List<String> folder = folderOf(relativePath);
    for (String link : scan.links()) {
      if (fromServerRoot(link) && !isNotFoundPage(relativePath)) {
        rootLinks.add(new RootLink(SourceLocation.of(Path.of(page)), link, false));
        continue;
      }
      Climbing known = climbing(relativePath, folder, link);
      Target t = known != null ? known.target : resolve(relativePath, folder, link);
      if (t == null) {
        continue;
      }
      if (t.path == null) {
        diags.error(SourceLocation.of(Path.of(page)), null, "the link \"" + link + "\" cannot be read as a URL", "write a valid relative URL");
      } else if (t.path.startsWith("../") || t.path.equals("..")) {
        broken.add(new Broken(page, link, null));
      } else if (t.path.equals(relativePath) && t.fragment != null) {
        if (Arrays.binarySearch(ids, t.fragment) < 0) {
          diags.error(SourceLocation.of(Path.of(page)), null, "the link \"" + link + "\" points to no element with id \"" + t.fragment + "\" on the same page"
              + closest(t.fragment, ids), "fix the template or content that makes this link, or give the target an id");
        }
      } else if (known != null) {
        known.ask(page, link);
      } else {
        want(t, page, link);
      }
    }
  }

  /**
   * A link that climbs to the site's root first ({@code ../../assets/css/site.css} on a page two
   * folders deep) points to the same file from every page of that depth, and the header's and
   * footer's links, on every page, are such links: each is resolved once per depth, and finds what
   * it asks for without a lookup in {@link #wanted}. The first links of each depth are kept, which
   * hold those of the header and footer; links to single sheets, on a few pages each, would fill the
   * memory of a large site for little. Null for a link not kept.
   */
  private Climbing climbing(String page, List<String> folder, String link) {
    int depth = folder.size();
    if (depth == 0 || depth >= CLIMBS.length || !link.startsWith(CLIMBS[depth])) {
      return null;
    }
    Map<String, Climbing> known = climbingLinks.get(depth);
    Climbing c = known.get(link);
    if (c == null && known.size() < CLIMBING_KEPT) {
      Target t = resolve(page, folder, link);
      if (t != null) {
        c = new Climbing(t.path == null ? t : new Target(share(t.path), t.fragment == null ? null : share(t.fragment)));
        Climbing had = known.putIfAbsent(link, c);
        c = had != null ? had : c;
      }
    }
    return c;
  }

  /** "../" as many times as the index: the start of a link that climbs to the root from that depth. */
  private static final String[] CLIMBS = IntStream.range(0, 16).mapToObj("../"::repeat).toArray(String[]::new);
  /** How many links that climb to the root {@link #climbing} keeps for each depth. */
  private static final int CLIMBING_KEPT = 4096;
  /** The links kept by {@link #climbing}, by the depth of the pages they are on. */
  private final List<Map<String, Climbing>> climbingLinks = Stream.generate(() -> (Map<String, Climbing>) new ConcurrentHashMap<String, Climbing>())
      .limit(CLIMBS.length).toList();

  /** A link kept by {@link #climbing}: where it points, and, once a page asks for that, who asks first. */
  private final class Climbing {
    final Target target;
    private volatile Asker asker;

    Climbing(Target target) {
      this.target = target;
    }

    void ask(String page, String link) {
      Asker a = asker;
      if (a == null) {
        asker = want(target, page, link);
      } else {
        a.offer(page, link);
      }
    }
  }

  /**
   * Notes that {@code page} asks for {@code t} with {@code link}; returns the target's asker. Most
   * targets are asked for already (the header's links are on every page): a lookup, which takes no
   * lock, finds those.
   */
  private Asker want(Target t, String page, String link) {
    Wanted asked = new Wanted(t.path, t.fragment == null ? "" : t.fragment);
    Asker had = wanted.get(asked);
    if (had == null) {
      // Stored once per target, with strings the other keys and the pages' ids share.
      had = wanted.computeIfAbsent(new Wanted(share(asked.path()), share(asked.fragment())), k -> new Asker(page, link));
    }
    had.offer(page, link);
    return had;
  }

  /**
   * Reads one stylesheet: the files its {@code url(…)} and {@code @import} point at (relative to the
   * stylesheet, as browsers read them) are checked by {@link #finish}, since a theme's CSS copied
   * from elsewhere easily keeps a path that is wrong here. Safe to call from several threads.
   */
  public void stylesheet(String relativePath, String css) {
    Matcher m = CSS_REF.matcher(css);
    List<String> folder = folderOf(relativePath);
    while (m.find()) {
      String link = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      Target t = link.startsWith("#") ? null : resolve(relativePath, folder, link.strip());
      boolean root = fromServerRoot(link.strip());
      if (t != null || root) {
        int line = 1 + (int) css.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        int column = m.start() - css.lastIndexOf('\n', m.start() - 1);
        SourceLocation at = new SourceLocation(Path.of(display(relativePath)), line, column);
        if (root) {
          rootLinks.add(new RootLink(at, link.strip(), true));
        } else {
          styleRefs.add(new StyleRef(at, link, t.path));
        }
      }
    }
  }

  private record StyleRef(SourceLocation at, String link, String target) {}

  /**
   * The files that the pages read so far link into with a {@code #fragment}, by their path from
   * the site root: a check that renders only some pages renders these too, so their ids are known.
   */
  public Set<String> askedForIds() {
    Set<String> out = new TreeSet<>();
    wanted.keySet().forEach(w -> {
      if (!w.fragment().isEmpty()) {
        out.add(w.path());
      }
    });
    return out;
  }

  /** Checks what the pages pointed at against the files under {@code root}; every problem found so far, sorted. */
  public List<Diagnostic> finish(Path root) {
    return finish(new SiteFiles() {
      @Override
      public boolean exists(String path) {
        return Files.isRegularFile(root.resolve(path));
      }

      @Override
      public Optional<String> text(String path) {
        return Optional.of(read(root.resolve(path)));
      }
    });
  }

  /**
   * The files of a site that the link check looks up, by their path from the site root: on disk
   * for a build, or as noted while a check renders the site without writing it.
   */
  public interface SiteFiles {
    boolean exists(String path);

    /** The text of a file other than a page, to find the ids a fragment asks for; empty when it is not kept (the fragment is then not checked). */
    Optional<String> text(String path);
  }

  /** Checks what the pages pointed at against {@code files}; every problem found so far, sorted. */
  public List<Diagnostic> finish(SiteFiles files) {
    // Said once per link, at its first place: a header's link is on every page.
    Map<String, List<RootLink>> byLink = new TreeMap<>();
    rootLinks.forEach(r -> byLink.computeIfAbsent((r.stylesheet() ? r.at() + " " : "page ") + r.link(), k -> new ArrayList<>()).add(r));
    byLink.values().forEach(places -> {
      RootLink r = places.stream().min(Comparator.comparing((RootLink x) -> x.at().toString())).orElseThrow();
      String path = r.link().substring(1).replaceFirst("[?#].*", "");
      if (path.startsWith("assets/") || files.exists(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)) {
        diags.warning(r.at(), null, "\"" + r.link() + "\" starts at the web server's root: it works only for a site at the root"
                + " of its host, not under a folder such as /hyoka/, nor opened from disk"
                + (places.size() > 1 ? " (and on " + (places.size() - 1) + " other pages)" : ""),
            r.stylesheet() ? "write the path relative to the stylesheet's own folder, e.g. url(../img/logo.svg)"
                : "make the link in the template with ${link.asset(\"img/logo.svg\")} or ${link.to(\"2022/088/\")}, which are relative to the page");
      }
    });
    for (StyleRef r : styleRefs) {
      if (r.target() == null || r.target().startsWith("..") || !files.exists(r.target())) {
        diags.error(r.at(), null, "\"" + r.link() + "\" points to a file that does not exist",
            "fix the path in the theme's stylesheet (it is relative to the stylesheet's own folder), or add the file under the theme's assets/");
      }
    }
    // Files other than pages: looked for, and their ids read, once each however many fragments ask.
    Map<String, Boolean> present = new ConcurrentHashMap<>();
    Map<String, Optional<String[]>> otherIds = new ConcurrentHashMap<>();
    wanted.entrySet().parallelStream().forEach(e -> {
      String target = e.getKey().path();
      String fragment = e.getKey().fragment();
      From from = e.getValue().first();
      String[] ids = idsOf.get(target);
      if (unrendered.test(target)) {
        return;
      }
      if (ids == null && !present.computeIfAbsent(target, files::exists)) {
        broken.add(new Broken(from.page(), from.link(), target));
        return;
      }
      if (fragment.isEmpty()) {
        return;
      }
      Optional<String[]> known = ids != null ? Optional.of(ids) : otherIds.computeIfAbsent(target,
          t -> files.text(t).map(text -> PageLinks.scan(text).ids().stream().sorted().toArray(String[]::new)));
      if (known.isPresent() && Arrays.binarySearch(known.get(), fragment) < 0) {
        report(target, SourceLocation.of(Path.of(from.page())),
            "the link to " + display(target) + "#" + fragment + " points to no element with id \"" + fragment + "\"" + closest(fragment, known.get()),
            "fix the template or content that makes this link, or give the target an id");
      }
    });
    reportBroken();
    return diags.sorted();
  }

  /**
   * Says each link to a missing file, at its page. One link written alike on pages in folders of
   * different depths (a template's {@code assets/img/logo.png}, relative to each page's folder, so
   * pointing to another file from each) is one mistake, in the template: it is said once, at its
   * first page, with the number of the others. Links alike on pages of one depth (two Markdown
   * pages linking a missing {@code report.pdf}) are mistakes each at its own page.
   */
  private void reportBroken() {
    Map<String, Set<Broken>> byLink = new TreeMap<>();
    for (Broken b; (b = broken.poll()) != null; ) {
      byLink.computeIfAbsent(b.link(), k -> new TreeSet<>(BY_PAGE)).add(b);
    }
    byLink.forEach((link, places) -> {
      if (places.stream().map(b -> depth(b.page())).distinct().count() < 2) {
        places.forEach(b -> missing(b.page(), link, b.target()));
        return;
      }
      Broken first = places.iterator().next();
      long others = places.stream().map(Broken::page).distinct().count() - 1;
      String plain = link.replaceFirst("^(\\./|\\.\\./)+", "");
      String made = plain.startsWith("assets/") ? "${link.asset(\"" + plain.substring("assets/".length()) + "\")}, for a file of the theme's assets/,"
          : "${link.to(\"" + plain + "\")}";
      report(first.target(), SourceLocation.of(Path.of(first.page())), "the link \"" + link + "\" points to a file that does not exist"
              + " (and on " + others + " other " + (others == 1 ? "page" : "pages") + " in folders of other depths)",
          "a link written as it is in a template is relative to each page, and the pages are in folders of different depths:"
              + " make it with " + made + " which is relative to the page it is on");
    });
  }

  /** Broken links in the order they are said: by page, then where they point (outside the site first). */
  private static final Comparator<Broken> BY_PAGE = Comparator.comparing(Broken::page)
      .thenComparing(Broken::target, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** How many folders deep a page is. */
  private static long depth(String page) {
    return page.chars().filter(c -> c == '/').count();
  }

  /** A link to a file that does not exist: the page it is on, as written, and where it points from there (null: outside the site). */
  private record Broken(String page, String link, String target) {}

  /** "; did you mean "costs"?" when the page has an id close to {@code fragment}, else "". */
  private static String closest(String fragment, String[] ids) {
    return Suggestions.closest(fragment, Arrays.asList(ids)).map(id -> "; did you mean \"" + id + "\"?").orElse("");
  }

  /** As {@link #notRendered(Collection)}, for the pages {@code targets} accepts (a check of content with errors: {@code 2022/091/index.html}). */
  public void notRendered(Predicate<String> targets) {
    Predicate<String> before = unrendered;
    unrendered = before.or(targets);
  }

  /**
   * For a site rendered from part of its content: links into these folders ({@code sdgs/}) that
   * fail are said as warnings with {@code why}, since the pages may come with the rest.
   */
  public void uncertain(Collection<String> folders, String why) {
    uncertain.addAll(folders);
    uncertainWhy = why;
  }

  /** Whether {@code target} lies in one of {@code folders} at any depth. */
  private static boolean under(Set<String> folders, String target) {
    if (target == null || folders.isEmpty()) {
      return false;
    }
    for (int slash = target.indexOf('/'); slash > 0; slash = target.indexOf('/', slash + 1)) {
      if (folders.contains(target.substring(0, slash + 1))) {
        return true;
      }
    }
    return false;
  }

  /** An error, or a warning saying why it may not be one when the target may be missing only for now. */
  private void report(String target, SourceLocation at, String message, String hint) {
    if (under(uncertain, target)) {
      diags.warning(at, null, message + " (" + uncertainWhy + ")", hint);
    } else {
      diags.error(at, null, message, hint);
    }
  }

  private void missing(String page, String link, String target) {
    report(target, SourceLocation.of(Path.of(page)), "the link \"" + link + "\" points to a file that does not exist",
        "fix the template or content that makes this link");
  }

  /** A file linked to, from the site root, and the fragment asked of it ("" for none). */
  private record Wanted(String path, String fragment) {}

  /** A page and the link on it that asks for a target. */
  private record From(String page, String link) {}

  /**
   * The first link asking for a target: the first by page, then link, so that reports do not
   * depend on threads. Pages mostly come after the one that asked first, and reading its page,
   * which takes no lock, settles those.
   */
  private static final class Asker {
    private volatile String page;
    private String link;

    Asker(String page, String link) {
      this.page = page;
      this.link = link;
    }

    void offer(String page, String link) {
      if (page.compareTo(this.page) > 0) {
        return;
      }
      synchronized (this) {
        int c = page.compareTo(this.page);
        if (c < 0 || c == 0 && link.compareTo(this.link) < 0) {
          this.link = link;
          this.page = page;
        }
      }
    }

    synchronized From first() {
      return new From(page, link);
    }
  }

  private String share(String s) {
    // Most strings are shared already (each page's ids are those of pages before it): a lookup
    // first, as putIfAbsent locks the string's bin even when it finds the string there.
    String known = shared.get(s);
    if (known != null) {
      return known;
    }
    String had = shared.putIfAbsent(s, s);
    return had == null ? s : had;
  }

  /**
   * Whether the page is a 404 page, the site's or a language version's ({@code en/404.html}): a
   * server shows it at any missing address, so it links from the server's root on purpose.
   */
  private static boolean isNotFoundPage(String relativePath) {
    return relativePath.equals(SiteIndex.NOT_FOUND) || relativePath.endsWith("/" + SiteIndex.NOT_FOUND);
  }

  /** Whether a link starts at the web server's root ({@code /assets/x.png}), not at a host ({@code //cdn…}). */
  private static boolean fromServerRoot(String link) {
    return link.startsWith("/") && !link.startsWith("//");
  }

  record Target(String path, String fragment) {}

  /** The folders of a page's path, from the site root: {@code 2022/088/index.html} → [2022, 088]. */
  static List<String> folderOf(String page) {
    int slash = page.lastIndexOf('/');
    return slash < 0 ? List.of() : List.of(page.substring(0, slash).split("/"));
  }

  /**
   * The file a link points to, relative to the site root ({@code ../} first when it leaves the
   * site); null for external and root-absolute links (with a scheme or starting with /); a null
   * path for unreadable ones. {@code folder} is {@link #folderOf} the page.
   */
  static Target resolve(String page, List<String> folder, String link) {
    // Root-absolute links (/hyoka/…, only on 404.html) depend on where the site is served: not checkable here.
    if (link.isEmpty() || link.startsWith("/")) {
      return null;
    }
    Target plain = resolvePlain(page, folder, link);
    if (plain != null || SCHEME.matcher(link).lookingAt()) {
      return plain;
    }
    return resolveAsUri(page, link);
  }

  /** {@link #resolve} for a relative link, by {@link URI} and {@link Path}. */
  static Target resolveAsUri(String page, String link) {
    try {
      // A space (or a full-width one) is not allowed in a URI, but a browser follows
      // href="令和4年度 シート.pdf" (a Markdown link written <…>) as if it were %20.
      URI u = new URI(link.replace(" ", "%20").replace("\u3000", "%E3%80%80"));
      String path = u.getPath() == null ? "" : u.getPath();
      if (path.isEmpty()) {
        return new Target(page, u.getFragment());
      }
      Path parent = Path.of(page).getParent();
      String target = (parent == null ? Path.of(path) : parent.resolve(path)).normalize().toString().replace('\\', '/');
      if (path.endsWith("/")) {
        target = target.isEmpty() ? "index.html" : target + "/index.html";
      }
      return new Target(target.isEmpty() ? "index.html" : target, u.getFragment());
    } catch (URISyntaxException | InvalidPathException e) {
      return new Target(null, null);
    }
  }

  /**
   * A link made only of letters, digits, {@code - . _ ~ /} and one {@code #} (as the site's own
   * links are) resolved with string operations, to what {@link URI} and {@link Path} make of it;
   * null for any other link, which those read.
   */
  static Target resolvePlain(String page, List<String> folder, String link) {
    int hash = -1;
    for (int i = 0; i < link.length(); i++) {
      char c = link.charAt(i);
      if (c == '#' && hash < 0) {
        hash = i;
      } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
          || c == '_' || c == '~' || c == '/' && hash < 0)) {
        return null;
      }
    }
    String path = hash < 0 ? link : link.substring(0, hash);
    String fragment = hash < 0 ? null : link.substring(hash + 1);
    if (path.isEmpty()) {
      return new Target(page, fragment);
    }
    List<String> parts = new ArrayList<>(folder);
    int start = 0;
    while (start <= path.length()) {
      int slash = path.indexOf('/', start);
      String segment = path.substring(start, slash < 0 ? path.length() : slash);
      if (segment.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        parts.add(segment);
      }
      if (slash < 0) {
        break;
      }
      start = slash + 1;
    }
    if (path.endsWith("/")) {
      parts.add("index.html");
    }
    return new Target(parts.isEmpty() ? "index.html" : String.join("/", parts), fragment);
  }

  private String display(String relativePath) {
    return reportAs.resolve(relativePath).toString().replace('\\', '/');
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static List<Path> htmlFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }
}
