package kokai.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import kokai.model.SiteConfig;
import kokai.site.Links;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown pages through commonmark-java, made safe for a public site: raw HTML is shown as text,
 * links and images with a scheme other than http, https, mailto or tel (javascript:, data:, …)
 * lose their link and keep their text, and links starting with {@code /} are taken as site-root
 * links and made relative to the page, so they work under any sub-path and from disk.
 *
 * <pre>{@code
 * new Markdown(null).toHtml("[年度別](/years/2022/)", "pages/about/", title -> "§ " + title, null)
 *     // <p><a href="../../years/2022/index.html">年度別</a></p>
 * }</pre>
 */
final class Markdown {
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
  /** A link that starts with a scheme ({@code https:}, {@code mailto:}): no address of the site. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  /** A link with the site's own address or path as a site-root link ({@link SiteConfig#siteRootLinks}). */
  private final UnaryOperator<String> siteRelative;

  /**
   * With the site's base URL, a link written with the site's own address
   * ({@code https://example.jp/hyoka/2022/088/}) or path ({@code /hyoka/2022/088/}), as staff copy
   * them from the published site, is made relative too: it works from disk and in the preview.
   */
  Markdown(String baseUrl) {
    this.siteRelative = SiteConfig.siteRootLinks(baseUrl);
  }

  /**
   * The page's HTML, with headings given stable ids and the site's § link
   * ({@code linkLabel} makes its text for screen readers from the heading's text; with a
   * {@code labelLang}, the language of that text where it differs from the page's, the heading's
   * words in it are marked Japanese), and table header cells given {@code scope="col"}.
   */
  String toHtml(String markdown, String pageUrl, UnaryOperator<String> linkLabel, String labelLang) {
    Node doc = parser.parse(markdown);
    doc.accept(new Defuser(pageUrl, siteRelative));
    List<String> headings = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading h) {
        headings.add(MarkdownBlocks.textOf(h));
      }
    });
    HeadingIds ids = new HeadingIds(headings);
    // Before the tables extension's renderer, which would otherwise be taken for a table.
    HtmlRenderer renderer = HtmlRenderer.builder().nodeRendererFactory(ctx -> new MarkdownBlocks(ctx, ids, linkLabel, labelLang))
        .extensions(EXTENSIONS).escapeHtml(true)
        .attributeProviderFactory(ctx -> (node, tag, attrs) -> {
          if (node instanceof org.commonmark.ext.gfm.tables.TableCell c) {
            if (c.isHeader()) {
              attrs.put("scope", "col");
            }
            // As a class the stylesheet aligns, rather than HTML's obsolete align.
            if (attrs.remove("align") != null) {
              attrs.put("class", "align-" + c.getAlignment().name().toLowerCase(Locale.ROOT));
            }
          }
        })
        .build();
    return renderer.render(doc);
  }

  /**
   * Each link and image of a Markdown file with the address its page gives it (as {@link #toHtml}
   * writes it) and where it was written: line and column from 1, the title line included.
   */
  List<MarkdownLinks.Place> linkPlaces(String markdown, String pageUrl) {
    Node doc = Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .build().parse(markdown);
    Map<Node, String> written = new IdentityHashMap<>();
    eachLink(doc, (node, href) -> written.put(node, href));
    doc.accept(new Defuser(pageUrl, siteRelative));
    List<MarkdownLinks.Place> out = new ArrayList<>();
    eachLink(doc, (node, href) -> {
      if (!node.getSourceSpans().isEmpty()) {
        var span = node.getSourceSpans().get(0);
        out.add(new MarkdownLinks.Place(href, written.get(node), span.getLineIndex() + 1, span.getColumnIndex() + 1));
      }
    });
    return out;
  }

  /** Calls {@code visit} with each link and image of {@code doc} and its destination, in the page's order. */
  private static void eachLink(Node doc, BiConsumer<Node, String> visit) {
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        visit.accept(link, link.getDestination());
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        visit.accept(image, image.getDestination());
      }
    });
  }

  /** The title line ("# …") is the page's h1 in the layout, so the body starts after it. */
  static String withoutTitle(String markdown) {
    List<String> lines = markdown.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("# ")) {
        return String.join("\n", lines.subList(i + 1, lines.size()));
      }
    }
    return markdown;
  }

  static boolean isSafe(String url) {
    StringBuilder sb = new StringBuilder();
    for (char c : url.toCharArray()) {
      if (c > ' ' && c != '\u007f') {
        sb.append(c);
      }
    }
    String u = sb.toString().toLowerCase(Locale.ROOT);
    int colon = u.indexOf(':');
    if (colon < 0 || !u.substring(0, colon).matches("[a-z][a-z0-9+.-]*")) {
      return true;
    }
    return SAFE_SCHEMES.contains(u.substring(0, colon));
  }

  private static final class Defuser extends AbstractVisitor {
    private final String pageUrl;
    private final UnaryOperator<String> siteRelative;

    Defuser(String pageUrl, UnaryOperator<String> siteRelative) {
      this.pageUrl = pageUrl;
      this.siteRelative = siteRelative;
    }

    @Override
    public void visit(Link link) {
      visitChildren(link);
      String d = siteRelative.apply(link.getDestination());
      if (!isSafe(d)) {
        unwrap(link);
      } else if (d.startsWith("/") && !d.startsWith("//")) {
        link.setDestination(Links.relative(pageUrl, d.substring(1)));
      } else {
        inSite(pageUrl, d).ifPresent(to -> link.setDestination(Links.relative(pageUrl, to)));
      }
    }

    /**
     * A relative link ({@code ../guide/}) as the site address it leads to from the page, so that it
     * is written as the site's own links are (to {@code index.html}, which a page opened from disk
     * needs); empty for a link with a scheme, a fragment or query alone, or one that leaves the site.
     */
    private static Optional<String> inSite(String pageUrl, String d) {
      if (d.isEmpty() || d.startsWith("#") || d.startsWith("?") || d.startsWith("/") || SCHEME.matcher(d).find()) {
        return Optional.empty();
      }
      try {
        URI to = new URI("file:///" + pageUrl).resolve(new URI(d));
        String path = to.getRawPath();
        if (path == null || !path.startsWith("/") || path.contains("/../")) {
          return Optional.empty();
        }
        return Optional.of(path.substring(1) + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery())
            + (to.getRawFragment() == null ? "" : "#" + to.getRawFragment()));
      } catch (URISyntaxException e) {
        return Optional.empty(); // as written: the link check says what is wrong with it
      }
    }

    @Override
    public void visit(Image image) {
      String d = siteRelative.apply(image.getDestination());
      if (!isSafe(d)) {
        StringBuilder alt = new StringBuilder();
        for (Node n = image.getFirstChild(); n != null; n = n.getNext()) {
          if (n instanceof Text t) {
            alt.append(t.getLiteral());
          }
        }
        image.insertBefore(new Text(alt.toString()));
        image.unlink();
      } else if (d.startsWith("/") && !d.startsWith("//")) {
        image.setDestination(Links.relative(pageUrl, d.substring(1)));
      }
    }

    private static void unwrap(Node node) {
      Node child = node.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        node.insertBefore(child);
        child = next;
      }
      node.unlink();
    }
  }
}
