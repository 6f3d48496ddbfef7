package kokai.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgTest {
  /** Every character the escaping changes or drops, between plain text. */
  static final String AWKWARD = "a&b<c>d\"e'f\u0001g\tz\uFFFE\uFFFF予算";

  @Test
  void attributeValuesAndTextReadBackAsWrittenLessTheCharactersXmlForbids() throws Exception {
    String svg = new Svg().open("g", "class", AWKWARD, "x", 12.25, "n", 7, "skipped", null)
        .text("title", AWKWARD).close("g").toString();
    Element g = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    String kept = "a&b<c>d\"e'fg\tz予算";
    // A tab in an attribute value reads back as a space (attribute value normalisation); in text it stays.
    assertThat(g.getAttribute("class")).isEqualTo(kept.replace('\t', ' '));
    assertThat(g.getAttribute("x")).isEqualTo("12.3");
    assertThat(g.getAttribute("n")).isEqualTo("7");
    assertThat(g.hasAttribute("skipped")).isFalse();
    assertThat(g.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(kept);
  }

  @Test
  void plainValuesAreWrittenAsTheyAre() {
    assertThat(new Svg().empty("rect", "class", "bar", "fill", "#1a1a1a", "width", -3.0).toString())
        .isEqualTo("<rect class=\"bar\" fill=\"#1a1a1a\" width=\"-3\"/>");
  }
}
