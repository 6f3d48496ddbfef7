package kokai.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What {@code kokai init} writes as examples, told apart when it is still in the content: a sheet
 * with made-up figures (compared by its values, see {@code ContentLoader}), and a line of the about
 * page that says how to change it. Left there, they would be published as the city's own.
 */
final class InitExamples {
  /** The example sheet's text, to bind and compare a sheet's values with (its layout may differ). */
  static final String SHEET = resource("/kokai/init/content/sheets/2025/001.yaml");
  private static final String PAGE_LINE = "このページは `content/pages/about.md` を編集すると変わります。";

  private InitExamples() {}

  /** The line (from 1) of a Markdown page that is init's example text, if it still has one. */
  static Optional<Integer> exampleLine(String markdown) {
    int at = markdown.indexOf(PAGE_LINE);
    return at < 0 ? Optional.empty() : Optional.of((int) markdown.substring(0, at).chars().filter(c -> c == '\n').count() + 1);
  }

  private static String resource(String path) {
    try (InputStream in = InitExamples.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
