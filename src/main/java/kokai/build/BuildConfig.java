package kokai.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build: the content folder, the output folder, a base URL that overrides the site
 * config's (null: keep it), and the folder holding the themes (null: {@code themes/} next to the
 * content folder).
 *
 * <pre>{@code
 * BuildConfig cfg = BuildConfig.of(Path.of("content"), Path.of("site"));
 * }</pre>
 */
public record BuildConfig(Path content, Path out, String baseUrl, Path themesDir) {
  public BuildConfig {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(out, "out");
  }

  public static BuildConfig of(Path content, Path out) {
    return new BuildConfig(content, out, null, null);
  }

  /**
   * The themes folder: the given one, or {@code themes/} beside the content folder, named from the
   * working folder when it lies below it, as the content's files are in messages
   * ({@code themes/city/templates/sheet.ftlh:11:52}, not the whole path from the root).
   */
  public Path themes() {
    if (themesDir != null) {
      return themesDir;
    }
    Path parent = content.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      return Path.of("themes");
    }
    Path themes = parent.resolve("themes");
    Path here = Path.of("").toAbsolutePath();
    return themes.startsWith(here) ? here.relativize(themes) : themes;
  }
}
