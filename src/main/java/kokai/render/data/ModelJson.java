package kokai.render.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import kokai.model.ContentTree;

/**
 * Writes model records as JSON in the shape of the content format: field names are the record
 * component names in declaration order, closed sets are written by their Japanese label as content
 * writes them, dates as YYYY-MM-DD, and an unknown value as {@code null} (never 0). The output of
 * one record is the same bytes on every run.
 */
final class ModelJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  // Plain, exact decimals: 1.50 stays 1.50 and a large figure never turns into 1E+3.
  // Made once and shared by every thread (a configured mapper is thread-safe).
  // Lines end in \n on every system: Jackson's indenter takes the system's line separator (\r\n on Windows).
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .nodeFactory(NODES)
      .build();

  /** The JSON tree of a record, list, map or scalar of the model. */
  JsonNode tree(Object value) {
    return MAPPER.valueToTree(ContentTree.of(value));
  }

  /**
   * UTF-8 bytes of a record, list, map or scalar of the model, two-space indented, ending with a
   * newline. Written straight from the content tree: going through a {@link JsonNode} tree first
   * would copy every value of every sheet twice for the same bytes.
   */
  byte[] bytes(Object value) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
    try {
      MAPPER.writeValue(out, ContentTree.of(value));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /** Compact JSON, as a line of a list one record to a line. */
  private static final ObjectWriter COMPACT = MAPPER.writer(new MinimalPrettyPrinter());

  /**
   * The compact JSON of a record of the model on one line (without the line's end): a list of
   * tens of megabytes written one record to a line is a third smaller than indented, and still
   * readable line by line with grep or a diff.
   */
  byte[] line(Object item) {
    try {
      return COMPACT.writeValueAsBytes(ContentTree.of(item));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The compact JSON of {@code {"key": value, …, "listName": [}}: the head's fields, then the name
   * of a list whose records follow one to a line ({@link SheetList#jsonLines}).
   */
  byte[] listHead(ObjectNode head, String listName) {
    ObjectNode empty = head.deepCopy();
    empty.putArray(listName);
    String text;
    try {
      text = COMPACT.writeValueAsString(empty);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    // The object with its list empty ends with the list's brackets and the object's: cut before the closing bracket.
    if (!text.endsWith("[]}")) {
      throw new IllegalStateException("the list is not the object's last field: " + listName);
    }
    return text.substring(0, text.length() - 2).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What follows the records of a list begun by {@link #listHead}: the list's closing bracket, then
   * the field {@code name} with {@code items}, each on a line of its own as the records are, and the
   * object's end.
   */
  byte[] listEnd(String name, java.util.List<?> items) {
    try {
      StringBuilder b = new StringBuilder("],").append(COMPACT.writeValueAsString(name)).append(":[");
      for (int i = 0; i < items.size(); i++) {
        b.append(i == 0 ? "\n" : ",\n").append(COMPACT.writeValueAsString(items.get(i)));
      }
      return b.append(items.isEmpty() ? "]}\n" : "\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }
}
