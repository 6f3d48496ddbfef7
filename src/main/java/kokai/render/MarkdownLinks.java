package kokai.render;

import java.util.List;

/**
 * Where the links of a Markdown page were written, by the address the built page gives each, so
 * that a broken link found on the built page can be put at its line and column in the
 * {@code .md} file staff edit.
 *
 * <pre>{@code
 * MarkdownLinks.in("# t\n\n[無い](/departments/none/)\n", "pages/about/", null)
 *     // [Place[href=../../departments/none/index.html, written=/departments/none/, line=3, column=1]]
 * }</pre>
 */
public final class MarkdownLinks {
  private MarkdownLinks() {}

  /** A link or image: the address on the built page, the address as written, and its place in the Markdown file. */
  public record Place(String href, String written, int line, int column) {}

  /**
   * The id a page's first heading with this text gets ({@code sec-} and its words in Latin letters,
   * or a short hash of Japanese ones), for a link to it: {@code ## 見方} is {@code #sec-…}.
   */
  public static String headingId(String headingText) {
    return HeadingIds.base(headingText.strip());
  }

  /** The links and images of {@code markdown}, rendered as the page at {@code pageUrl} of a site at {@code baseUrl} (or null). */
  public static List<Place> in(String markdown, String pageUrl, String baseUrl) {
    return new Markdown(baseUrl).linkPlaces(markdown, pageUrl);
  }
}
