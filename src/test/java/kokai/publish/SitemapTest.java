package kokai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {
  @Test
  void ampersandsAreEscapedForXml() {
    String xml = new String(Sitemap.xml("https://example.jp/?a=1&b=2/", List.of("")), StandardCharsets.UTF_8);

    assertThat(xml).contains("<loc>https://example.jp/?a=1&amp;b=2/</loc>");
  }
}
