package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The search client ships as written: plain JavaScript, small enough to read and to load. */
class SearchScriptTest {
  @Test
  void theClientStaysUnder15KilobytesUnminified() throws Exception {
    assertThat(Files.size(Path.of("themes/default/assets/js/search.js"))).isLessThan(15_000);
  }

  /** The client looks words up by the keys the index writes. */
  @Test
  void theClientKnowsWhichGramsHaveListsAndWhichPositions() throws Exception {
    String js = Files.readString(Path.of("themes/default/assets/js/search.js"));
    assertThat(constant(js, "LISTED")).isEqualTo(Grams.LISTED);
    assertThat(constant(js, "SPELL")).isEqualTo(Grams.SPELLING);
  }

  private static int constant(String js, String name) {
    Matcher m = Pattern.compile("\\nvar " + name + " = (\\d+);").matcher(js);
    assertThat(m.find()).as(name).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
