package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kokai.testutil.Trees;

/**
 * Builds a content folder in a chosen interface language with the working tree's themes, for the
 * browser tests that read a site in Japanese and in English:
 *
 * <pre>{@code
 * Path site = LanguageSites.build(Path.of("content"), "en", tempDir);   // tempDir/site-content-en
 * }</pre>
 */
final class LanguageSites {
  private LanguageSites() {}

  /**
   * A copy of {@code content} (whose site.yaml says {@code language: ja}) built into {@code dir} in
   * {@code language} alone (a version in another language that its site.yaml names is left out:
   * the tests read each language's site once); returns the site's folder.
   */
  static Path build(Path content, String language, Path dir) throws IOException {
    Path copy = dir.resolve(content.getFileName() + "-" + language);
    Trees.copy(content, copy, f -> true);
    Path config = copy.resolve("site.yaml");
    String yaml = Files.readString(config);
    assertThat(yaml).contains("language: ja");
    Files.writeString(config, yaml.replace("language: ja", "language: " + language).replaceAll("(?m)^translations:\n(?:[ -].*\n?)*", ""));
    Path out = dir.resolve("site-" + content.getFileName() + "-" + language);
    assertThat(new SiteBuild().run(new BuildConfig(copy, out, null, Path.of("themes"))).published()).isTrue();
    return out;
  }
}
