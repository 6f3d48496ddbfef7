package kokai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kokai.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
  @TempDir Path root;

  private void page(String path, String body) throws Exception {
    Path f = root.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, "<!DOCTYPE html><html><head><link rel=stylesheet href=\"/a.css\"></head><body>" + body + "</body></html>");
  }

  @Test
  void reportsBrokenLinksAndFragmentsOnly() throws Exception {
    page("index.html", """
        <a href="2022/088/">ok</a> <a href='2022/088/index.html#costs'>ok</a> <a href="#top">ok</a>
        <a id="top" href="missing/">broken</a> <a href="2022/088/#nowhere">broken fragment</a>
        <a href="?q=a&amp;b=c">same page</a> <a href="https://example.jp/x">external</a>
        <!-- <a href="commented/">ignored</a> -->
        <script>document.write('<a href="scripted/">ignored</a>');</script>
        <img SRC=assets/logo.svg alt=""> <a href="x%zz">bad</a>""");
    page("2022/088/index.html", "<h2 id=\"costs\">コスト</h2><a href=\"../../\">home</a>");
    Files.createDirectories(root.resolve("assets"));
    Files.writeString(root.resolve("assets/logo.svg"), "<svg/>");
    List<Diagnostic> d = new LinkChecker().check(root, Path.of("site"));
    List<String> messages = d.stream().map(Diagnostic::message).toList();
    assertThat(messages).hasSize(5); // /a.css is missing on both pages
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"missing/\"").contains("does not exist"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("#nowhere"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"/a.css\""));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("x%zz").contains("cannot be read"));
  }

  @Test
  void decodesCharacterReferencesInAttributes() {
    HtmlLinks l = HtmlLinks.scan("<a href=\"a&amp;b&#x2F;c&#47;d&lt;\" id='x&quot;y'>t</a><a name=n1></a>");
    assertThat(l.links()).extracting(HtmlLinks.Link::value).containsExactly("a&b/c/d<");
    assertThat(l.ids()).containsExactlyInAnyOrder("x\"y", "n1");
  }
}
