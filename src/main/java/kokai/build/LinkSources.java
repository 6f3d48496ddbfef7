package kokai.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.diag.SourceLocation;
import kokai.load.ContentLoader;
import kokai.model.Page;
import kokai.model.SiteConfig;
import kokai.render.MarkdownLinks;
import kokai.site.SiteIndex;

/**
 * Puts a link problem found on a Markdown page at the page's source, {@code content/pages/<slug>.md},
 * on the line and column where the link was written: the link was written there, not in a
 * template, and the staff who wrote it know that file, not the built page (nor the preview's
 * temporary folder it was built in). One found in a theme's stylesheet is put at the theme's file.
 *
 * <pre>{@code
 * diags.addAll(LinkSources.atSources(links.finish(root), index, cfg));
 * }</pre>
 */
final class LinkSources {
  /** The link as the link check quotes it in its message. */
  private static final Pattern QUOTED_LINK = Pattern.compile("^the link \"([^\"]*)\"");
  /** A link to an element of another page that the page does not have, as the link check says it. */
  private static final Pattern MISSING_ID = Pattern.compile("^the link to (.*)#([^#]*) points to no element with id");

  private LinkSources() {}

  /** A Markdown page's file, and the page's URL in the version of the site ({@code index}) it was rendered in. */
  private record Source(Path file, String pageUrl, SiteIndex index) {
    /** The page as the output has it: {@code en/pages/about/} in a language version. */
    String shown() {
      return index.folder() + pageUrl;
    }
  }

  static List<Diagnostic> atSources(List<Diagnostic> found, SiteIndex index, BuildConfig cfg) {
    return atSources(found, index, List.of(), cfg);
  }

  /**
   * As above, for a site with language versions the build made beside it ({@code versions}, whose
   * pages come from {@code pages/en/} where a page is written for them, else from {@code pages/}).
   */
  static List<Diagnostic> atSources(List<Diagnostic> found, SiteIndex index, List<SiteIndex> versions, BuildConfig cfg) {
    Map<Path, Source> sources = new HashMap<>();
    Path pages = cfg.content().resolve("pages");
    for (SiteIndex in : Stream.concat(Stream.of(index), versions.stream()).toList()) {
      Path own = in.folder().isEmpty() ? null : pages.resolve(in.config().language());
      for (Page p : in.pages()) {
        Path translated = own == null ? null : own.resolve(p.slug() + ".md");
        Path source = translated != null && Files.isRegularFile(translated) ? translated : pages.resolve(p.slug() + ".md");
        if (Files.isRegularFile(source)) {
          sources.put(cfg.out().resolve(in.folder() + in.pageUrl(p)).resolve("index.html").normalize(), new Source(source, in.pageUrl(p), in));
        }
      }
    }
    Map<Path, String> texts = new HashMap<>(); // each Markdown file read once, for all its links
    Map<Path, List<MarkdownLinks.Place>> places = new HashMap<>();
    Path assets = cfg.out().resolve("assets").normalize();
    return found.stream().map(d -> {
      Path at = d.location().file().normalize();
      if (at.startsWith(assets)) {
        return themeFile(assets.relativize(at), index, cfg)
            .map(f -> new Diagnostic(d.severity(), new SourceLocation(f, d.location().line(), d.location().column()), d.field(),
                d.message(), d.hint()))
            .orElse(d);
      }
      Source source = sources.get(at);
      if (source == null) {
        return d;
      }
      String markdown = texts.computeIfAbsent(source.file(), LinkSources::read);
      List<MarkdownLinks.Place> written = places.computeIfAbsent(source.file(),
          f -> MarkdownLinks.in(markdown, source.pageUrl(), source.index().config().baseUrl()));
      Optional<MarkdownLinks.Place> link = place(d.message(), written);
      if (link.isEmpty()) {
        // Not written in the Markdown: a link of the theme's header or footer, said at the page.
        return d;
      }
      return new Diagnostic(d.severity(), new SourceLocation(source.file(), link.get().line(), link.get().column()), d.field(),
          "on the page " + source.shown() + ", " + asWritten(d.message(), link.get()),
          headingMeant(d.message(), markdown).orElseGet(() -> hint(d.message(), source.pageUrl(), readBaseUrl(source.index()))));
    }).toList();
  }

  /** The site's base URL as site.yaml gives it: null when it gives none, or could not be read. */
  private static String readBaseUrl(SiteIndex index) {
    String base = index.config().baseUrl();
    return ContentLoader.STAND_IN_BASE_URL.equals(base) ? null : base;
  }

  /** A link to a part of the same page written with its heading's words ([上へ](#見方)) where the heading's id was meant. */
  private static final Pattern SAME_PAGE_ID = Pattern.compile("^the link \"#([^\"]+)\" points to no element with id");

  /** The id to write for a link by a heading's words, when the page has a heading with them. */
  private static Optional<String> headingMeant(String message, String markdown) {
    Matcher m = SAME_PAGE_ID.matcher(message);
    if (!m.find()) {
      return Optional.empty();
    }
    String words = m.group(1);
    boolean heading = markdown.lines().anyMatch(l -> l.matches("#{1,6}\\s+.*") && l.replaceFirst("^#{1,6}\\s+", "").strip().equals(words));
    String id = MarkdownLinks.headingId(words);
    return heading ? Optional.of("a heading is linked by its id, not its words: write (#" + id + ") for the heading 「" + words
        + "」, as its § link shows") : Optional.empty();
  }

  /** How to mend a broken link of a Markdown page, by what it points to; {@code baseUrl} is the site's address, or null. */
  private static String hint(String message, String pageUrl, String baseUrl) {
    if (message.contains("points to no element with id")) { // on this page or another
      return "fix the part after '#': a heading of a Markdown page has the id its § link shows (sec-…), and a sheet's"
          + " sections are #basic, #overview, #costs, #participation, #indicators, #results, #evaluation and #direction";
    }
    Matcher m = QUOTED_LINK.matcher(message);
    try {
      String path = m.find() ? URI.create("file:///" + pageUrl).resolve(URI.create(m.group(1).replaceAll("[?#].*", ""))).getPath() : "";
      if (path != null && path.matches(".*/[^/]+\\.(?!html?$)[A-Za-z0-9]+$") && !path.startsWith("/assets/")) {
        // A document of the city's own (a PDF, an image): published from content/static/.
        return "put the file in content/static" + path + ", which publishes it at "
            + (baseUrl == null ? path : baseUrl + path.substring(1)) + ", or fix the link";
      }
    } catch (IllegalArgumentException notAnAddress) {
      // Said by the message itself.
    }
    return "fix the link in this Markdown page: write a link to the site's own pages from its root, e.g. [シート](/2022/088/)";
  }

  /**
   * The theme's file an asset of the site was copied from ({@code assets/css/theme.css} from
   * {@code themes/city/assets/css/theme.css}), when it is on disk: a stylesheet keeps its lines
   * and columns when it is served, so a problem in it is at the same place in the theme's file.
   */
  private static Optional<Path> themeFile(Path inAssets, SiteIndex index, BuildConfig cfg) {
    for (String theme : List.of(index.config().theme(), SiteConfig.DEFAULT_THEME)) {
      Path f = cfg.themes().resolve(theme).resolve("assets").resolve(inAssets);
      if (Files.isRegularFile(f)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The link of the Markdown file the message names, when it names one written there. */
  private static Optional<MarkdownLinks.Place> place(String message, List<MarkdownLinks.Place> written) {
    Matcher m = QUOTED_LINK.matcher(message);
    Matcher f = MISSING_ID.matcher(message);
    return m.find()
        ? written.stream().filter(p -> p.href().equals(m.group(1))).findFirst()
        : f.find() ? written.stream().filter(p -> asks(p.href(), f.group(1), f.group(2))).findFirst()
        : Optional.empty();
  }

  /**
   * The message quoting the link as staff wrote it ({@code /departments/none/}, {@code
   * /2022/087/#indicator-9}), not as the page renders it nor by the file it points to in the output.
   */
  private static String asWritten(String message, MarkdownLinks.Place link) {
    String quoted = "the link \"" + link.href() + "\"";
    if (message.startsWith(quoted)) {
      return "the link \"" + link.written() + "\"" + message.substring(quoted.length());
    }
    Matcher missing = MISSING_ID.matcher(message);
    return missing.find() ? "the link \"" + link.written() + "\"" + message.substring(missing.end(2)) : message;
  }

  /**
   * Whether a link written as {@code href} (relative, {@code ../../2022/088/index.html#x}) asks the
   * page {@code target} (as the message names it, under the output folder) for {@code fragment}.
   */
  private static boolean asks(String href, String target, String fragment) {
    if (!href.endsWith("#" + fragment)) {
      return false;
    }
    String path = href.substring(0, href.length() - fragment.length() - 1).replaceFirst("^(\\.\\./|\\./)+", "");
    return !path.isEmpty() && target.endsWith("/" + path);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
