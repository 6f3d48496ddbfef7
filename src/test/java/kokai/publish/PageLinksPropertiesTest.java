package kokai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On markup stitched from pieces that trip tokenizers (quotes, comments, text-only elements, end
 * tags with attributes, foreign content, repeated attributes, odd spacing and case), the link
 * check's reading agrees with jsoup's document parser. (Where the two differ on broken markup, a
 * browser sides with the link check: an unclosed {@code <title>} holds text to the end of the page.)
 */
class PageLinksPropertiesTest {
  private static final List<String> PIECES = List.of(
      "<a href=x.html>", "<A HREF='Y.html' id=a1>", "<a\nhref\n=\n\"z.html\"\n>", "<a href=>", "<a href>",
      "<a href=\"q\" href=\"second\">", "<a id=one id=two>", "<a name=n1 NAME=n2>", "<a href=a/>", "<a/href=s.html>",
      "<a =href=eq.html>", "<a href='>'>", "</a>", "</a href='>' x>", "</ a>", "</>", "<p id=\"p&amp;1\">",
      "<img src=i.png/>", "<link href=' sp.css '>", "<form action=f.html>", "<area href=ar.html>",
      "</iframe>", "</script>", "</title>", "</style>",
      // Elements read as text come whole: jsoup, unlike a browser, reads markup in one left open.
      "<iframe src=fr.html><a href=in.html></iframe>", "<script src=s.js>if (a<b) x='<a href=no.html>';</SCRIPT >",
      "<script>x = '</scripts>'; <!-- </script>", "<style>a[href='x']{}</style>", "<title>t <a href=t.html></title>",
      "<textarea><a href=ta.html></textarea/>", "<xmp><a href=x.html></xmp>",
      // In the head, jsoup drops a link in noscript; in the body it reads it, as the check does.
      "<p><noscript><a href=ns.html>n</a></noscript>", "<svg/>",
      // Foreign content comes whole too: jsoup does not leave it on every tag a browser leaves it on.
      "<svg><a href=\"svg.html\"><title id=\"svg-t\">x <a href=st.html></title></a><style>a{}</style></svg>",
      "<svg><![CDATA[<a href=cd.html>]]></svg>", "<math><mi id=m>x</mi></math>", "<![CDATA[<a href=cd.html>]]>",
      "<!-- c -->", "<!-->", "<!--->", "<!-- <a href=hidden.html> -->", "<!DOCTYPE html>", "<?xml x?>",
      "< a href=text.html>", "<3", "a < b", "&lt;", "text", " ", "\n", "'", "\"", ">", "=", "/",
      "<div id=d-1 class=\"c\">", "</div>", "<span id='s&#x31;'>", "<source src=v.mp4>", "<br/>",
      "<table>", "<td>", "<li>", "<plaintext>",
      // Characters of two, three and four bytes in UTF-8, which the check reads as bytes: in text,
      // in names and values, and beside the characters the tokenizer looks for.
      "費用の推移", "é", "𠮷", "<p id=\"費用\">", "<a href='令和4年度 シート.pdf'>", "<a href=資料/>", "<span id=é𠮷>",
      "<a\u3000href=x.html>", "<ａ href=fw.html>", "<a hréf=x.html>", "<div 費=1 id=後>", "</p 費='>'>", "<title>費</title>",
      "<aの href=x.html>", "<p idの=no>", "<a href=シート.html>", "<p id=の>", "<a 名=な href=x.html id=い>");

  @Property(tries = 400)
  void readsWhatTheDocumentParserReads(@ForAll("markup") String html) {
    PageLinks.Scan scan = PageLinks.scan(html);
    PageLinks.Scan expected = PageLinksTest.reference(html);
    // As sets: on misnested markup a tree builder copies elements (an <a> left open is cloned into
    // the next block), which adds copies of links, never new ones.
    assertThat(new HashSet<>(scan.links())).as(html).isEqualTo(new HashSet<>(expected.links()));
    assertThat(scan.ids()).as(html).isEqualTo(expected.ids());
  }

  @Provide
  Arbitrary<String> markup() {
    return Arbitraries.of(PIECES).list().ofMaxSize(24).map(pieces -> String.join("", pieces));
  }
}
