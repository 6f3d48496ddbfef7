package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server shows 404.html at whatever address was missing, so its links must not be relative; and
 * a site without a base URL says what it could not do.
 */
class NotFoundPageTest {
  @TempDir java.nio.file.Path dir;

  private MiniSite site(String siteYaml) {
    return MiniSite.in(dir).file("content/site.yaml", siteYaml)
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
  }

  @Test
  void linksStartFromTheBaseUrlPath() {
    MiniSite s = site(MiniSite.SITE_YAML);
    s.buildOk();
    Document p = s.page("404.html");
    // The path of https://example.jp/hyoka/ from MiniSite.SITE_YAML.
    assertThat(p.select("link[rel=stylesheet]").attr("href")).isEqualTo("/hyoka/assets/css/site.css");
    assertThat(p.select("script[src]").attr("src")).isEqualTo("/hyoka/assets/js/sort.js");
    assertThat(p.select("a[href]")).hasSizeGreaterThan(3);
    p.select("a[href]").eachAttr("href").forEach(h -> assertThat(h).matches("/hyoka/.*|#.*|https://.*"));
    assertThat(p.select("form[action]").eachAttr("action")).allMatch(a -> a.startsWith("/hyoka/"));
    assertThat(p.select("base")).isEmpty();
    // Shown at any missing address, it is kept out of search engines; the other pages are not.
    assertThat(p.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(s.page("2022/010/").select("meta[name=robots]")).isEmpty();
    // Other pages keep relative links, so the site still works from disk.
    assertThat(s.page("2022/010/").select("link[rel=stylesheet]").attr("href")).isEqualTo("../../assets/css/site.css");
  }

  @Test
  void withoutBaseUrlTheRootIsAssumedAndBothGapsAreWarnedOnce() {
    MiniSite s = site(MiniSite.SITE_YAML.replace("baseUrl: https://example.jp/hyoka/\n", ""));
    BuildResult r = s.buildOk();
    assertThat(s.page("404.html").select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/css/site.css");
    assertThat(s.files()).doesNotContainKey("sitemap.xml");
    var baseUrlWarnings = r.diagnostics().stream().filter(d -> !d.isError() && "baseUrl".equals(d.field())).toList();
    assertThat(baseUrlWarnings).filteredOn(d -> d.message().contains("sitemap.xml")).singleElement()
        .satisfies(d -> assertThat(d.location().file()).isEqualTo(dir.resolve("content/site.yaml")))
        .satisfies(d -> assertThat(d.hint()).contains("site.yaml", "baseUrl"));
    assertThat(baseUrlWarnings).filteredOn(d -> d.message().contains("404.html")).hasSize(1);
  }

  @Test
  void aBaseUrlGivesNoBaseUrlWarning() {
    BuildResult r = site(MiniSite.SITE_YAML).buildOk();
    assertThat(r.diagnostics()).noneMatch(d -> d.message().contains("sitemap.xml") || d.message().contains("404.html"));
  }
}
