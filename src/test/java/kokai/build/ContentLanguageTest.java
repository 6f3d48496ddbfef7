package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheets are written in Japanese: under an English interface every piece of content text is marked
 * lang="ja" (WCAG 3.1.2), directions read "Continue (継続)", and listings spell out the four scores.
 */
class ContentLanguageTest {
  @TempDir Path dir;

  private MiniSite site(String language) {
    return configured(dir, MiniSite.SITE_YAML.replace("language: ja", "language: " + language));
  }

  /** A site of one sheet (広報事業) in {@code at}, with this site.yaml. */
  private static MiniSite configured(Path at, String siteYaml) {
    return MiniSite.in(at).file("content/site.yaml", siteYaml)
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
  }

  /** The language an element is read in: its own lang or its nearest ancestor's. */
  private static String langOf(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x.hasAttr("lang")) {
        return x.attr("lang");
      }
    }
    return "";
  }

  /** Every element of the body whose own text contains the given text (charts left out: they speak for themselves). */
  private static List<Element> holding(Document d, String text) {
    List<Element> found = d.body().getElementsContainingOwnText(text).stream()
        .filter(e -> e.closest("figure.chart") == null).toList();
    assertThat(found).as("elements with the text " + text).isNotEmpty();
    return found;
  }

  /**
   * What the city writes itself (the site's title, its pages) may be English: only what is in
   * Japanese is marked, and a Japanese page's § links keep the interface's words in its voice.
   */
  @Test
  void englishTheCityWroteIsNotMarkedJapanese() {
    MiniSite s = configured(dir, """
        title: Midorino City Project Evaluations
        city: Midorino City
        baseUrl: https://example.jp/hyoka/
        language: en
        description: The city's evaluations of its projects, with 広報事業 among them.
        departmentSlugs:
          総務部: general
        """)
        .file("content/pages/about.md", "# About this site\n\nThis site publishes the sheets. See [the list](../../years/2022/).\n\n## Data\n\nAll of it.\n")
        .file("content/pages/yomikata.md", "# シートの読み方\n\n事務事業マネジメントシートの読み方です。[一覧](../../years/2022/)\n\n## 事業の基本情報\n\n担当の部・課・係。\n");
    s.buildOk();
    Document home = s.page("");
    assertThat(langOf(home.expectFirst("h1"))).isEqualTo("en");
    assertThat(langOf(home.expectFirst(".site-name"))).isEqualTo("en");
    assertThat(langOf(home.expectFirst(".site-owner"))).isEqualTo("en");
    assertThat(home.select("header.page-head p span[lang=ja]").eachText()).contains("広報事業");
    Document about = s.page("pages/about/");
    assertThat(langOf(about.expectFirst("h1"))).isEqualTo("en");
    assertThat(langOf(about.expectFirst(".prose p"))).isEqualTo("en");
    assertThat(about.select(".site-footer a").stream().filter(a -> a.text().equals("About this site")))
        .singleElement().satisfies(a -> assertThat(langOf(a)).isEqualTo("en"));
    Document yomikata = s.page("pages/yomikata/");
    assertThat(yomikata.expectFirst("h1 span[lang=ja]").text()).isEqualTo("シートの読み方");
    assertThat(langOf(yomikata.expectFirst(".prose p"))).isEqualTo("ja");
    Element label = yomikata.expectFirst(".prose .self-link .vh");
    assertThat(langOf(label)).isEqualTo("en");
    assertThat(label.text()).startsWith("Link to");
    assertThat(label.expectFirst("span[lang=ja]").text()).isEqualTo("事業の基本情報");
    // An era's year is one Japanese run, read in one voice.
    assertThat(s.page("2022/010/").select("span[lang=ja]").eachText()).contains("令和4年度");
  }

  /** A city publishing both: every page links to the same page of the other version, for readers and search engines. */
  @Test
  void eachPageLinksToTheSamePageInTheOtherLanguage() {
    MiniSite s = configured(dir, MiniSite.SITE_YAML
            + "translations:\n  - language: en\n    baseUrl: https://example.jp/hyoka/en\n");
    s.buildOk();
    for (String url : List.of("", "2022/010/", "years/2022/", "departments/general/")) {
      Document d = s.page(url);
      Element link = d.expectFirst("header .languages a");
      assertThat(link.attr("href")).isEqualTo("https://example.jp/hyoka/en/" + url);
      assertThat(link.attr("hreflang")).isEqualTo("en");
      assertThat(link.text()).isEqualTo("English");
      assertThat(langOf(link)).isEqualTo("en");
      assertThat(d.select("link[rel=alternate][hreflang]").eachAttr("href"))
          .containsExactly("https://example.jp/hyoka/" + url, "https://example.jp/hyoka/en/" + url);
    }
    MiniSite plain = MiniSite.in(dir.resolve("plain"))
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
    plain.buildOk();
    assertThat(plain.page("").select(".languages, link[hreflang]")).isEmpty();
  }

  /**
   * A translation without an address of its own is made by the same build, in the output's folder
   * of its language: every page of the site there in the other interface, its search index and data
   * files, the static files the pages link to; the pages of each version link to each other
   * relatively (on disk and in the preview too), search engines get the absolute addresses.
   */
  @Test
  void oneBuildMakesTheOtherLanguageInItsFolder() throws java.io.IOException {
    MiniSite s = configured(dir, MiniSite.SITE_YAML
            + "translations:\n  - language: en\n    title: Test City Project Evaluations\n    city: Test City\n")
        .file("content/static/pdf/r4-010.pdf", "%PDF-1.4\n")
        .file("content/static/.htaccess", "ErrorDocument 404 /hyoka/404.html\n")
        .file("content/pages/about.md", "# このサイトについて\n\n[広報事業のシート](/pdf/r4-010.pdf)\n");
    BuildResult r = s.buildOk();
    for (String url : List.of("", "2022/010/", "years/2022/", "departments/general/", "search/", "pages/about/")) {
      Document ja = s.page(url);
      Document en = s.page("en/" + url);
      assertThat(ja.expectFirst("html").attr("lang")).isEqualTo("ja");
      assertThat(en.expectFirst("html").attr("lang")).isEqualTo("en");
      String up = "../".repeat((int) url.chars().filter(c -> c == '/').count());
      Element toEn = ja.expectFirst("header .languages a");
      assertThat(toEn.attr("href")).isEqualTo(up + "en/" + url + "index.html");
      assertThat(toEn.text()).isEqualTo("English");
      Element toJa = en.expectFirst("header .languages a");
      assertThat(toJa.attr("href")).isEqualTo(up + "../" + url + "index.html");
      assertThat(toJa.attr("hreflang")).isEqualTo("ja");
      assertThat(toJa.text()).isEqualTo("日本語");
      if (!url.equals("search/")) {
        assertThat(ja.select("link[rel=alternate][hreflang]").eachAttr("href"))
            .containsExactly("https://example.jp/hyoka/" + url, "https://example.jp/hyoka/en/" + url);
        assertThat(en.select("link[rel=alternate][hreflang]").eachAttr("href"))
            .containsExactly("https://example.jp/hyoka/en/" + url, "https://example.jp/hyoka/" + url);
        assertThat(en.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.jp/hyoka/en/" + url);
      }
    }
    assertThat(s.page("en/").expectFirst(".site-name").text()).isEqualTo("Test City Project Evaluations");
    // A reader of the English interface learns that the sheets are searched in Japanese, the example marked so.
    Element help = s.page("en/search/").expectFirst("#search-help");
    assertThat(help.text()).contains("written in Japanese");
    assertThat(help.select("span[lang=ja]").eachText()).containsExactly("子育て");
    assertThat(s.page("").expectFirst(".site-name").text()).isEqualTo("テスト市 事務事業評価");
    // The 404 page links from the site's root path, as a server shows it at any address.
    assertThat(s.page("404.html").expectFirst("header .languages a").attr("href")).isEqualTo("/hyoka/en/404.html");
    assertThat(s.page("en/404.html").expectFirst("header .languages a").attr("href")).isEqualTo("/hyoka/404.html");
    Path out = s.out();
    // The search index holds no word of the interface: the English search page loads the site's.
    assertThat(out.resolve("en/search/index")).doesNotExist();
    Element script = s.page("en/search/").expectFirst("script[data-index]");
    assertThat(script.attr("data-index")).isEqualTo("../../search/index/");
    assertThat(out.resolve("en/search").resolve(script.attr("data-index")).resolve("manifest.js").normalize()).isRegularFile();
    assertThat(out.resolve("en/data/sheets.csv")).isRegularFile();
    assertThat(out.resolve("en/2022/010/sheet.json")).isRegularFile();
    assertThat(out.resolve("en/pdf/r4-010.pdf")).isRegularFile();
    assertThat(s.page("en/pages/about/").select("a[href$=r4-010.pdf]").attr("href")).isEqualTo("../../pdf/r4-010.pdf");
    // A web server's own file is written for the root, and stays there.
    assertThat(out.resolve(".htaccess")).isRegularFile();
    assertThat(out.resolve("en/.htaccess")).doesNotExist();
    assertThat(out.resolve("en/robots.txt")).doesNotExist();
    String sitemap = Files.readString(out.resolve("sitemap.xml"));
    assertThat(sitemap).contains("<loc>https://example.jp/hyoka/2022/010/</loc>", "<loc>https://example.jp/hyoka/en/2022/010/</loc>");
    MiniSite alone = configured(dir.resolve("alone"), MiniSite.SITE_YAML)
        .file("content/pages/about.md", "# このサイトについて\n\n[広報事業のシート](/pdf/r4-010.pdf)\n")
        .file("content/static/pdf/r4-010.pdf", "%PDF-1.4\n");
    assertThat(r.pages()).isEqualTo(2 * alone.buildOk().pages());
    // Without a base URL the versions still link to each other; no absolute address is made up.
    MiniSite bare = configured(dir.resolve("bare"),
        MiniSite.SITE_YAML.replace("baseUrl: https://example.jp/hyoka/\n", "") + "translations:\n  - language: en\n");
    bare.buildOk();
    assertThat(bare.page("en/2022/010/").expectFirst("header .languages a").attr("href")).isEqualTo("../../../2022/010/index.html");
    assertThat(bare.page("en/2022/010/").select("link[hreflang]")).isEmpty();
    assertThat(bare.page("en/").expectFirst(".site-name").text()).isEqualTo("テスト市 事務事業評価");
  }

  /**
   * Pages written for the version in another language ({@code pages/en/about.md}) take the place of
   * the site's of the same name there, with the links they make and their titles in its footer; a
   * page with none stays as written. Without such a version, the folder is said to be unused.
   */
  /**
   * Without a base URL the 404 pages link from the host's root, which site.yaml's warning says
   * once: the other language's 404 page is no page whose links to say again, one by one.
   */
  @Test
  void withoutABaseUrlThe404PageOfTheOtherLanguageIsNotWarnedOfLinkByLink() {
    MiniSite s = configured(dir, MiniSite.SITE_YAML.replace("baseUrl: https://example.jp/hyoka/\n", "") + "translations:\n  - language: en\n");
    BuildResult r = s.buildOk();
    assertThat(s.page("en/404.html").select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/css/site.css");
    assertThat(r.diagnostics()).extracting(d -> d.location().file().toString()).noneMatch(f -> f.endsWith("404.html"));
    assertThat(r.diagnostics()).filteredOn(d -> d.message().contains("404.html")).singleElement()
        .satisfies(d -> assertThat(d.field()).isEqualTo("baseUrl"));
  }

  @Test
  void pagesWrittenForTheOtherLanguageReplaceTheirNamesakesThere() {
    MiniSite s = configured(dir, MiniSite.SITE_YAML + "translations:\n  - language: en\n")
        .file("content/pages/about.md", "# このサイトについて\n\n[一覧](/years/2022/)\n")
        .file("content/pages/yomikata.md", "# シートの読み方\n\n読み方です。\n")
        .file("content/pages/en/about.md", "# About this site\n\nSee [the list](/years/2022/).\n");
    s.buildOk();
    assertThat(s.page("pages/about/").expectFirst("h1").text()).isEqualTo("このサイトについて");
    Document about = s.page("en/pages/about/");
    assertThat(about.expectFirst("h1").text()).isEqualTo("About this site");
    assertThat(langOf(about.expectFirst(".prose p"))).isEqualTo("en");
    assertThat(about.select(".prose a").attr("href")).isEqualTo("../../years/2022/index.html");
    assertThat(s.page("en/pages/yomikata/").expectFirst("h1").text()).isEqualTo("シートの読み方");
    assertThat(s.page("en/").select(".site-footer a").eachText()).contains("About this site", "シートの読み方");
    assertThat(s.page("").select(".site-footer a").eachText()).contains("このサイトについて").doesNotContain("About this site");
    assertThat(s.out().resolve("pages/en")).doesNotExist();

    MiniSite unused = configured(dir.resolve("unused"), MiniSite.SITE_YAML)
        .file("content/pages/en/about.md", "# About this site\n\nText.\n");
    BuildResult r = unused.buildOk();
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.toString()).contains("pages/en", "not published", "translations"));
    assertThat(unused.out().resolve("pages/about")).doesNotExist();
  }

  /**
   * A broken link of a page written for the English version is said at its line in that page's
   * file, not at the built page; by a quick check too, as by the build.
   */
  @Test
  void aBrokenLinkOfAnEnglishPageIsSaidWhereItIsWritten() {
    MiniSite s = configured(dir, MiniSite.SITE_YAML + "translations:\n  - language: en\n")
        .file("content/pages/about.md", "# このサイトについて\n\n[一覧](/years/2022/)\n")
        .file("content/pages/en/about.md", "# About this site\n\nSee [the list](/years/1999/).\n");
    BuildResult built = s.build();
    assertThat(built.published()).isFalse();
    BuildResult checked = new SiteBuild().check(BuildConfig.of(s.root.resolve("content"), s.out()), false, read -> { });
    for (BuildResult r : List.of(built, checked)) {
      assertThat(r.diagnostics()).filteredOn(d -> d.isError()).singleElement().satisfies(d -> {
        assertThat(d.location().file()).isEqualTo(dir.resolve("content/pages/en/about.md"));
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.location().column()).isEqualTo(5);
        assertThat(d.message()).contains("on the page en/pages/about/", "/years/1999/");
      });
    }
  }

  /** A version published elsewhere has its own site.yaml: a title given for it here would be lost, so the build says so. */
  @Test
  void aTitleForAVersionPublishedElsewhereIsAnError() {
    MiniSite s = configured(dir, MiniSite.SITE_YAML
            + "translations:\n  - language: en\n    baseUrl: https://example.jp/hyoka/en/\n    title: Test City\n");
    BuildResult r = s.build();
    assertThat(r.published()).isFalse();
    assertThat(r.diagnostics()).anySatisfy(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.toString()).contains("site.yaml", "title", "its own site.yaml");
    });
  }

  @Test
  void englishInterfaceMarksEveryContentTextJapanese() {
    MiniSite s = site("en");
    s.buildOk();
    Document sheet = s.page("2022/010/");
    // Each text below comes from the sheet file written by MiniSite.sheet.
    for (String text : new String[] {"広報事業", "広報課", "広報係", "総務部", "目的の文", "取組の文", "参加者数", "ニーズ", "理由の文", "継続"}) {
      holding(sheet, text).forEach(e -> assertThat(langOf(e)).as(text + " in " + e).isEqualTo("ja"));
    }
    // Interface text stays English.
    assertThat(langOf(sheet.expectFirst("#costs h2"))).isEqualTo("en");
    assertThat(langOf(sheet.expectFirst("#indicator-1-h"))).isEqualTo("en");
    Document dept = s.page("departments/general/");
    assertThat(langOf(dept.expectFirst("h1"))).isEqualTo("ja");
    holding(dept, "広報係").forEach(e -> assertThat(langOf(e)).as(e.toString()).isEqualTo("ja"));
    Document year = s.page("years/2022/");
    assertThat(langOf(year.expectFirst("table.sheets tbody th"))).isEqualTo("ja");
    assertThat(langOf(year.expectFirst("table.sheets thead th"))).isEqualTo("en");
    // The charts' tables join English words and Japanese content in one text: each Japanese run is marked.
    for (Element t : sheet.select("figure.chart table, p.license, p.citation-text")) {
      for (org.jsoup.nodes.TextNode n : t.select("*").stream().flatMap(e -> e.textNodes().stream()).toList()) {
        if (n.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
            || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
            || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)) {
          assertThat(langOf((Element) n.parent())).as(n.text()).isEqualTo("ja");
        }
      }
    }
    assertThat(sheet.select("figure.chart table span[lang=ja]")).isNotEmpty();
    // The English citation ("…, published 25 November 2026, …") is English with Japanese names in it.
    assertThat(langOf(sheet.expectFirst("p.citation-text"))).isEqualTo("en");
    assertThat(sheet.select("p.citation-text span[lang=ja]").text()).contains("広報事業");
  }

  /** The era name the English interface adds to a year, "FY2022 (令和4年度)", is read in Japanese too. */
  @Test
  void englishInterfaceMarksTheEraOfEveryYearJapanese() {
    MiniSite s = site("en");
    s.buildOk();
    for (String url : new String[] {"", "2022/010/", "years/2022/", "search/", "directions/continue/"}) {
      var runs = s.page(url).body().select("*").stream()
          .filter(e -> !e.normalName().equals("option"))
          .flatMap(e -> e.textNodes().stream()).filter(n -> n.text().contains("令和")).toList();
      assertThat(runs).as(url).isNotEmpty();
      runs.forEach(n -> assertThat(langOf((Element) n.parent())).as(url + ": " + n.parent()).isEqualTo("ja"));
    }
  }

  /**
   * Every page of a city with one project over three fiscal years (so a comparison page), a
   * Markdown page and every listing: under the English interface no run of Japanese is left
   * unmarked, in the page's text or in the text its charts draw.
   */
  @Test
  void englishInterfaceLeavesNoJapaneseRunUnmarkedOnAnyPage() {
    MiniSite s = new MiniSite(dir);
    kokai.testutil.SampleContent.write(dir.resolve("content"));
    s.file("content/site.yaml", kokai.testutil.SampleContent.SITE + "language: en\n")
        .file("content/pages/about.md", "# About 当サイト\n\nつくば市の資料です。\n");
    s.buildOk();
    List<String> unmarked = new ArrayList<>();
    s.files().forEach((f, bytes) -> {
      if (!f.endsWith(".html")) {
        return;
      }
      Document d = org.jsoup.Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
      // An SVG title or desc cannot hold markup, nor can an option: each is English, or marked
      // Japanese as a whole.
      for (Element e : d.body().select("*:not(script, style)")) {
        e.textNodes().stream().filter(n -> japanese(n.text()) && !langOf(e).equals("ja"))
            .forEach(n -> unmarked.add(f + ": <" + e.normalName() + "> " + n.text().strip()));
      }
    });
    assertThat(unmarked).isEmpty();
    // A chart's title or desc without Japanese stays in the page's English, and the descriptions
    // are English throughout: the Japanese name is the title's.
    Document sheet = s.page("2022/088/");
    assertThat(langOf(sheet.expectFirst("svg title#chart-cost-title"))).isEqualTo("en");
    assertThat(langOf(sheet.expectFirst("svg title#chart-indicator-1-title"))).isEqualTo("ja");
    assertThat(sheet.select("svg desc")).isNotEmpty()
        .allSatisfy(desc -> assertThat(langOf(desc)).as(desc.text()).isEqualTo("en"));
    assertThat(s.page("departments/policy/").select("svg desc")).isNotEmpty()
        .allSatisfy(desc -> assertThat(langOf(desc)).as(desc.text()).isEqualTo("en"));
    // The comparison writes a direction as every other page does.
    assertThat(s.page("compare/2021/088/").select("table.compare tbody tr").last().expectFirst("td").text())
        .isEqualTo("Continue (継続)");
  }

  /**
   * The Atom feed of an English site labels its entries in English, names each direction as the
   * sheet page does ("Continue (継続)"), and no Japanese text in it is left in the feed's English:
   * each sits in an element or XHTML span whose xml:lang is ja.
   */
  @Test
  void englishFeedLabelsInEnglishAndMarksEveryJapaneseText() throws Exception {
    MiniSite s = new MiniSite(dir);
    kokai.testutil.SampleContent.write(dir.resolve("content"));
    s.file("content/site.yaml", kokai.testutil.SampleContent.SITE + "language: en\n");
    s.buildOk();
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    org.w3c.dom.Document feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(s.files().get("feed.xml")));
    assertThat(feed.getDocumentElement().getAttributeNS(XML_NS, "lang")).isEqualTo("en");
    List<String> unmarked = new ArrayList<>();
    unmarkedJapanese(feed.getDocumentElement(), unmarked);
    assertThat(unmarked).isEmpty();
    Properties en = new Properties();
    try (var r = Files.newBufferedReader(Path.of("themes/default/i18n/messages_en.properties"))) {
      en.load(r);
    }
    org.w3c.dom.NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    assertThat(entries.getLength()).isEqualTo(4);
    int directed = 0;
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
      String url = entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent().replace("https://example.jp/hyoka/", "");
      org.w3c.dom.Element summary = (org.w3c.dom.Element) entry.getElementsByTagNameNS(ATOM, "summary").item(0);
      String text = summary.getTextContent();
      assertThat(text).as(url).startsWith(en.getProperty("sheet.organization") + ": ");
      Element decision = s.page(url).selectFirst("#direction dd a");
      if (decision != null) {
        directed++;
        assertThat(text).as(url).endsWith(en.getProperty("sheet.direction") + ": " + decision.text());
      }
    }
    // The sample's sheets decide 継続 and 拡大・拡充, both with an English name: the check above saw them.
    assertThat(directed).isPositive();
    assertThat(feed.getDocumentElement().getTextContent()).doesNotContain("方向性");
  }

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /** Collects the text nodes under {@code e} that hold Japanese and are not, by their xml:lang, read as Japanese. */
  private static void unmarkedJapanese(org.w3c.dom.Node e, List<String> out) {
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE && japanese(n.getNodeValue()) && !xmlLang(n).equals("ja")) {
        out.add("<" + n.getParentNode().getLocalName() + "> " + n.getNodeValue());
      } else if (n.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
        unmarkedJapanese(n, out);
        org.w3c.dom.NamedNodeMap attrs = n.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
          org.w3c.dom.Node a = attrs.item(i);
          if (a.getLocalName().equals("term") && japanese(a.getNodeValue()) && !xmlLang(n).equals("ja")) {
            out.add("@" + a.getLocalName() + " " + a.getNodeValue());
          }
        }
      }
    }
  }

  /** The xml:lang in scope at a node. */
  private static String xmlLang(org.w3c.dom.Node n) {
    for (org.w3c.dom.Node x = n; x != null; x = x.getParentNode()) {
      if (x instanceof org.w3c.dom.Element el && el.hasAttributeNS(XML_NS, "lang")) {
        return el.getAttributeNS(XML_NS, "lang");
      }
    }
    return "";
  }

  /** Whether a text has kanji or kana. */
  private static boolean japanese(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
  }

  @Test
  void japaneseInterfaceNeedsNoMarks() {
    MiniSite s = site("ja");
    s.buildOk();
    for (String url : new String[] {"", "2022/010/", "departments/general/", "years/2022/"}) {
      assertThat(s.page(url).select("body [lang]")).as(url).isEmpty();
    }
    assertThat(s.page("2022/010/").select("#direction dd a").text()).isEqualTo("継続");
  }

  @Test
  void englishDirectionsAreTranslatedKeepingTheOriginal() {
    MiniSite s = site("en");
    s.buildOk();
    Element decision = s.page("2022/010/").expectFirst("#direction dd a");
    assertThat(decision.text()).isEqualTo("Continue (継続)");
    assertThat(decision.select("span[lang=ja]").text()).isEqualTo("継続");
    assertThat(s.page("years/2022/").select("table.sheets tbody td").eachText()).contains("Continue (継続)");
    assertThat(s.page("").select("#directions ul a").text()).startsWith("Continue (継続)");
    Document year = s.page("directions/continue/2022/");
    assertThat(year.expectFirst("h1").text()).isEqualTo("Projects with the direction \"Continue (継続)\": FY2022");
    assertThat(year.select("nav.breadcrumbs a").eachText()).endsWith("Projects with the direction \"Continue (継続)\"");
    assertThat(s.page("directions/continue/").select("table.totals tbody th a").eachText())
        .containsExactly("FY2022 (令和4年度)");
  }

  /**
   * The values of the form's other fixed lists read as directions do: "Continuing (継続)"; a value
   * the list does not have stays as written, marked Japanese; the Japanese interface shows them alone.
   */
  @Test
  void englishFixedListValuesAreTranslatedKeepingTheOriginal() {
    String sheet = MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500)
        .replace("status: 継続\n", "status: 継続\nclassification: 自治事務（任意）\ndelivery: 一部を市民団体に委託\n");
    for (String language : new String[] {"en", "ja"}) {
      MiniSite s = MiniSite.in(dir.resolve(language))
          .file("content/site.yaml", MiniSite.SITE_YAML.replace("language: ja", "language: " + language))
          .sheet(2022, "010", sheet);
      s.buildOk();
      Document page = s.page("2022/010/");
      List<String> values = page.select("dl.facts > div").stream()
          .filter(d -> d.select("dt").text().matches("新規・継続|事業分類|事業体制|指標の種類|Status \\(new or continuing\\)|Classification|Delivery|Kind"))
          .map(d -> d.expectFirst("dd").text()).toList();
      if (language.equals("en")) {
        assertThat(values).containsExactly("Continuing (継続)", "Municipal affairs, discretionary (自治事務（任意）)",
            "一部を市民団体に委託", "Outcome indicator (成果指標)");
        assertThat(page.select("dl.facts dd span[lang=ja]").eachText()).contains("継続", "自治事務（任意）", "一部を市民団体に委託", "成果指標");
      } else {
        assertThat(values).containsExactly("継続", "自治事務（任意）", "一部を市民団体に委託", "成果指標");
      }
    }
  }

  /**
   * The sheet's own name for its form (事務事業マネジメントシート) is content; an English reader is
   * told what it is in the interface's words first, as directions are: "Project evaluation sheet
   * (事務事業マネジメントシート)". The Japanese interface shows the form's name alone.
   */
  @Test
  void englishEyebrowNamesTheFormInEnglishKeepingTheSheetsName() {
    for (String language : new String[] {"en", "ja"}) {
      MiniSite s = MiniSite.in(dir.resolve(language))
          .file("content/site.yaml", MiniSite.SITE_YAML.replace("language: ja", "language: " + language))
          .sheet(2022, "010", "form: 事務事業評価シート\n" + MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
      s.buildOk();
      Element eyebrow = s.page("2022/010/").expectFirst(".eyebrow");
      if (language.equals("en")) {
        assertThat(eyebrow.text()).isEqualTo("FY2022 (令和4年度) Project evaluation sheet (事務事業評価シート)");
        assertThat(eyebrow.select("span[lang=ja]").eachText()).contains("事務事業評価シート");
      } else {
        assertThat(eyebrow.text()).isEqualTo("令和4年度 (2022) 事務事業評価シート");
      }
    }
  }

  @Test
  void searchResultsWriteTheYearAsThePagesDo() {
    for (String language : new String[] {"en", "ja"}) {
      MiniSite s = site(language);
      s.buildOk();
      String docs = new String(s.files().get("search/index/m/0.js".replace('/', File.separatorChar)),
          StandardCharsets.UTF_8);
      // The sheet page's eyebrow starts with the year as the interface writes it.
      String pageYear = s.page("2022/010/").expectFirst(".eyebrow").text().replaceAll("^(.*\\)) .*$", "$1");
      assertThat(pageYear).as(language).isEqualTo(language.equals("en") ? "FY2022 (令和4年度)" : "令和4年度 (2022)");
      // The index holds the year's number, which the search page names as its pages do.
      assertThat(docs).as(language).contains(",\"2022\"]");
      assertThat(s.page("search/").expectFirst("#search-results").attr("data-msg-y2022")).as(language).isEqualTo(pageYear);
    }
  }

  @Test
  void listingScoresHaveAScaleAndASpokenLabel() {
    MiniSite s = site("ja");
    s.buildOk();
    Document year = s.page("years/2022/");
    // The header names the scale and the four scores in the sheet's order.
    assertThat(year.select("table.sheets thead th").last().text()).contains("5", "ニーズ・進捗・関与・優先度");
    Element cell = year.expectFirst("table.sheets td.scores");
    // MiniSite.sheet scores: needs 3, progress 4, involvement 5, priority 2.
    assertThat(cell.selectFirst("[aria-hidden=true]").text()).isEqualTo("3・4・5・2");
    assertThat(cell.selectFirst(".vh").text()).isEqualTo("市民ニーズ 5段階中3、進捗状況 5段階中4、市の関与 5段階中5、優先度 5段階中2");
    // Sheet page rows are addressable in kebab-case like every other anchor.
    assertThat(s.page("2022/010/").select("#evaluation tbody tr").eachAttr("id"))
        .containsExactly("evaluation-citizen-needs", "evaluation-progress", "evaluation-city-involvement", "evaluation-priority");
  }
}
