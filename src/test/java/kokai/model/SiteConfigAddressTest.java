package kokai.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A base URL as the sitemap protocol wants it: ASCII. */
class SiteConfigAddressTest {
  @Test
  void japaneseInThePathIsPercentEscaped() {
    assertThat(SiteConfig.ascii("https://example.jp/事業評価/pages/概要/"))
        .isEqualTo("https://example.jp/%E4%BA%8B%E6%A5%AD%E8%A9%95%E4%BE%A1/pages/%E6%A6%82%E8%A6%81/");
  }

  @Test
  void aJapaneseHostIsWrittenInItsIdnaFormAndEscapesAreKept() {
    assertThat(SiteConfig.ascii("https://つくば.jp:8080/a%20b/評価/")).isEqualTo("https://xn--y8jybwb.jp:8080/a%20b/%E8%A9%95%E4%BE%A1/");
    assertThat(SiteConfig.ascii("https://example.jp/hyoka/2022/088/")).isEqualTo("https://example.jp/hyoka/2022/088/");
  }

  @Test
  void aBaseUrlOnAJapaneseDomainIsAWebAddress() {
    assertThat(SiteConfig.isWebAddress("https://北山市.jp/hyoka/")).isTrue();
    assertThat(SiteConfig.isWebAddress("北山市.jp/hyoka/")).isFalse();
    // A label may not start or end with a hyphen, in Japanese as in ASCII.
    assertThat(SiteConfig.isWebAddress("https://-北山市-.jp/hyoka/")).isFalse();
    assertThat(SiteConfig.isWebAddress("https://-kita-.jp/hyoka/")).isFalse();
  }
}
