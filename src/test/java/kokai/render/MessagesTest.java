package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static Messages of(String language) {
    Properties p = Messages.properties(Path.of("themes/default/i18n/messages_" + language + ".properties"));
    Map<String, String> text = new HashMap<>();
    p.stringPropertyNames().forEach(k -> text.put(k, p.getProperty(k)));
    return new Messages(text);
  }

  @Test
  void aCountOfOneTakesTheSingularWhereTheLanguageHasOne() {
    Messages en = of("en");
    assertThat(en.get("common.sheets", "1")).isEqualTo("1 project");
    assertThat(en.get("common.sheets", "2")).isEqualTo("2 projects");
    assertThat(en.get("common.sheets", "11")).isEqualTo("11 projects");
    assertThat(en.get("common.sheets", "1,001")).isEqualTo("1,001 projects");
    assertThat(en.get("common.sheetsAllYears", "1")).isEqualTo("1 sheet over all years");
    Messages ja = of("ja");
    assertThat(ja.get("common.sheets", "1")).isEqualTo(ja.get("common.sheets", "2").replace('2', '1'));
  }

  @Test
  void everySingularHasItsGeneralFormInTheSameFile() {
    for (String language : new String[] {"ja", "en"}) {
      Properties p = Messages.properties(Path.of("themes/default/i18n/messages_" + language + ".properties"));
      assertThat(p.stringPropertyNames()).filteredOn(k -> k.endsWith(".one"))
          .allSatisfy(k -> assertThat(p.getProperty(k.substring(0, k.length() - ".one".length())))
              .as(language + ": " + k).isNotNull().contains("{0}"));
    }
  }
}
