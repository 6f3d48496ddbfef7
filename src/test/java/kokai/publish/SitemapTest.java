package kokai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {
  @Test
  void japaneseInTheBaseUrlIsWrittenInAscii() {
    String xml = new String(Sitemap.xml("https://example.jp/事業評価/", List.of("", "pages/概要/")), StandardCharsets.UTF_8);

    assertThat(xml)
        .contains("<loc>https://example.jp/%E4%BA%8B%E6%A5%AD%E8%A9%95%E4%BE%A1/</loc>")
        .contains("<loc>https://example.jp/%E4%BA%8B%E6%A5%AD%E8%A9%95%E4%BE%A1/pages/%E6%A6%82%E8%A6%81/</loc>");
    assertThat(new String(Sitemap.robots("https://example.jp/事業評価/"), StandardCharsets.UTF_8))
        .contains("Sitemap: https://example.jp/%E4%BA%8B%E6%A5%AD%E8%A9%95%E4%BE%A1/sitemap.xml");
  }

  @Test
  void aJapaneseHostIsWrittenInItsIdnaFormAndEscapesAreKept() {
    assertThat(kokai.model.SiteConfig.ascii("https://つくば.jp:8080/a%20b/評価/")).isEqualTo("https://xn--y8jybwb.jp:8080/a%20b/%E8%A9%95%E4%BE%A1/");
    assertThat(kokai.model.SiteConfig.ascii("https://example.jp/hyoka/2022/088/")).isEqualTo("https://example.jp/hyoka/2022/088/");
  }

  @Test
  void ampersandsAreEscapedForXml() {
    String xml = new String(Sitemap.xml("https://example.jp/?a=1&b=2/", List.of("")), StandardCharsets.UTF_8);

    assertThat(xml).contains("<loc>https://example.jp/?a=1&amp;b=2/</loc>");
  }
}
