package kokai.render.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
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

  /**
   * Streams {@code {"key": value, …, "sheets": [ … ], "key": value, …}}: the head's fields, then one
   * record's tree at a time, so a large list is never held as one tree, then the tail's fields (and
   * closes {@code out}). The file is compact, one record per line (and one item per line of a list
   * in the tail): a third smaller than indented for a city's tens of megabytes, and still readable
   * line by line with grep or a diff.
   */
  void writeList(ObjectNode head, String listName, List<?> items, ObjectNode tail, java.io.OutputStream out) {
    try (JsonGenerator g = MAPPER.writer(new OnePerLine()).createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
      g.writeStartObject();
      for (var e : head.properties()) {
        g.writeFieldName(e.getKey());
        g.writeTree(e.getValue());
      }
      g.writeArrayFieldStart(listName);
      for (Object item : items) {
        g.writeObject(ContentTree.of(item));
      }
      g.writeEndArray();
      for (var e : tail.properties()) {
        g.writeFieldName(e.getKey());
        g.writeTree(e.getValue());
      }
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compact JSON, except that the elements of a list in the top-level object start on lines of their own. */
  private static final class OnePerLine extends com.fasterxml.jackson.core.util.MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    private static boolean outerList(JsonGenerator g) {
      com.fasterxml.jackson.core.JsonStreamContext c = g.getOutputContext();
      return c.inArray() && c.getParent() != null && c.getParent().getParent() != null && c.getParent().getParent().inRoot();
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws java.io.IOException {
      if (outerList(g)) {
        g.writeRaw('\n');
      }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws java.io.IOException {
      g.writeRaw(outerList(g) ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int entries) throws java.io.IOException {
      g.writeRaw(outerList(g) && entries > 0 ? "\n]" : "]");
    }
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }
}
