package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The default theme's asset files of one kind, for the tests of how the site serves them. */
final class ThemeAssets {
  private ThemeAssets() {}

  /** The files under {@code themes/default/assets/<folder>} whose names end in {@code suffix}, sorted; there is at least one. */
  static List<Path> of(String folder, String suffix) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("themes/default/assets", folder))) {
      files = s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
    assertThat(files).as(folder).isNotEmpty();
    return files;
  }
}
