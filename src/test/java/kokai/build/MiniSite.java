package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kokai.site.Links;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small site written from text blocks into a temporary folder: content/, themes/ and site/ side
 * by side, built with the real pipeline. The default theme comes from the classpath copy, as it
 * does for a city running the jar.
 */
final class MiniSite {
  static final String SITE_YAML = """
      title: テスト市 事務事業評価
      city: テスト市
      baseUrl: https://example.jp/hyoka/
      language: ja
      departmentSlugs:
        総務部: general
      """;

  final Path root;

  MiniSite(Path root) {
    this.root = root;
  }

  static MiniSite in(Path dir) {
    return new MiniSite(dir).file("content/site.yaml", SITE_YAML);
  }

  MiniSite file(String relative, String text) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  MiniSite sheet(int year, String id, String yaml) {
    return file("content/sheets/" + year + "/" + id + ".yaml", yaml);
  }

  Path out() {
    return root.resolve("site");
  }

  BuildResult build() {
    return new SiteBuild().run(new BuildConfig(root.resolve("content"), out(), null, root.resolve("themes")));
  }

  BuildResult buildOk() {
    BuildResult r = build();
    assertThat(r.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
    assertThat(r.published()).isTrue();
    return r;
  }

  Document page(String url) {
    try {
      return Jsoup.parse(out().resolve(Links.file(url)).toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the built site with its bytes, by relative path. */
  Map<String, byte[]> files() {
    return files(out());
  }

  static Map<String, byte[]> files(Path dir) {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A complete sheet with the given organisation; the other fields are plain examples. */
  static String sheet(int year, String id, String title, String dept, String division, String section,
      long budget, Long settlement, long personnel) {
    return """
        fiscalYear: %d
        id: "%s"
        title: %s
        organization: {department: %s, division: %s, section: %s}
        status: 継続
        sdgs: [4, 11]
        overview: {target: 市民, purpose: 目的の文, activities: 取組の文}
        costs:
          - {fiscalYear: %d, budget: %d, settlement: %s, personnel: {total: %d}}
        indicators:
          - name: 参加者数
            unit: 人
            kind: 成果指標
            values:
              - {fiscalYear: %d, target: 100, actual: 90}
        evaluation:
          citizenNeeds: {score: 3, comment: ニーズ}
          progress: {score: 4, comment: 進捗}
          cityInvolvement: {score: 5, comment: 関与}
          priority: {score: 2, comment: 優先}
        direction: {decision: 継続, reason: 理由の文}
        """.formatted(year, id, title, dept, division, section == null ? "null" : section, year, budget,
        settlement == null ? "null" : settlement.toString(), personnel, year);
  }
}
