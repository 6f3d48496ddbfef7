package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The template reference documents every page template of the default theme, and only those. */
class TemplateReferenceTest {
  @Test
  void everyPageTemplateOfTheDefaultThemeHasItsSection() throws IOException {
    List<String> templates;
    try (Stream<Path> s = Files.list(Path.of("themes/default/templates"))) {
      templates = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ftlh")).sorted().toList();
    }
    Matcher m = Pattern.compile("(?m)^### `([^`]+\\.ftlh)`: `[A-Za-z]+`$").matcher(TemplateReference.markdown());
    List<String> documented = m.results().map(r -> r.group(1)).sorted().toList();
    assertThat(templates).isNotEmpty();
    assertThat(documented).isEqualTo(templates);
  }
}
