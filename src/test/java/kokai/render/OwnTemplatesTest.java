package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.model.SiteConfig;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a city's theme has templates of its own, which makes check render every page and the
 * preview check each edit's templates: a copy of kokai's template made with {@code kokai theme}
 * and not changed is kokai's, though its stamp line makes it differ; a copy changed is the city's.
 */
class OwnTemplatesTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      a fresh copy                                             | false
      a copy from an older kokai, the default's file the same  | false
      a copy with the stamp's code changed, the file the same  | false
      a copy with a line of the city's                         | true
      a copy with the stamp line deleted and a change          | true
      a copy with the city's comment above the stamp           | true
      """)
  void aCopyOfKokaisTemplateLeftAsItIsIsNotTheCitys(String copy, boolean own) throws IOException {
    String file = "templates/partials/footer.ftlh";
    byte[] kokais = DefaultTheme.files().get(file);
    String fresh = new String(DefaultTheme.copy(file, kokais), StandardCharsets.UTF_8);
    String text = switch (copy) {
      case "a fresh copy" -> fresh;
      case "a copy from an older kokai, the default's file the same" ->
          fresh.replaceFirst("default theme of kokai \\S+ ", "default theme of kokai 0.0.1 ");
      case "a copy with the stamp's code changed, the file the same" ->
          fresh.replaceFirst("\\(version [0-9a-f]{12} ", "(version 0123456789ab ");
      case "a copy with a line of the city's" -> fresh + "<p>市の一文</p>\n";
      case "a copy with the stamp line deleted and a change" -> new String(kokais, StandardCharsets.UTF_8) + "<p>市の一文</p>\n";
      case "a copy with the city's comment above the stamp" -> "<#-- 市のフッター -->\n" + fresh;
      default -> throw new IllegalArgumentException(copy);
    };
    Path at = dir.resolve("themes/city").resolve(file);
    Files.createDirectories(at.getParent());
    Files.writeString(at, text, StandardCharsets.UTF_8);
    SiteConfig config = new SiteConfig("テスト市 事務事業評価", "テスト市", null, "ja", null, null, "city", Map.of(), null);
    Diagnostics diags = new Diagnostics();
    Theme theme = Theme.locate(dir.resolve("themes"), config, () -> SourceLocation.of(dir), diags).orElseThrow();
    assertThat(theme.ownTemplates()).isEqualTo(own);
  }
}
