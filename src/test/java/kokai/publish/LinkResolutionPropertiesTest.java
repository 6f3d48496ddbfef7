package kokai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The link check resolves the site's plain links (letters, digits, {@code - . _ ~ /}, one
 * {@code #}) with string operations; on links stitched from the pieces that make resolving hard
 * ({@code ..} beyond the root, {@code .}, doubled and trailing slashes, empty fragments), it finds
 * the same file and fragment as {@link java.net.URI} and {@link java.nio.file.Path} do.
 */
class LinkResolutionPropertiesTest {
  private static final List<String> PIECES = List.of("..", ".", "/", "a", "b.html", "index.html", "2022", "088",
      "-x_~", "#", "#top", "#");
  private static final List<String> PAGES = List.of("index.html", "search/index.html", "2022/088/index.html",
      "departments/a/b/index.html", "404.html");

  @Property(tries = 2000)
  void resolvesAsUriAndPathDo(@ForAll("links") String link, @ForAll("pages") String page) {
    LinkChecker.Target resolved = LinkChecker.resolve(page, LinkChecker.folderOf(page), link);
    // The empty and root-absolute links are not checked.
    LinkChecker.Target expected = link.isEmpty() || link.startsWith("/") ? null : LinkChecker.resolveAsUri(page, link);
    assertThat(resolved).as(page + " → " + link).isEqualTo(expected);
  }

  @Property(tries = 100)
  void leavesOtherLinksToTheUriReading(@ForAll("pages") String page) {
    for (String link : List.of("a%20b.html", "a?q=1", "mailto:x@example.jp", "https://example.jp/", "a b.html",
        "半導体.html", "a#b#c", "#frag/ment")) {
      assertThat(LinkChecker.resolvePlain(page, LinkChecker.folderOf(page), link)).as(link).isNull();
    }
  }

  @Provide
  Arbitrary<String> links() {
    return Arbitraries.of(PIECES).list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> pages() {
    return Arbitraries.of(PAGES);
  }
}
