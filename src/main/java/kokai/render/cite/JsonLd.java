package kokai.render.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Writes JSON-LD that is safe inside {@code <script type="application/ld+json">}: the HTML
 * parser ends a script at the first {@code </script>}, whatever the JSON says, so every
 * {@code <}, {@code >} and {@code &} is written as a JSON escape ({@code \u003c}); so are
 * U+2028 and U+2029. These characters can only occur inside JSON strings, so the escapes leave the
 * value unchanged for a JSON reader.
 */
final class JsonLd {
  private final ObjectMapper mapper = new ObjectMapper();

  String write(ObjectNode node) {
    String json;
    try {
      json = mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return escapeForScript(json);
  }

  static String escapeForScript(String json) {
    StringBuilder sb = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
