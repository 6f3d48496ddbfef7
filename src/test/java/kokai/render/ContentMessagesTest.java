package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Interface text with content arguments: escaped like t(), Japanese arguments marked so outside the Japanese interface. */
class ContentMessagesTest {
  private static final Messages TEXT = new Messages(Map.of("caption", "Indicator {0} \"{1}\" <{2}> {3}"));

  @Test
  void textArgumentsAreMarkedAndEverythingIsEscaped() {
    String html = new ContentMessages(TEXT, "en").html("caption", 2, "参加者<b>", "人", "{x}");
    assertThat(html).isEqualTo("Indicator 2 &quot;<span lang=\"ja\">参加者&lt;b&gt;</span>&quot; "
        + "&lt;<span lang=\"ja\">人</span>&gt; {x}");
    // A name with no Japanese in it (a city that wrote its name in English) is not marked.
    assertThat(new ContentMessages(TEXT, "en").html("caption", 1, "Tsukuba City", "人", "x"))
        .isEqualTo("Indicator 1 &quot;Tsukuba City&quot; &lt;<span lang=\"ja\">人</span>&gt; x");
  }

  @Test
  void japaneseInterfaceAddsNoMarks() {
    assertThat(new ContentMessages(TEXT, "ja").html("caption", 1, "a&b", "c", "d"))
        .isEqualTo("Indicator 1 &quot;a&amp;b&quot; &lt;c&gt; d");
  }
}
