package kokai.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import kokai.load.Content;
import kokai.model.Sheet;
import kokai.model.SiteConfig;
import kokai.render.data.DataFiles;
import kokai.render.data.Download;
import kokai.testutil.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetMetaTest {
  @TempDir static Path dir;
  static Content content;
  static SheetMeta meta;

  @BeforeAll
  static void load() {
    content = SampleContent.load(dir);
    meta = new SheetMeta(content.site());
  }

  static Sheet sheet(int year, String id) {
    return content.sheets().stream().filter(s -> s.fiscalYear() == year && s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void citationNamesCityYearNumberTitleDatesAndPermanentUrl() {
    Citation c = meta.citation(sheet(2022, "088"), "2022/088/");
    assertThat(c.text()).isEqualTo("テスト市「令和4年度 事務事業マネジメントシート 088 情報通信ネットワーク運営業務」"
        + "2023年7月1日公表、2023年8月15日更新、https://example.jp/hyoka/2022/088/");
    // a sheet without its own date falls back to the site's publication date
    assertThat(meta.citation(sheet(2023, "101"), "2023/101/").published()).isEqualTo("2023-06-01");
    // with no date at all, the address follows 、 as after a date
    kokai.model.SiteConfig site = content.site();
    SheetMeta undated = new SheetMeta(new kokai.model.SiteConfig(site.title(), site.city(), site.baseUrl(), site.language(),
        site.description(), site.license(), site.theme(), site.departmentSlugs(), null));
    assertThat(undated.citation(sheet(2023, "101"), "2023/101/").text()).endsWith("」、https://example.jp/hyoka/2023/101/");
    // A comparison is cited with the date of its newest figures: the latest publication or update of its sheets.
    assertThat(meta.citation("情報通信ネットワーク運営業務の年度比較", "compare/2021/088/", List.of(sheet(2022, "088"), sheet(2023, "101"))).text())
        .isEqualTo("テスト市「情報通信ネットワーク運営業務の年度比較」2023年8月15日時点、https://example.jp/hyoka/compare/2021/088/");
    assertThat(undated.citation("比較", "compare/2021/088/", List.of()).text()).isEqualTo("テスト市「比較」、https://example.jp/hyoka/compare/2021/088/");
  }

  @Test
  void jsonLdIsADatasetWithDistributionsAndSurvivesAScriptElement() throws Exception {
    Sheet s = sheet(2022, "200");
    List<Download> downloads = Download.of(new DataFiles(content.site()).ofSheet(s));
    String ld = meta.jsonLd(s, "2022/200/", downloads);
    assertThat(ld).doesNotContain("<").doesNotContain(">").doesNotContain("&");

    // what a browser sees: the whole JSON is the script's text, the title intact
    Document page = Jsoup.parse("<html><head><script type=\"application/ld+json\">" + ld + "</script></head><body></body></html>");
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("body b")).isEmpty();
    JsonNode d = new ObjectMapper().readTree(page.selectFirst("script").data());
    assertThat(d.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(d.get("@type").asText()).isEqualTo("Dataset");
    assertThat(d.get("name").asText()).contains(s.title());
    assertThat(d.get("url").asText()).isEqualTo("https://example.jp/hyoka/2022/200/");
    assertThat(d.get("publisher").get("name").asText()).isEqualTo("テスト市");
    assertThat(d.get("temporalCoverage").asText()).isEqualTo("2022-04-01/2023-03-31");
    assertThat(d.get("license").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(d.get("datePublished").asText()).isEqualTo("2023-06-01");
    List<String> urls = d.get("distribution").findValuesAsText("contentUrl");
    assertThat(urls).contains("https://example.jp/hyoka/2022/200/sheet.json", "https://example.jp/hyoka/2022/200/sheet.csv");
    assertThat(d.get("distribution").findValuesAsText("encodingFormat")).contains("application/json", "text/csv");
  }

  @Test
  void withoutBaseUrlTheDownloadsResolveFromThePageToTheirFiles() throws Exception {
    SiteConfig c = content.site();
    SiteConfig noBase = new SiteConfig(c.title(), c.city(), null, c.language(), c.description(), c.license(),
        c.theme(), c.departmentSlugs(), c.published());
    Sheet s = sheet(2022, "088");
    List<Download> downloads = Download.of(new DataFiles(noBase).ofSheet(s));
    JsonNode d = new ObjectMapper().readTree(new SheetMeta(noBase).jsonLd(s, "2022/088/", downloads));
    // a relative URL in JSON-LD is read against the page's own address, as a link on the page is
    java.net.URI page = java.net.URI.create("https://any.host/sub/2022/088/");
    List<String> resolved = d.get("distribution").findValuesAsText("contentUrl").stream()
        .map(u -> page.resolve(u).toString()).toList();
    assertThat(resolved).containsExactlyElementsOf(
        downloads.stream().map(dl -> "https://any.host/sub/" + dl.url()).toList());
    assertThat(d.has("url")).isFalse();
  }

  @Test
  void previewTagsGiveTitleSummaryAndAbsoluteUrl() {
    Sheet s = sheet(2022, "088");
    List<MetaTag> tags = meta.socialTags(s, "2022/088/");
    assertThat(tags).contains(new MetaTag("property", "og:url", "https://example.jp/hyoka/2022/088/"),
        new MetaTag("name", "twitter:card", "summary"));
    String description = tags.stream().filter(t -> t.key().equals("og:description")).findFirst().orElseThrow().content();
    assertThat(description).contains("予算額 100,000千円", "決算額 98,000千円", "拡大・拡充");
    assertThat(tags.stream().filter(t -> t.key().equals("og:title")).findFirst().orElseThrow().content())
        .contains("088", s.title(), "令和4年度");
  }

  @Test
  void englishInterfaceWritesCitationAndSummaryInEnglishKeepingContentAsWritten() throws Exception {
    SiteConfig c = content.site();
    SheetMeta en = new SheetMeta(new SiteConfig(c.title(), c.city(), c.baseUrl(), "en", c.description(), c.license(),
        c.theme(), c.departmentSlugs(), c.published()), 
        key -> java.util.Optional.of(key).filter(k -> k.startsWith("direction.value.")).map(k -> "Named " + k.substring(16)));
    Sheet s = sheet(2022, "088");
    String fy = "FY" + s.fiscalYear();
    Citation cite = en.citation(s, "2022/088/");
    assertThat(cite.text()).isEqualTo(c.city() + ", \"" + fy + " 088 " + s.title() + "\", published "
        + s.published().getDayOfMonth() + " " + englishMonth(s.published()) + " " + s.published().getYear()
        + ", updated " + s.updated().getDayOfMonth() + " " + englishMonth(s.updated()) + " " + s.updated().getYear()
        + ", https://example.jp/hyoka/2022/088/");
    String own = s.findOwnCost().map(k -> String.format(java.util.Locale.ROOT, "budget %,d JPY thousand", k.budget()))
        .orElseThrow();
    String description = en.socialTags(s, "2022/088/").stream().filter(t -> t.key().equals("og:description"))
        .findFirst().orElseThrow().content();
    String decision = s.direction().decision();
    assertThat(description).contains(fy + " " + own, "Direction: Named " + decision + " (" + decision + ")")
        .doesNotContain("予算額", "決算額", "千円", "方向性");
    assertThat(en.summary(s)).isEqualTo(description);
    // the dataset is the sheet as written, in Japanese, whatever the interface language
    Download json = Download.of(new DataFiles(c).ofSheet(s)).get(0);
    assertThat(new ObjectMapper().readTree(en.jsonLd(s, "2022/088/", List.of(json))).get("inLanguage").asText())
        .isEqualTo("ja");
  }

  private static String englishMonth(java.time.LocalDate d) {
    return d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
  }

  /** With the minus sign U+2212 of every figure on the pages where the formatter writes '-'. */
  @Test
  void thousandsGroupsDigitsAsJavasFormatterDoes() {
    long[] values = {0, 7, -7, 999, 1000, -1000, 86185, 123456, -1234567, Long.MAX_VALUE, Long.MIN_VALUE};
    for (long v : values) {
      assertThat(SheetMeta.thousands(v)).as("%d", v).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", v).replace('-', '\u2212'));
    }
  }
}
