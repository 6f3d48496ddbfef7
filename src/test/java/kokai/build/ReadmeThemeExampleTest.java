package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header override the README shows, built as written there, does what the README says. */
class ReadmeThemeExampleTest {
  @TempDir Path dir;

  @Test
  void theReadmesHeaderOverrideNamesTheCityOnEveryPage() throws IOException {
    String header = readmeExample();
    MiniSite s = MiniSite.in(dir)
        .file("content/site.yaml", MiniSite.SITE_YAML + "theme: city\n")
        .file("themes/city/templates/partials/header.ftlh", header + "\n")
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "広報係", 1000, 900L, 500));
    s.buildOk();
    for (String url : List.of("", "2022/010/", "departments/general/")) {
      Document page = s.page(url);
      Element title = page.selectFirst("header.site-header .site-title a");
      assertThat(title).as(url).isNotNull();
      assertThat(title.text()).as(url).isEqualTo("テスト市");
      assertThat(page.select(".site-nav")).as("the default header's menu is replaced on " + url).isEmpty();
      Path home = dir.resolve("site").resolve(url).resolve(title.attr("href")).normalize();
      assertThat(home).as(url).isEqualTo(dir.resolve("site/index.html").normalize());
    }
  }

  /** The indented line of README's Themes section that reads {@code config.city()}. */
  private static String readmeExample() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md")).stream()
        .filter(l -> l.startsWith("    ") && l.contains("${config.city()}")).toList();
    assertThat(lines).hasSize(1);
    return lines.get(0).strip();
  }
}
