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

  /** The themes folder: the given one, or {@code themes/} beside the content folder. */
  public Path themes() {
    if (themesDir != null) {
      return themesDir;
    }
    Path parent = content.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("themes") : parent.resolve("themes");
  }
}
