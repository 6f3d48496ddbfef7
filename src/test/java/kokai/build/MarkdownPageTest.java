package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kokai.diag.SourceLocation;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown pages get what the rest of the site has: stable heading ids with a § link, and table headers with a scope. */
class MarkdownPageTest {
  @TempDir Path dir;

  private static final String PAGE = """
      # シートの読み方

      ## 評価

      本文。

      ## Open data

      | 表示 | 意味 |
      | --- | --- |
      | — | 記載がない値 |

      ### 評価

      <b>raw</b>
      """;

  private Document build(String markdown) {
    MiniSite s = MiniSite.in(dir).file("content/pages/how-to-read.md", markdown)
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
    s.buildOk();
    return s.page("pages/how-to-read/");
  }

  /**
   * A link with a query (the search page's) and a link written relative to the page lead to the
   * page's index.html, as the site's own links do: opened from disk, a folder shows a listing.
   */
  @Test
  void linksWithAQueryOrRelativeToThePageLeadToTheIndexFile() {
    Document p = build("# 読み方\n\n[検索](/search/?q=半導体&year=2022) [年度](../../years/2022/#main) [表](./#main)"
        + " [外](https://example.org/a/) [頁](?x=1)\n");
    assertThat(p.select(".prose a:not(.self-link)").eachAttr("href")).containsExactly("../../search/index.html?q=半導体&year=2022",
        "../../years/2022/index.html#main", "index.html#main", "https://example.org/a/", "?x=1");
  }

  /** A link written with a heading's words instead of its id is told the id to write, the one the heading has. */
  @Test
  void aLinkByAHeadingsWordsIsToldItsId() {
    Document ok = build("# 読み方\n\n[見方へ](#" + kokai.render.MarkdownLinks.headingId("見方") + ")\n\n## 見方\n");
    String id = ok.select(".prose h2").attr("id");
    assertThat(id).startsWith("sec-");

    MiniSite s = MiniSite.in(dir).file("content/pages/how-to-read.md", "# 読み方\n\n[見方へ](#見方)\n\n## 見方\n");
    BuildResult r = s.build();
    assertThat(r.diagnostics()).filteredOn(kokai.diag.Diagnostic::isError).singleElement()
        .satisfies(d -> assertThat(d.hint()).contains("write (#" + id + ") for the heading 「見方」"));
  }

  /**
   * A heading whose own id is the one a repeated heading was numbered to (Open data, Open data,
   * Open data 2) gets an id of its own: each § link and each #… link to the page goes to one heading.
   */
  @Test
  void aHeadingNamedLikeARepeatedOnesNumberStillHasAnIdOfItsOwn() {
    Document p = build("# t\n\n## Open data\n\n## Open data\n\n## Open data 2\n\n## Open data 2\n\n## Open data\n");
    var ids = p.select(".prose h2").eachAttr("id");
    assertThat(ids).hasSize(5).doesNotHaveDuplicates().allMatch(id -> id.matches("sec-[a-z0-9-]+"));
    assertThat(ids.get(0)).isEqualTo("sec-open-data");
    assertThat(ids.get(2)).isEqualTo("sec-open-data-2");
  }

  @Test
  void headingsHaveStableIdsAndSelfLinks() {
    Document p = build(PAGE);
    var headings = p.select(".prose h2, .prose h3");
    assertThat(headings.eachText()).containsExactly("評価", "Open data", "評価");
    var ids = headings.eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("sec-[a-z0-9-]+"));
    assertThat(ids.get(1)).isEqualTo("sec-open-data");
    assertThat(ids.get(2)).isEqualTo(ids.get(0) + "-2");
    for (Element h : headings) {
      Element link = h.parent().expectFirst("a.self-link");
      assertThat(h.parent().hasClass("section-head")).isTrue();
      assertThat(link.attr("href")).isEqualTo("#" + h.id());
      assertThat(link.select("[aria-hidden=true]").text()).isEqualTo("§");
      assertThat(link.select(".vh").text()).contains(h.text());
    }
    // The same text gives the same id in another build, even after edits elsewhere on the page.
    String firstId = ids.get(0);
    assertThat(build("# t\n\n前書き。\n\n## 評価\n").select(".prose h2").attr("id")).isEqualTo(firstId);
  }

  @Test
  void tableHeadersHaveScopeAndRawHtmlStaysText() {
    Document p = build(PAGE);
    assertThat(p.select(".prose table thead th").eachAttr("scope")).containsExactly("col", "col");
    assertThat(p.select(".prose b")).isEmpty();
    assertThat(p.select(".prose").text()).contains("<b>raw</b>");
  }

  /** A table wider than a phone scrolls in its own region, named by its section (or its columns), not the page. */
  @Test
  void tablesScrollInANamedFocusableRegion() {
    Document p = build(PAGE);
    Element region = p.expectFirst(".prose table").parent();
    assertThat(region.hasClass("table-scroll")).isTrue();
    assertThat(region.attr("role")).isEqualTo("region");
    assertThat(region.attr("tabindex")).isEqualTo("0");
    assertThat(p.getElementById(region.attr("aria-labelledby")).text()).isEqualTo("Open data");
    Document first = build("# t\n\n| 年度 | 件数 |\n| --- | ---: |\n| 2022 | 12 |\n\n## 後\n");
    Element unnamed = first.expectFirst(".prose table").parent();
    assertThat(unnamed.attr("aria-label")).isEqualTo("年度 / 件数");
    assertThat(unnamed.hasAttr("aria-labelledby")).isFalse();
    assertThat(first.select(".prose tr").eachText()).containsExactly("年度 件数", "2022 12");
    assertThat(first.select(".prose td").eachAttr("class")).containsExactly("align-right");
    assertThat(first.select(".prose [align]")).isEmpty();
  }

  /**
   * The footer's menu of pages says which of them is the page shown (aria-current), as the site
   * menu does: a screen reader announced "About this site" there as a link like any other.
   */
  @Test
  void theFooterMenuMarksThePageShown() {
    MiniSite s = MiniSite.in(dir).file("content/pages/how-to-read.md", "# 読み方\n")
        .file("content/pages/about.md", "# このサイトについて\n")
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
    s.buildOk();
    for (String shown : new String[] {"pages/how-to-read/", "pages/about/"}) {
      Document p = s.page(shown);
      assertThat(p.select("footer nav a[aria-current=page]").eachText()).as(shown)
          .containsExactly(p.expectFirst("h1").text());
      assertThat(p.select("footer nav a[aria-current]").eachAttr("href")).as(shown).containsExactly("index.html");
    }
    assertThat(s.page("").select("footer nav a[aria-current]")).isEmpty();
  }

  @Test
  void linksWrittenWithTheSitesOwnAddressOrPathWorkFromDiskToo() {
    Document p = build("# t\n\n[a](https://example.jp/hyoka/2022/010/) [b](/hyoka/departments/general/#main) [c](/years/2022/)"
        + " [d](https://example.jp/other/) [e](https://example.jp/hyoka)\n");
    assertThat(p.select(".prose a").eachAttr("href")).containsExactly("../../2022/010/index.html",
        "../../departments/general/index.html#main", "../../years/2022/index.html", "https://example.jp/other/",
        "https://example.jp/hyoka");
  }

  /** A link to a missing sheet is refused as the content loads (LoaderCasesTest); other pages only the link check finds. */
  @Test
  void aBrokenLinkInAMarkdownPageNamesTheMarkdownFile() {
    MiniSite s = MiniSite.in(dir).file("content/pages/how-to-read.md",
            "# t\n\n[無い](/departments/none/)\n\n見方は[こちら](../missing/)と ![図](img.png)\n")
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    Path md = dir.resolve("content/pages/how-to-read.md");
    assertThat(r.diagnostics()).filteredOn(kokai.diag.Diagnostic::isError).allSatisfy(d -> {
      assertThat(d.message()).startsWith("on the page pages/how-to-read/, the link");
      // A page is linked from the site's root; a document of the city's own is put in content/static/.
      // A document's hint gives the address it is published at, the site's sub-path included.
      assertThat(d.hint()).contains(d.message().contains("img.png")
          ? "put the file in content/static/pages/how-to-read/img.png, which publishes it at https://example.jp/hyoka/pages/how-to-read/img.png"
          : "/2022/088/");
    }).extracting(d -> d.location().toString() + " " + d.message().replaceFirst(".*the link \"([^\"]*)\".*", "$1"))
        .containsExactlyInAnyOrder( // each link as it was written
            new SourceLocation(md, 3, 1) + " /departments/none/",
            new SourceLocation(md, 5, 4) + " ../missing/",
            new SourceLocation(md, 5, 24) + " img.png");
  }
}
