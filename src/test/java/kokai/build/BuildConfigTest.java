package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildConfigTest {
  /** Messages name a city's template as they name a sheet: themes/city/templates/sheet.ftlh, not from the root. */
  @Test
  void themesBesideContentBelowTheWorkingFolderAreNamedFromIt() {
    assertThat(BuildConfig.of(Path.of("content"), Path.of("site")).themes()).isEqualTo(Path.of("themes"));
    assertThat(BuildConfig.of(Path.of("city/content"), Path.of("site")).themes()).isEqualTo(Path.of("city/themes"));
  }

  @Test
  void themesElsewhereKeepTheirWholePath(@TempDir Path dir) {
    assertThat(BuildConfig.of(dir.resolve("content"), Path.of("site")).themes()).isEqualTo(dir.toAbsolutePath().resolve("themes"));
  }

  @Test
  void themesGivenAreKeptAsGiven(@TempDir Path dir) {
    assertThat(new BuildConfig(Path.of("content"), Path.of("site"), null, dir).themes()).isEqualTo(dir);
  }
}
