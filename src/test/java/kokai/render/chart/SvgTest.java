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

  /** A coordinate keeps at most one decimal, rounded half up, and nothing below a twentieth is written as -0. */
  @Test
  void aCoordinateIsWrittenWithAtMostOneDecimal() {
    double[] values = {0, 12, 12.5, -3.2, 0.04, -0.04, 0.05, -0.05, -0.96, 1234.56, -10, 99.95, 1e-9, -7.049};
    String[] written = {"0", "12", "12.5", "-3.2", "0", "0", "0.1", "0", "-1", "1234.6", "-10", "100", "0", "-7"};
    for (int i = 0; i < values.length; i++) {
      assertThat(Svg.num(values[i])).as("%s", values[i]).isEqualTo(written[i]);
      assertThat(new Svg().empty("line", "x1", values[i], "y1", (float) values[i]).toString()).as("%s in an attribute", values[i])
          .isEqualTo("<line x1=\"" + written[i] + "\" y1=\"" + Svg.num((float) values[i]) + "\"/>");
    }
  }

  /** The form that writes into a builder (a line's points) gives what the one returning a string gives, after what is there. */
  @Test
  void aCoordinateIsAppendedAfterWhatIsAlreadyWritten() {
    double[] values = {0, 12, 12.5, -3.2, -0.04, -0.96, 1234.56, 99.95, -7.049};
    for (double v : values) {
      assertThat(Svg.num(new StringBuilder("予算 12,"), v).toString()).as("%s", v).isEqualTo("予算 12," + Svg.num(v));
    }
    assertThat(Svg.num(new StringBuilder("x"), -1234.56).toString()).isEqualTo("x-1234.6");
  }
}
