package kokai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kokai.build.BuildConfig;
import kokai.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The link check's reading of a page agrees with a browser-grade document parser (jsoup). */
class PageLinksTest {
  /** What jsoup's HTML5 tree builder finds: the reference the fast scan is held to. */
  static PageLinks.Scan reference(String html) {
    List<String> links = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Element e : Jsoup.parse(html).getAllElements()) {
      String tag = e.normalName();
      if (e.hasAttr("id")) {
        ids.add(e.attr("id"));
      }
      if (tag.equals("a") && e.hasAttr("name")) {
        ids.add(e.attr("name"));
      }
      String attr = switch (tag) {
        case "a", "area", "link" -> "href";
        case "img", "script", "source", "iframe" -> "src";
        case "form" -> "action";
        default -> null;
      };
      if (attr != null && e.hasAttr(attr)) {
        links.add(e.attr(attr).strip());
      }
    }
    return new PageLinks.Scan(links, ids);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<a href=a/>dir</a><a href=b />c<A HREF=\"C.html\">x</A>",
      "<a href='q?x=1&amp;y=2&#x2F;z'>e</a><a href=\"&lt;&quot;\">f</a><img src=p&amp;q.png>",
      "<!-- <a href=\"no.html\"> --><script>var s = '<a href=\"no.html\">';</script><style>a[href=\"x\"]{}</style>",
      "<p id=one><span ID='two'>t</span><a name=three></a><div name=notAnId></div>",
      "<link rel=stylesheet href=' spaced.css '><script src=\"s.js\" defer></script><form action=f.html></form>",
      "<iframe src=frame.html></iframe><video><source src=v.mp4></video><map><area href=area.html></map>",
      "<svg><a href=\"svg.html\"><title id=\"svg-title\">x</title></a></svg><math><mi id=m>x</mi></math>",
      "<title>a <a href=t.html> b</title><textarea><a href=\"ta.html\"></textarea><noscript><a href=ns.html>n</a></noscript>",
      "<script>if (a<b && c>d) { x = '<a href=\"no.html\">'; }</script><a href=after.html>a</a><br/><img src=i.png/>",
      "<script>var c = \"<!--\";</script><a href=after-comment.html>a</a><style>/* <a href=x> */</style><a href=z.html>",
      "<table><tr><td><a href=cell.html id=cell>c</td></tr></table><ul><li><a href=li.html>l</ul>",
  })
  void readsWhatTheDocumentParserReads(String html) {
    PageLinks.Scan scan = PageLinks.scan(html);
    PageLinks.Scan expected = reference(html);
    assertThat(scan.links()).containsExactlyElementsOf(expected.links());
    assertThat(scan.ids()).isEqualTo(expected.ids());
  }

  @Test
  void leavesForeignContentWhereABrowserDoes() {
    // Chromium reads this as <svg></svg><img><iframe> with text: the img ends the svg, and the
    // iframe's content is text again.
    PageLinks.Scan scan = PageLinks.scan("<svg><img src=i.png><iframe src=fr.html><a href=in.html></iframe><svg><a href=s.html></svg>");
    assertThat(scan.links()).containsExactly("i.png", "fr.html", "s.html");
  }

  @Test
  void aPageReadAfterALongerOneEndsWhereItEnds() {
    // The thread's buffer still holds the first page past the second's end, where the tag the
    // second page ends inside would be complete.
    String longer = "<a href=\"two.html\" id=\"two\">two</a>" + "<p>text</p>".repeat(20_000);
    assertThat(PageLinks.scan(longer).links()).containsExactly("two.html");
    PageLinks.Scan shorter = PageLinks.scan("<a href=\"two.html\" id=\"two\"");
    assertThat(shorter.links()).isEmpty();
    assertThat(shorter.ids()).isEmpty();
  }

  @Test
  void readsEveryPageOfTheRealSitesAsTheDocumentParserDoes(@TempDir Path out) throws IOException {
    assertThat(new SiteBuild().run(BuildConfig.of(Path.of("content"), out)).published()).isTrue();
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(out)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(15);
    for (Path page : pages) {
      String html = Files.readString(page);
      PageLinks.Scan scan = PageLinks.scan(html);
      PageLinks.Scan expected = reference(html);
      assertThat(scan.links()).as(page.toString()).containsExactlyElementsOf(expected.links());
      assertThat(scan.ids()).as(page.toString()).isEqualTo(expected.ids());
    }
  }
}
