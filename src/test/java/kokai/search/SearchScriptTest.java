package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The search client ships as written: plain JavaScript, small enough to read and to load. */
class SearchScriptTest {
  @Test
  void theClientStaysUnder15KilobytesUnminified() throws Exception {
    assertThat(Files.size(Path.of("themes/default/assets/js/search.js"))).isLessThan(15_000);
  }
}
