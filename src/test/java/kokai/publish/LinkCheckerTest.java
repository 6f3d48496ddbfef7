package kokai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kokai.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
  @TempDir Path root;

  private void write(String rel, String html) throws Exception {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, html);
  }

  /** The site under {@code root} checked, its pages named as published under site/. */
  private List<Diagnostic> check() {
    return new LinkChecker(Path.of("site")).check(root);
  }

  @Test
  void reportsMissingFilesAndFragmentsAndNothingElse() throws Exception {
    write("index.html", """
        <!DOCTYPE html><html><head><link rel=stylesheet href='a/style.css'></head><body>
        <a href="a/index.html#sec-1">ok</a> <a href=a/>dir</a> <a href="a/index.html?x=1&amp;y=2#sec-1">query</a>
        <a href="#top" id=top>self</a> <a href="https://example.jp/x">external</a> <a href="mailto:x@example.jp">m</a>
        <!-- <a href="commented-out.html">not a link</a> -->
        <script>var s = '<a href="in-script.html">';</script>
        <form action="a/index.html"><input name=q></form>
        <a href="a/index.html#nowhere">bad fragment</a>
        <a href="missing/index.html">missing</a>
        <a href="#absent">bad self fragment</a>
        <IMG SRC="a/pic.png" alt="">
        </body></html>
        """);
    write("a/index.html", "<h2 id=\"sec-1\">x</h2><a name='old'></a><a href='../index.html#top'>up</a>");
    write("a/style.css", "");
    List<Diagnostic> ds = check();
    assertThat(ds).extracting(Diagnostic::message).containsExactlyInAnyOrder(
        "the link to site/a/index.html#nowhere points to no element with id \"nowhere\"",
        "the link \"missing/index.html\" points to a file that does not exist",
        "the link \"#absent\" points to no element with id \"absent\" on the same page",
        "the link \"a/pic.png\" points to a file that does not exist");
    assertThat(ds).allSatisfy(d -> assertThat(d.location().file()).isEqualTo(Path.of("site/index.html")));
  }

  /** A fragment close to an id the page has is named: a letter missing, or one too many. */
  @Test
  void aMistypedFragmentNamesTheIdItIsClosestTo() throws Exception {
    write("index.html", "<a href=\"a/index.html#cost\">1</a> <a href=\"#overvew\">2</a> <h2 id=\"overview\">x</h2>");
    write("a/index.html", "<h2 id=\"costs\">x</h2>");
    assertThat(check()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
        "the link to site/a/index.html#cost points to no element with id \"cost\"; did you mean \"costs\"?",
        "the link \"#overvew\" points to no element with id \"overvew\" on the same page; did you mean \"overview\"?");
  }

  /**
   * Each link asking for a missing file is reported, whatever fragment it asks for, and the
   * fragments asked of a file that is not a page (an SVG image) are looked up in its ids.
   */
  @Test
  void fragmentsOfMissingFilesAndOfFilesOtherThanPages() throws Exception {
    write("index.html", """
        <a href="gone.html#one">1</a> <a href="gone.html#two">2</a> <a href="gone.html">3</a>
        <img src="icons.svg#home" alt=""> <img src="icons.svg#away" alt=""> <a href="icons.svg#home">icon</a>
        """);
    write("icons.svg", "<svg xmlns='http://www.w3.org/2000/svg'><symbol id='home'/></svg>");
    assertThat(check()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
        "the link \"gone.html#one\" points to a file that does not exist",
        "the link \"gone.html#two\" points to a file that does not exist",
        "the link \"gone.html\" points to a file that does not exist",
        "the link to site/icons.svg#away points to no element with id \"away\"");
  }

  @Test
  void linksMayNotLeaveTheSite() throws Exception {
    write("p/index.html", "<a href=\"../../outside.html\">x</a>");
    Files.writeString(root.getParent().resolve("outside.html"), "");
    assertThat(check()).hasSize(1);
  }

  /**
   * A target many pages ask for is said once, at the first of them by path, whichever page was
   * read first: the pages of a build are read by several threads in no fixed order.
   */
  @Test
  void aMissingFileManyPagesLinkToIsSaidAtTheFirstPageWhateverTheOrderTheyWereRead() {
    LinkChecker links = new LinkChecker(Path.of("site"));
    links.page("c/index.html", "<a href=\"../gone.html\">x</a> <a href=\"../index.html#nowhere\">y</a>");
    links.page("b/index.html", "<a href=\"../gone.html\">x</a> <a href=\"../index.html#nowhere\">y</a>");
    links.page("index.html", "<h1 id=\"top\">x</h1>");
    links.page("d/index.html", "<a href=\"../gone.html\">x</a> <a href=\"../index.html#nowhere\">y</a>");
    List<Diagnostic> ds = links.finish(root);
    assertThat(ds).extracting(d -> d.location().file().toString().replace('\\', '/') + ": " + d.message()).containsExactly(
        "site/b/index.html: the link \"../gone.html\" points to a file that does not exist",
        "site/b/index.html: the link to site/index.html#nowhere points to no element with id \"nowhere\"");
  }

  /**
   * A link that climbs to the site's root first is resolved once for all the pages of its depth:
   * on the page it points to, its fragment is looked for among that page's ids; from the other
   * pages of the depth, as a link to that page; from a page of another depth, where it climbs out
   * of the site, as a link outside it. Whichever page is read first.
   */
  @Test
  void aLinkClimbingToTheRootIsCheckedOnEachPageAsItPointsFromThere() {
    String link = "<a href=\"../../2022/088/index.html#costs\">x</a>";
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("2022/088/index.html", link + "<h2 id=\"cost\">x</h2>");
    pages.put("2022/089/index.html", link);
    pages.put("2023/010/index.html", link);
    pages.put("about/index.html", link);
    List<String> expected = List.of(
        "site/2022/088/index.html: the link \"../../2022/088/index.html#costs\" points to no element with id \"costs\" on the same page; did you mean \"cost\"?",
        "site/2022/089/index.html: the link to site/2022/088/index.html#costs points to no element with id \"costs\"; did you mean \"cost\"?",
        "site/about/index.html: the link \"../../2022/088/index.html#costs\" points to a file that does not exist");
    List<String> backwards = new ArrayList<>(pages.keySet());
    Collections.reverse(backwards);
    for (List<String> order : List.of(List.copyOf(pages.keySet()), backwards)) {
      LinkChecker links = new LinkChecker(Path.of("site"));
      order.forEach(page -> links.page(page, pages.get(page).getBytes(StandardCharsets.UTF_8)));
      assertThat(links.finish(root)).as(order.toString())
          .extracting(d -> d.location().file().toString().replace('\\', '/') + ": " + d.message())
          .containsExactlyElementsOf(expected);
    }
  }

  /** A page given as the UTF-8 bytes written is read as its text: ids and links in Japanese, and the text around them. */
  @Test
  void aPageGivenAsItsBytesIsCheckedAsItsText() {
    String html = "<h2 id=\"費用\">費用の推移</h2><p>𠮷野家の<a href=\"#費用\">費用</a>と<a href=\"#事業費\">事業費</a>"
        + "<img src=\"令和4年度 シート.png\" alt=\"表\"></p>";
    List<List<String>> said = new ArrayList<>();
    for (boolean bytes : new boolean[] {false, true}) {
      LinkChecker links = new LinkChecker(Path.of("site"));
      if (bytes) {
        links.page("index.html", html.getBytes(StandardCharsets.UTF_8));
      } else {
        links.page("index.html", html);
      }
      said.add(links.finish(root).stream().map(Diagnostic::message).toList());
    }
    assertThat(said.get(1)).isEqualTo(said.get(0)).containsExactly(
        "the link \"#事業費\" points to no element with id \"事業費\" on the same page",
        "the link \"令和4年度 シート.png\" points to a file that does not exist");
  }
}
